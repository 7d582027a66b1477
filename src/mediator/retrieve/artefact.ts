// The committed law-search artefact (data/mediator/law-index.json): the BM25 statistics of every article,
// segmented by `hejie mediator train` with the same jieba dictionaries as analyze(). A fresh process
// decodes it in a few milliseconds instead of segmenting 2,329 articles. `key` is the SHA-256 of the
// inputs (law files and both dictionaries); the loader uses the artefact only when the key matches, and
// rebuilds the index from the laws otherwise, so a stale file can slow the start but never change results.
import { createHash } from 'node:crypto';
import type { Bm25Stats } from './bm25.js';

export const LAW_INDEX_FORMAT = 'hejie-law-index/1';

export type SerialLawIndex = {
  format: typeof LAW_INDEX_FORMAT;
  /** SHA-256 over the law files and the dictionaries the articles were segmented with. */
  key: string;
  articles: number;
  /** Terms joined by line feeds (a token never contains one), sorted. */
  terms: string;
  /** Little-endian typed arrays, base64. */
  offsets: string;
  docs: string;
  tfs: string;
  lengths: string;
};

/** The inputs' key: every law file (name and bytes, sorted by name), then each dictionary. */
export function lawIndexKey(
  lawFiles: readonly { name: string; text: string }[],
  dictionaries: readonly (string | Uint8Array)[],
): string {
  const h = createHash('sha256');
  for (const f of [...lawFiles].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    h.update(`${f.name}\n${Buffer.byteLength(f.text)}\n`);
    h.update(f.text);
  }
  for (const d of dictionaries) {
    h.update(`dict\n${typeof d === 'string' ? Buffer.byteLength(d) : d.byteLength}\n`);
    h.update(d);
  }
  return h.digest('hex');
}

const b64 = (a: Uint16Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromB64<T extends Uint16Array | Uint32Array>(s: string, make: (b: ArrayBuffer) => T): T {
  const bytes = Buffer.from(s, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pool offset need not be a multiple of 4.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

export function encodeLawIndex(key: string, stats: Bm25Stats): SerialLawIndex {
  return {
    format: LAW_INDEX_FORMAT,
    key,
    articles: stats.lengths.length,
    terms: stats.terms.join('\n'),
    offsets: b64(stats.offsets),
    docs: b64(stats.docs),
    tfs: b64(stats.tfs),
    lengths: b64(stats.lengths),
  };
}

export function decodeLawIndex(s: SerialLawIndex): Bm25Stats {
  if (s.format !== LAW_INDEX_FORMAT) throw new Error(`unknown law index format ${String(s.format)}`);
  const stats: Bm25Stats = {
    terms: s.terms.length ? s.terms.split('\n') : [],
    offsets: fromB64(s.offsets, (b) => new Uint32Array(b)),
    docs: fromB64(s.docs, (b) => new Uint16Array(b)),
    tfs: fromB64(s.tfs, (b) => new Uint16Array(b)),
    lengths: fromB64(s.lengths, (b) => new Uint16Array(b)),
  };
  if (
    stats.offsets.length !== stats.terms.length + 1 ||
    stats.docs.length !== stats.offsets[stats.terms.length] ||
    stats.tfs.length !== stats.docs.length ||
    stats.lengths.length !== s.articles
  ) {
    throw new Error('law index artefact is inconsistent');
  }
  return stats;
}
