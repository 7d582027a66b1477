// The classifier: two linear heads over one sparse feature vector — a softmax over the dispute categories
// (exactly one) and independent sigmoids over the demands (one or more). Each head carries the temperature
// fitted on held-out training data, so its probabilities are calibrated, not just ranked.
import type { ExtractedFacts } from '../text/facts.js';
import { factFeatures, textFeatures } from './features.js';

export type SparseVector = { idx: Int32Array; val: Float64Array };

export type Head = {
  labels: readonly string[];
  /** rows = labels, columns = features + 1 (bias last). */
  weights: Float32Array;
  temperature: number;
  /** Sigmoid heads: a label is predicted when its calibrated probability reaches this. */
  threshold: number;
};

export type ModelMeta = {
  trainedOn: number;
  heldOut: number;
  corpusSha256: string;
  l2: number;
  epochs: number;
  heldOutCategoryAccuracy: number;
  heldOutDemandF1: number;
};

export type ClassifierModel = {
  features: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Inverse document frequency per feature (n-grams are weighted by it before normalisation); absent = 1. */
  idf?: Float32Array;
  category: Head;
  demands: Head;
  meta: ModelMeta;
};

/** Fact features sit outside the n-gram L2 normalisation with this fixed value (see features.ts). */
const FACT_VALUE = 0.5;

export function vectorize(
  index: ReadonlyMap<string, number>,
  text: string,
  tokens: readonly string[],
  facts: ExtractedFacts,
  idf?: ArrayLike<number>,
): SparseVector {
  const bag = textFeatures(text, tokens);
  const pairs: [number, number][] = [];
  let norm = 0;
  for (const [k, c] of bag) {
    const i = index.get(k);
    if (i === undefined) continue;
    const v = Math.log1p(c) * (idf ? idf[i]! : 1);
    pairs.push([i, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const p of pairs) p[1] /= norm;
  for (const k of factFeatures(facts)) {
    const i = index.get(k);
    if (i !== undefined) pairs.push([i, FACT_VALUE]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { idx: Int32Array.from(pairs, (p) => p[0]), val: Float64Array.from(pairs, (p) => p[1]) };
}

export function logits(weights: ArrayLike<number>, rows: number, dim: number, x: SparseVector): Float64Array {
  const out = new Float64Array(rows);
  const stride = dim + 1;
  for (let r = 0; r < rows; r++) {
    const base = r * stride;
    let s = weights[base + dim]!;
    for (let j = 0; j < x.idx.length; j++) s += weights[base + x.idx[j]!]! * x.val[j]!;
    out[r] = s;
  }
  return out;
}

export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v / temperature);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i]! / temperature - max);
    sum += out[i]!;
  }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

export function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

export type Prediction = {
  category: { label: string; p: number }[];
  demands: { label: string; p: number }[];
};

export function predict(model: ClassifierModel, x: SparseVector): Prediction {
  const dim = model.features.length;
  const cz = logits(model.category.weights, model.category.labels.length, dim, x);
  const cp = softmax(cz, model.category.temperature);
  const category = model.category.labels.map((label, i) => ({ label, p: cp[i]! })).sort((a, b) => b.p - a.p);
  const dz = logits(model.demands.weights, model.demands.labels.length, dim, x);
  const demands = model.demands.labels
    .map((label, i) => ({ label, p: sigmoid(dz[i]! / model.demands.temperature) }))
    .sort((a, b) => b.p - a.p);
  return { category, demands };
}

// Serialised form: weights quantised to int16 per head (one scale per head) and base64-encoded, which keeps
// the committed artefact a few hundred KB and loads in milliseconds; the quantisation error (< 0.01% of
// the largest weight) is far below what moves a decision.
type SerialHead = { labels: string[]; temperature: number; threshold: number; scale: number; w: string };
export type SerialModel = {
  format: 'hejie-mediator-linear/1';
  meta: ModelMeta;
  features: string[];
  /** Float32 little-endian, base64; absent in models trained without IDF weighting. */
  idf?: string;
  category: SerialHead;
  demands: SerialHead;
};

function packHead(h: Head): SerialHead {
  let max = 0;
  for (const v of h.weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const q = new Int16Array(h.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(h.weights[i]! / scale);
  return {
    labels: [...h.labels],
    temperature: h.temperature,
    threshold: h.threshold,
    scale,
    w: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
  };
}

function unpackHead(s: SerialHead, dim: number): Head {
  const bytes = Buffer.from(s.w, 'base64');
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  if (q.length !== s.labels.length * (dim + 1)) throw new Error('model weights do not match its feature list');
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * s.scale;
  return { labels: s.labels, weights, temperature: s.temperature, threshold: s.threshold };
}

export function serializeModel(m: ClassifierModel): SerialModel {
  return {
    format: 'hejie-mediator-linear/1',
    meta: m.meta,
    features: [...m.features],
    ...(m.idf ? { idf: Buffer.from(m.idf.buffer, m.idf.byteOffset, m.idf.byteLength).toString('base64') } : {}),
    category: packHead(m.category),
    demands: packHead(m.demands),
  };
}

export function deserializeModel(s: SerialModel): ClassifierModel {
  if (s.format !== 'hejie-mediator-linear/1') throw new Error(`unknown model format ${String(s.format)}`);
  const dim = s.features.length;
  let idf: Float32Array | undefined;
  if (s.idf) {
    const bytes = Buffer.from(s.idf, 'base64');
    idf = new Float32Array(dim);
    new Uint8Array(idf.buffer).set(bytes);
    if (bytes.byteLength !== dim * 4) throw new Error('model idf does not match its feature list');
  }
  return {
    features: s.features,
    index: new Map(s.features.map((f, i) => [f, i])),
    ...(idf ? { idf } : {}),
    category: unpackHead(s.category, dim),
    demands: unpackHead(s.demands, dim),
    meta: s.meta,
  };
}
