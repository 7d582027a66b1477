// The law corpus and its BM25 index, as loadMediator() needs them: from the committed artefact
// (data/mediator/law-index.json) when it was built from exactly these laws and dictionaries, otherwise
// by segmenting every article now (slower start, same results).
import { readDictionaries, readLawFiles, readLawIndex } from './loader.js';
import { decodeLawIndex, encodeLawIndex, lawIndexKey, type SerialLawIndex } from './retrieve/artefact.js';
import { type Bm25Index, type Bm25Stats, bm25FromStats, bm25Stats } from './retrieve/bm25.js';
import { buildLawIndex, type LawIndex } from './retrieve/laws.js';
import type { Segmenter } from './text/segment.js';

export type LawSearch = { laws: LawIndex; bm25: Bm25Index; fromArtefact: boolean };

function segmentLaws(laws: LawIndex, segmenter: Segmenter): Bm25Stats {
  const lawList = [...laws.laws.values()];
  const cut = segmenter.cutMany([...lawList.map((l) => l.title), ...laws.articles.map((a) => a.text)]);
  const titleTokens = new Map(lawList.map((l, i) => [l.id, cut[i]!]));
  return bm25Stats(laws.articles, cut.slice(lawList.length), titleTokens);
}

export function loadLawSearch(dataDir: string, segmenter: Segmenter): LawSearch {
  const files = readLawFiles(dataDir);
  const laws = buildLawIndex(files.map((f) => JSON.parse(f.text) as unknown));
  const stored = readLawIndex(dataDir);
  if (stored && stored.key === lawIndexKey(files, readDictionaries(dataDir))) {
    return { laws, bm25: bm25FromStats(laws.articles, decodeLawIndex(stored)), fromArtefact: true };
  }
  return { laws, bm25: bm25FromStats(laws.articles, segmentLaws(laws, segmenter)), fromArtefact: false };
}

/** The artefact as `hejie mediator train` writes it: segment every article of the current laws now. */
export function freshLawIndex(dataDir: string, segmenter: Segmenter): SerialLawIndex {
  const files = readLawFiles(dataDir);
  const laws = buildLawIndex(files.map((f) => JSON.parse(f.text) as unknown));
  return encodeLawIndex(lawIndexKey(files, readDictionaries(dataDir)), segmentLaws(laws, segmenter));
}
