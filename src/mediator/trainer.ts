// From labelled JSONL text to a serialised model: the same normalisation, segmentation and fact extraction
// as analyze(), then classify/train.ts. The caller reads and writes files (the CLI), so this stays testable.
import { createHash } from 'node:crypto';
import { type SerialModel, serializeModel } from './classify/model.js';
import { fnv1a, type TrainingExample, trainModel } from './classify/train.js';
import { evaluate, type Labelled, type Predicted } from './eval.js';
import { loadMediator } from './index.js';
import { CATEGORY_CODES, DEMAND_CODES, isCategory, isDemand } from './labels.js';
import { freshLawIndex } from './lawsearch.js';
import { loadJieba, loadToSimplified, readLawIndex, writeLawIndex } from './loader.js';
import { extractFacts } from './text/facts.js';
import { normalize } from './text/normalize.js';
import { makeSegmenter } from './text/segment.js';

/** Training measures relative dates against this fixed day, so the artefact does not depend on when it is built. */
export const TRAINING_NOW = new Date('2026-06-01T04:00:00Z');

export type LabelledLine = { id: string; text: string; category: string; demands: string[]; articles?: string[] };

export function parseJsonl<T>(text: string): T[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`line ${i + 1}: not valid JSON`);
      }
    });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type TrainSummary = {
  model: SerialModel;
  examples: number;
  skipped: number;
  /** Where the law-search artefact was (re)written, when it was. */
  lawIndexPath?: string;
};

export type TrainerOptions = {
  epochs?: number;
  l2Grid?: readonly number[];
  /**
   * Also regenerate data/mediator/law-index.json (the BM25 statistics of the laws, see
   * retrieve/artefact.ts) in `dataDir`, as `hejie mediator train` does; cross-validation turns it off.
   */
  writeLawIndex?: boolean;
};

export function trainFromJsonl(corpusText: string, dataDir: string, options: TrainerOptions = {}): TrainSummary {
  const segmenter = makeSegmenter(loadJieba(dataDir));
  const toSimplified = loadToSimplified();
  const lines = parseJsonl<LabelledLine>(corpusText);
  const examples: TrainingExample[] = [];
  let skipped = 0;
  for (const l of lines) {
    if (
      typeof l.text !== 'string' ||
      !isCategory(l.category) ||
      !Array.isArray(l.demands) ||
      !l.demands.every(isDemand)
    ) {
      skipped++;
      continue;
    }
    const norm = normalize(l.text, toSimplified);
    examples.push({
      id: l.id,
      text: norm.text,
      tokens: segmenter.cut(norm.text),
      facts: extractFacts(norm.text, TRAINING_NOW),
      category: l.category,
      demands: l.demands,
    });
  }
  const model = trainModel(examples, {
    categoryLabels: CATEGORY_CODES,
    demandLabels: DEMAND_CODES,
    corpusSha256: sha256(corpusText),
    epochs: options.epochs,
    l2Grid: options.l2Grid,
  });
  const summary: TrainSummary = { model: serializeModel(model), examples: examples.length, skipped };
  if (options.writeLawIndex !== false) {
    const index = freshLawIndex(dataDir, segmenter);
    const old = readLawIndex(dataDir);
    // Written only when it differs, so a retrain with unchanged laws leaves the file (and git) alone.
    if (!old || JSON.stringify(old) !== JSON.stringify(index)) summary.lawIndexPath = writeLawIndex(dataDir, index);
  }
  return summary;
}

/**
 * k-fold cross-validation on the training corpus (folds by a hash of the id): every engine choice —
 * features, cue weights, fusion — is judged here, never on the development set.
 */
export function crossValidate(corpusText: string, dataDir: string, folds: number, options: TrainerOptions = {}) {
  const lines = corpusText.split('\n').filter((l) => l.trim());
  const parsed = lines.map((l) => JSON.parse(l) as LabelledLine);
  const gold: Labelled[] = [];
  const predicted: Predicted[] = [];
  for (let k = 0; k < folds; k++) {
    const inFold = (l: LabelledLine) => fnv1a(`cv:${l.id}`) % folds === k;
    const trainText = lines.filter((_, i) => !inFold(parsed[i]!)).join('\n');
    const { model } = trainFromJsonl(trainText, dataDir, { ...options, writeLawIndex: false });
    const mediator = loadMediator({ dataDir, model });
    for (const l of parsed.filter(inFold)) {
      const a = mediator.analyze({ text: l.text, now: TRAINING_NOW });
      gold.push({ id: l.id, category: l.category, demands: l.demands, articles: l.articles ?? [] });
      predicted.push({
        id: l.id,
        category: a.category,
        demands: a.demands.map((d) => d.code),
        articles: a.articles.map((x) => x.ref),
      });
    }
  }
  return evaluate(gold, predicted);
}
