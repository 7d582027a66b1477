// The playbook registry and scenario selection: the classifier's category probabilities, plus a small
// bonus for each of a playbook's cue words, decide the scenario; within a category the facts pick the
// variant (online vs shop return, car vs other durables, shop closed or not).
import type { CategoryCode } from '../labels.js';
import { countCues } from '../text/cues.js';
import { prepaidClosure, prepaidRefundPlaybook, priceOvercharge, shortWeight } from './charges.js';
import { offlineReturn, onlineReturn, qualityDefect } from './goods.js';
import { foodSafety, fraud } from './money.js';
import { delivery, general, personalData, serviceFailure, unfairTerms } from './services.js';
import type { Playbook, PlaybookContext, ScenarioId } from './types.js';
import { carWarrantyPlaybook, sanbaoPlaybook } from './warranty.js';

export const PLAYBOOKS: readonly Playbook[] = [
  onlineReturn,
  offlineReturn,
  qualityDefect,
  sanbaoPlaybook,
  carWarrantyPlaybook,
  fraud,
  foodSafety,
  prepaidRefundPlaybook,
  prepaidClosure,
  priceOvercharge,
  shortWeight,
  serviceFailure,
  unfairTerms,
  delivery,
  personalData,
  general,
];

export function playbookById(id: ScenarioId): Playbook {
  return PLAYBOOKS.find((p) => p.id === id)!;
}

/**
 * Weight of one cue word against category probability; three cues at most count. Chosen by 5-fold
 * cross-validation on the training corpus (category accuracy 0.822 at 0.04, 0.826 at 0.2, 0.829 at 0.25,
 * 0.823 at 0.35, 0.813 at 0.5).
 */
export const CUE_WEIGHT = 0.25;

export type ScenarioChoice = { playbook: Playbook; score: number };

export function selectPlaybook(ctx: PlaybookContext, categoryP: ReadonlyMap<CategoryCode, number>): ScenarioChoice {
  let best: ScenarioChoice | undefined;
  for (const pb of PLAYBOOKS) {
    if (pb.fits && !pb.fits(ctx)) continue;
    const score = (categoryP.get(pb.category) ?? 0) + CUE_WEIGHT * Math.min(3, countCues(ctx.text, pb.cues));
    if (!best || score > best.score) best = { playbook: pb, score };
  }
  return best ?? { playbook: general, score: 0 };
}

export type { Playbook, PlaybookContext, Route, ScenarioId, SettlementTerm } from './types.js';
export { SCENARIO_IDS } from './types.js';
