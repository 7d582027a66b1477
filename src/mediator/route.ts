// The funnel: auto (settle by rule, the consumer still confirming), merchant (the default: the merchant
// answers within its deadlines), or human (a mediator from the start). Global rules that protect the
// consumer — injury, large sums, fraud allegations, an unsure reading — override the playbook's own view.
import type { Bilingual, CategoryCode, DemandCode } from './labels.js';
import type { Route, RouteHint } from './playbooks/types.js';
import type { ExtractedFacts } from './text/facts.js';

export type RoutePolicy = {
  /** A claim above this (minor units) goes to a person. Default ¥5,000. */
  humanAboveMinor?: number;
  /** Auto-settlement only up to this claim (minor units). Default ¥2,000. */
  autoMaxMinor?: number;
  /** Below this category confidence the reading is not trusted: human. Default 0.45. */
  minConfidence?: number;
  /** Auto-settlement needs at least this confidence. Default 0.8. */
  autoMinConfidence?: number;
  /** One-year LPR, % a year, for prepaid refund interest. Default in remedy/prepaid.ts. */
  lprPercent?: number;
};

export const DEFAULT_POLICY: Required<Omit<RoutePolicy, 'lprPercent'>> = {
  humanAboveMinor: 500_000,
  autoMaxMinor: 200_000,
  minConfidence: 0.45,
  autoMinConfidence: 0.8,
};

export type RouteReason = { code: string } & Bilingual;
export type RouteDecision = { route: Route; reasons: RouteReason[] };

export type RouteInput = {
  hint: RouteHint;
  category: CategoryCode;
  confidence: number;
  demands: readonly DemandCode[];
  facts: ExtractedFacts;
  /** The money at stake: the larger of the price and the proposed settlement. */
  claimMinor: number;
  policy?: RoutePolicy;
};

const yuan = (minor: number) => `¥${(minor / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

export function decideRoute(input: RouteInput): RouteDecision {
  const p = { ...DEFAULT_POLICY, ...input.policy };
  const human: RouteReason[] = [];
  if (input.facts.flags.injury) {
    human.push({ code: 'injury', zh: '涉及人身伤害，需要人工调解', en: 'Personal injury: a person must mediate' });
  }
  if (input.claimMinor > p.humanAboveMinor) {
    human.push({
      code: 'amount_above_limit',
      zh: `争议金额 ${yuan(input.claimMinor)} 超过 ${yuan(p.humanAboveMinor)} 的人工处理线`,
      en: `The amount at stake, ${yuan(input.claimMinor)}, is above the ${yuan(p.humanAboveMinor)} limit for human handling`,
    });
  }
  if (input.category === 'fraud' || input.demands.includes('triple_compensation')) {
    human.push({
      code: 'fraud_allegation',
      zh: '消费者主张欺诈/三倍赔偿，需要核实证据',
      en: 'The consumer alleges fraud or claims treble damages: the evidence must be weighed',
    });
  }
  if (input.confidence < p.minConfidence) {
    human.push({
      code: 'low_confidence',
      zh: `自动识别把握不足（${Math.round(input.confidence * 100)}%），请人工确认`,
      en: `The automatic reading is unsure (${Math.round(input.confidence * 100)}%): a person should confirm it`,
    });
  }
  if (input.hint.route === 'human' && !human.some((r) => r.code === input.hint.code)) {
    human.push({ code: input.hint.code, ...input.hint.reason });
  }
  if (human.length > 0) return { route: 'human', reasons: human };
  if (input.hint.route === 'auto') {
    if (input.confidence >= p.autoMinConfidence && input.claimMinor <= p.autoMaxMinor) {
      return { route: 'auto', reasons: [{ code: input.hint.code, ...input.hint.reason }] };
    }
    const why: RouteReason =
      input.confidence < p.autoMinConfidence
        ? {
            code: 'not_confident_enough_for_auto',
            zh: '规则可适用，但识别把握不足以自动处理，交商家处理',
            en: 'The rule fits but the reading is not sure enough to settle automatically; the merchant handles it',
          }
        : {
            code: 'above_auto_limit',
            zh: `金额超过自动处理上限 ${yuan(p.autoMaxMinor)}，交商家处理`,
            en: `Above the ${yuan(p.autoMaxMinor)} limit for automatic settlement; the merchant handles it`,
          };
    return { route: 'merchant', reasons: [why] };
  }
  return { route: 'merchant', reasons: [{ code: input.hint.code, ...input.hint.reason }] };
}
