// The mediator's only I/O: reading the vendored laws, the custom dictionary and the trained model from
// data/. Everything else in src/mediator is pure and receives what this module reads.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import * as OpenCC from 'opencc-js/t2cn';
import type { SerialModel } from './classify/model.js';
import type { SerialLawIndex } from './retrieve/artefact.js';
import type { JiebaLike } from './text/segment.js';

export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

export type MediatorPaths = { dataDir: string };

export function lawsDir(dataDir: string): string {
  return join(dataDir, 'laws');
}

export function modelPath(dataDir: string): string {
  return join(dataDir, 'mediator', 'model.json');
}

export function dictionaryPath(dataDir: string): string {
  return join(dataDir, 'mediator', 'dict.txt');
}

/**
 * jieba's own dictionary cut to words of frequency ≥ 20 (100k of its 349k entries; made by
 * `awk '$2>=20' node_modules/@node-rs/jieba/dict.txt`). Loading the full 5 MB dictionary takes 130–300 ms
 * here, this one about 35 ms; rarer words fall to jieba's HMM and the classifier's character n-grams.
 */
export function baseDictionaryPath(dataDir: string): string {
  return join(dataDir, 'mediator', 'jieba-base.txt');
}

/** The precomputed law-search statistics written by `hejie mediator train` (see retrieve/artefact.ts). */
export function lawIndexPath(dataDir: string): string {
  return join(dataDir, 'mediator', 'law-index.json');
}

/** The law files as text, sorted by name. */
export function readLawFiles(dataDir: string): { name: string; text: string }[] {
  const dir = lawsDir(dataDir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function readLaws(dataDir: string): unknown[] {
  return readLawFiles(dataDir).map((f) => JSON.parse(f.text) as unknown);
}

export function readLawIndex(dataDir: string): SerialLawIndex | undefined {
  try {
    return JSON.parse(readFileSync(lawIndexPath(dataDir), 'utf8')) as SerialLawIndex;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export function writeLawIndex(dataDir: string, index: SerialLawIndex): string {
  const path = lawIndexPath(dataDir);
  writeFileSync(path, `${JSON.stringify(index)}\n`);
  return path;
}

const dictionaryCache = new Map<string, [Buffer, Buffer]>();

/** jieba's base dictionary and the project's own, as bytes (read once per data folder). */
export function readDictionaries(dataDir: string): [Buffer, Buffer] {
  let d = dictionaryCache.get(dataDir);
  if (!d) {
    d = [readFileSync(baseDictionaryPath(dataDir)), readFileSync(dictionaryPath(dataDir))];
    dictionaryCache.set(dataDir, d);
  }
  return d;
}

export function readModel(dataDir: string): SerialModel | undefined {
  try {
    return JSON.parse(readFileSync(modelPath(dataDir), 'utf8')) as SerialModel;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

let sharedJieba: JiebaLike | undefined;

/** One jieba per process: its 5 MB dictionary is the slowest thing the mediator loads. */
export function loadJieba(dataDir: string): JiebaLike {
  if (!sharedJieba) {
    const [base, own] = readDictionaries(dataDir);
    const j = Jieba.withDict(base);
    j.loadDict(own);
    sharedJieba = j;
  }
  return sharedJieba;
}

export function loadToSimplified(): (text: string) => string {
  // 'tw' covers Taiwan and Hong Kong character variants for the conversion to simplified.
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}
