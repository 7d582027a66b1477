// The AI mediator's public entry point. `loadMediator()` reads the laws, the dictionary and the model once
// (tens of milliseconds); `mediator.analyze()` is then pure, synchronous and takes well under a millisecond.
// Other modules import only from here.
import { createMediator } from './analyze.js';
import { deserializeModel, type SerialModel } from './classify/model.js';
import { loadLawSearch } from './lawsearch.js';
import { DEFAULT_DATA_DIR, loadJieba, loadToSimplified, readModel } from './loader.js';
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
  const segmenter = makeSegmenter(loadJieba(dataDir));
  // From data/mediator/law-index.json when it matches the laws and dictionaries (see lawsearch.ts).
  const { laws, bm25 } = loadLawSearch(dataDir, segmenter);
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
