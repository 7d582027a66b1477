// Near-duplicate check between two labelled corpora (train vs dev): character 4-gram Jaccard similarity on
// the normalised text with punctuation, spaces and digits removed. A development complaint that nearly
// repeats a training one would flatter the dev figures, so MEDIATOR.md reports the count.
// Usage: npx tsx src/mediator/overlap.ts [TRAIN.jsonl] [DEV.jsonl] [--threshold 0.5]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadToSimplified } from './loader.js';
import { normalize, type ToSimplified } from './text/normalize.js';

export type OverlapPair = { a: string; b: string; jaccard: number };

/** The set of character n-grams of a text, punctuation, symbols, spaces and digits dropped. */
export function charNgrams(text: string, n = 4): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}0-9]/gu, '').toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) inter++;
  return inter / (a.size + b.size - inter);
}

type Scored = { pairs: OverlapPair[]; best: number[] };

function compare(
  left: readonly { id: string; text: string }[],
  right: readonly { id: string; text: string }[],
  options: { n?: number; threshold?: number; toSimplified?: ToSimplified },
): Scored {
  const n = options.n ?? 4;
  const threshold = options.threshold ?? 0.5;
  const simp = options.toSimplified ?? ((t: string) => t);
  const grams = (t: string) => charNgrams(normalize(t, simp).text, n);
  const leftSets = left.map((x) => grams(x.text));
  const postings = new Map<string, number[]>();
  leftSets.forEach((s, i) => {
    for (const g of s) {
      let p = postings.get(g);
      if (!p) {
        p = [];
        postings.set(g, p);
      }
      p.push(i);
    }
  });
  const pairs: OverlapPair[] = [];
  const best: number[] = [];
  for (const r of right) {
    const rs = grams(r.text);
    const candidates = new Set<number>();
    for (const g of rs) for (const i of postings.get(g) ?? []) candidates.add(i);
    let top = 0;
    for (const i of candidates) {
      if (left[i]!.id === r.id) continue;
      const j = jaccard(leftSets[i]!, rs);
      top = Math.max(top, j);
      if (j > threshold) pairs.push({ a: left[i]!.id, b: r.id, jaccard: Math.round(j * 1e4) / 1e4 });
    }
    best.push(top);
  }
  pairs.sort((x, y) => y.jaccard - x.jaccard || (x.a < y.a ? -1 : 1));
  return { pairs, best };
}

/**
 * Every pair (one text from each side, never a text with itself) whose n-gram Jaccard similarity exceeds
 * `threshold`, most similar first; candidates come from an inverted index, so only pairs sharing an n-gram
 * are compared.
 */
export function nearDuplicates(
  left: readonly { id: string; text: string }[],
  right: readonly { id: string; text: string }[],
  options: { n?: number; threshold?: number; toSimplified?: ToSimplified } = {},
): OverlapPair[] {
  return compare(left, right, options).pairs;
}

/** The highest similarity of each right-hand text to any left-hand one (for the distribution). */
export function maxSimilarities(
  left: readonly { id: string; text: string }[],
  right: readonly { id: string; text: string }[],
  options: { n?: number; toSimplified?: ToSimplified } = {},
): number[] {
  return compare(left, right, options).best;
}

function readJsonl(path: string): { id: string; text: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--threshold');
  const threshold = ti >= 0 ? Number(args[ti + 1]) : 0.5;
  const files = args.filter((a, i) => !a.startsWith('--') && (ti < 0 || i !== ti + 1));
  const corpus = join(DEFAULT_DATA_DIR, 'mediator', 'corpus');
  const train = readJsonl(files[0] ?? join(corpus, 'train.jsonl'));
  const dev = readJsonl(files[1] ?? join(corpus, 'dev.jsonl'));
  const toSimplified = loadToSimplified();
  const pairs = nearDuplicates(train, dev, { threshold, toSimplified });
  const within = nearDuplicates(train, train, { threshold, toSimplified }).filter((p) => p.a < p.b);
  const best = maxSimilarities(train, dev, { toSimplified }).sort((a, b) => a - b);
  const q = (p: number) => best[Math.min(best.length - 1, Math.floor(p * best.length))]!.toFixed(3);
  console.log(`train ${train.length}, dev ${dev.length}; character 4-gram Jaccard > ${threshold}`);
  console.log(`train–dev pairs: ${pairs.length} (dev complaints involved: ${new Set(pairs.map((p) => p.b)).size})`);
  for (const p of pairs.slice(0, 20)) console.log(`  ${p.a} ~ ${p.b}: ${p.jaccard}`);
  console.log(`within train pairs: ${within.length}`);
  console.log(
    `closest training complaint per dev complaint: median ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${best[best.length - 1]?.toFixed(3)}`,
  );
}
