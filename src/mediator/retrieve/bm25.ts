// BM25 over every article of the vendored corpus, on jieba words. Built once at load (about 235k
// characters); a query walks only the postings of its own terms, so it costs well under a millisecond.
import type { LawArticle } from './laws.js';

export type Bm25Index = {
  search(queryTokens: readonly string[], k: number): { ref: string; score: number }[];
  size: number;
};

// Function words and legal boilerplate that occur in most articles and would only add noise.
const STOP = new Set(
  '的 了 和 与 或 及 等 在 是 对 由 为 以 其 有 不 被 将 向 从 按照 依照 应当 可以 规定 本法 本条 条例 办法 有关 或者 以及 并 也 就 都 而 之 所 于 者 我 你 他 她 它 我们 他们 这 那 个 一 上 下 中 后 前 把 给 让 说 要 会 能 还 又 很 太 吧 呢 啊 吗 呀 哦 嗯 就是 但是 因为 所以 然后 现在 已经 没有 什么 怎么 自己 一个 这个 那个 可是 结果'.split(
    ' ',
  ),
);

export function usefulTerm(t: string): boolean {
  return !STOP.has(t) && /[\u3400-\u9fff]/.test(t);
}

/**
 * The statistics BM25 needs, in flat arrays: for term `terms[t]` its postings are
 * `docs[offsets[t] .. offsets[t + 1])` with term frequencies `tfs[…]`; `lengths[d]` counts the useful
 * tokens of article `d`. This is what `data/mediator/law-index.json` stores, so that a fresh process does
 * not segment 2,329 articles at start.
 */
export type Bm25Stats = {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint16Array;
  tfs: Uint16Array;
  lengths: Uint16Array;
};

/** `docs[i]` are the tokens of `articles[i]` (cut in one batch by the caller), `titleTokens` per law id. */
export function bm25Stats(
  articles: readonly LawArticle[],
  docs: readonly (readonly string[])[],
  titleTokens: ReadonlyMap<string, readonly string[]>,
): Bm25Stats {
  const postings = new Map<string, { docs: number[]; tfs: number[] }>();
  const lengths = new Uint16Array(articles.length);
  const useful = new Map<string, boolean>();
  const isUseful = (t: string) => {
    let u = useful.get(t);
    if (u === undefined) {
      u = usefulTerm(t);
      useful.set(t, u);
    }
    return u;
  };
  articles.forEach((a, d) => {
    const tf = new Map<string, number>();
    let len = 0;
    // The law's title joins each article's text: a complaint about food should favour the Food Safety Law.
    for (const list of [docs[d] ?? [], titleTokens.get(a.lawId) ?? []]) {
      for (const t of list) {
        if (!isUseful(t)) continue;
        tf.set(t, (tf.get(t) ?? 0) + 1);
        len++;
      }
    }
    lengths[d] = Math.min(len, 65_535);
    for (const [t, n] of tf) {
      let p = postings.get(t);
      if (!p) {
        p = { docs: [], tfs: [] };
        postings.set(t, p);
      }
      p.docs.push(d);
      p.tfs.push(n);
    }
  });
  const terms = [...postings.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const offsets = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((t, i) => {
    offsets[i] = total;
    total += postings.get(t)!.docs.length;
  });
  offsets[terms.length] = total;
  const flatDocs = new Uint16Array(total);
  const flatTfs = new Uint16Array(total);
  terms.forEach((t, i) => {
    const p = postings.get(t)!;
    flatDocs.set(p.docs, offsets[i]!);
    flatTfs.set(
      p.tfs.map((n) => Math.min(n, 65_535)),
      offsets[i]!,
    );
  });
  return { terms, offsets, docs: flatDocs, tfs: flatTfs, lengths };
}

export function buildBm25(
  articles: readonly LawArticle[],
  docs: readonly (readonly string[])[],
  titleTokens: ReadonlyMap<string, readonly string[]>,
  k1 = 1.2,
  b = 0.75,
): Bm25Index {
  return bm25FromStats(articles, bm25Stats(articles, docs, titleTokens), k1, b);
}

/** A searchable index over precomputed statistics (no segmentation of the articles needed). */
export function bm25FromStats(articles: readonly LawArticle[], stats: Bm25Stats, k1 = 1.2, b = 0.75): Bm25Index {
  if (stats.lengths.length !== articles.length) throw new Error('BM25 statistics do not match the articles');
  const termIndex = new Map<string, number>();
  stats.terms.forEach((t, i) => {
    termIndex.set(t, i);
  });
  const { offsets, docs, tfs, lengths } = stats;
  const N = articles.length;
  let avg = 0;
  for (const l of lengths) avg += l;
  avg = avg / Math.max(1, N);

  return {
    size: N,
    search(queryTokens, k) {
      const scores = new Float64Array(N);
      const seen = new Set<string>();
      for (const q of queryTokens) {
        if (seen.has(q) || !usefulTerm(q)) continue;
        seen.add(q);
        const t = termIndex.get(q);
        if (t === undefined) continue;
        const from = offsets[t]!;
        const to = offsets[t + 1]!;
        const df = to - from;
        const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
        for (let i = from; i < to; i++) {
          const d = docs[i]!;
          const tf = tfs[i]!;
          scores[d]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[d]!) / avg));
        }
      }
      const top: { ref: string; score: number }[] = [];
      for (let d = 0; d < N; d++) {
        const s = scores[d]!;
        if (s <= 0) continue;
        if (top.length < k || s > top[top.length - 1]!.score) {
          top.push({ ref: articles[d]!.ref, score: s });
          top.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1));
          if (top.length > k) top.pop();
        }
      }
      return top;
    },
  };
}

/**
 * Reciprocal rank fusion of ranked lists, each with a weight; k = 60 as in Cormack et al. (2009) unless a
 * list sets its own (a small k makes that list's order hard to overturn).
 */
export function fuseRankings(
  lists: readonly { refs: readonly string[]; weight: number; k?: number }[],
  k = 60,
): { ref: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const { refs, weight, k: own } of lists) {
    refs.forEach((ref, rank) => {
      scores.set(ref, (scores.get(ref) ?? 0) + weight / ((own ?? k) + rank + 1));
    });
  }
  return [...scores.entries()]
    .map(([ref, score]) => ({ ref, score }))
    .sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1));
}
