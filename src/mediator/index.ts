// The AI mediator's public entry point. `loadMediator()` reads the laws, the dictionary and the model once
// (tens of milliseconds); `mediator.analyze()` is then pure, synchronous and takes well under a millisecond.
// Other modules import only from here.
import { createMediator } from './analyze.js';
import { deserializeModel, type SerialModel } from './classify/model.js';
import { DEFAULT_DATA_DIR, loadJieba, loadToSimplified, readLaws, readModel } from './loader.js';
import { buildBm25 } from './retrieve/bm25.js';
import { buildLawIndex } from './retrieve/laws.js';
import { makeSegmenter } from './text/segment.js';
import type { Mediator } from './types.js';

export type LoadOptions = {
  /** Defaults to the repository's data/ folder. */
  dataDir?: string;
  /** Ignore data/mediator/model.json (for training and tests of the untrained path). */
  withoutModel?: boolean;
  /** Use this model instead of data/mediator/model.json (cross-validation, tests). */
  model?: SerialModel;
};

export function loadMediator(options: LoadOptions = {}): Mediator {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const laws = buildLawIndex(readLaws(dataDir));
  const segmenter = makeSegmenter(loadJieba(dataDir));
  const lawList = [...laws.laws.values()];
  const cut = segmenter.cutMany([...lawList.map((l) => l.title), ...laws.articles.map((a) => a.text)]);
  const titleTokens = new Map(lawList.map((l, i) => [l.id, cut[i]!]));
  const bm25 = buildBm25(laws.articles, cut.slice(lawList.length), titleTokens);
  const serial = options.withoutModel ? undefined : (options.model ?? readModel(dataDir));
  return createMediator({
    laws,
    bm25,
    segmenter,
    toSimplified: loadToSimplified(),
    model: serial ? deserializeModel(serial) : undefined,
  });
}

export { ANALYSIS_VERSION } from './analyze.js';
export type { Bilingual, CategoryCode, DemandCode, Label } from './labels.js';
export { CATEGORIES, CATEGORY_CODES, DEMAND_CODES, DEMANDS } from './labels.js';
export type { Route, ScenarioId, SettlementTerm } from './playbooks/index.js';
export { SCENARIO_IDS } from './playbooks/index.js';
export type { Remedy, RemedyOption, RemedyRule } from './remedy/types.js';
export type { RouteDecision, RoutePolicy, RouteReason } from './route.js';
export { DEFAULT_POLICY } from './route.js';
export type { Channel, ExtractedFacts, FactFlags, InputFacts } from './text/facts.js';
export type { Analysis, AnalyzeInput, CitedArticle, Mediator } from './types.js';
