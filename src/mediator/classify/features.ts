// Features for the classifier: jieba words, character bigrams and trigrams (robust to segmentation
// errors and typos), and the extracted facts (so that "a car, inside warranty" is a feature even when the
// words vary). Digits collapse to 0 so that prices do not become vocabulary.
import type { ExtractedFacts } from '../text/facts.js';

export type FeatureBag = Map<string, number>;

const HAN = /[\u3400-\u9fff]/;

function priceBucket(minor: number): string {
  const yuan = minor / 100;
  if (yuan < 100) return 'lt100';
  if (yuan < 1000) return 'lt1k';
  if (yuan < 10_000) return 'lt10k';
  return 'ge10k';
}

function daysBucket(days: number): string {
  if (days <= 7) return 'le7';
  if (days <= 15) return 'le15';
  if (days <= 90) return 'le90';
  return 'gt90';
}

/** Names of the fact features; the classifier gives them a fixed weight outside the n-gram normalisation. */
export function factFeatures(f: ExtractedFacts): string[] {
  const out: string[] = [];
  if (f.channel) out.push(`f:ch=${f.channel}`);
  if (f.goodsType) out.push(`f:goods=${f.goodsType}`);
  if (f.goodsKind) out.push(`f:kind=${f.goodsKind}`);
  for (const [k, v] of Object.entries(f.flags)) {
    if (v === true) out.push(`f:${k}`);
    else if (v === false && k === 'withinWarranty') out.push('f:outOfWarranty');
  }
  if (f.priceMinor !== undefined) out.push(`f:price=${priceBucket(f.priceMinor)}`);
  if (f.balanceMinor !== undefined) out.push('f:balance');
  if (f.lossMinor !== undefined) out.push('f:loss');
  if (f.depositMinor !== undefined) out.push('f:deposit');
  if (f.overchargeMinor !== undefined) out.push('f:overcharge');
  if (f.daysSincePurchase !== undefined) out.push(`f:days=${daysBucket(f.daysSincePurchase)}`);
  if (f.repairCount !== undefined) out.push('f:repairCount');
  if (f.mileageKm !== undefined) out.push('f:mileage');
  return out;
}

/** Text features with their counts. */
export function textFeatures(text: string, tokens: readonly string[]): FeatureBag {
  const bag: FeatureBag = new Map();
  const add = (k: string) => bag.set(k, (bag.get(k) ?? 0) + 1);
  for (const t of tokens) add(`w:${t.toLowerCase().replace(/[0-9]+/g, '0')}`);
  const s = text.replace(/[0-9]+(?:\.[0-9]+)?/g, '0').toLowerCase();
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i]!;
    if (!HAN.test(a)) continue;
    const b = chars[i + 1];
    if (b === undefined) break;
    if (HAN.test(b) || b === '0') add(`b:${a}${b}`);
    const c = chars[i + 2];
    if (c !== undefined && HAN.test(b) && (HAN.test(c) || c === '0')) add(`t:${a}${b}${c}`);
  }
  return bag;
}
