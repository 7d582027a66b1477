// Category and demand prediction. With a trained model, its calibrated probabilities; without one (a fresh
// checkout before `hejie mediator train`), a flat prior so that the playbook cues decide — still usable,
// with low confidence, which routes the case to a person.
import { CATEGORY_CODES, type CategoryCode, DEMAND_CODES, type DemandCode, isCategory, isDemand } from '../labels.js';
import type { ExtractedFacts } from '../text/facts.js';
import { type ClassifierModel, predict, vectorize } from './model.js';

export type Classification = {
  categoryP: Map<CategoryCode, number>;
  demandP: Map<DemandCode, number>;
  /** Demands predicted: above the calibrated threshold, or the likeliest one when none is. */
  demands: DemandCode[];
};

// Explicit words that name a demand outright. The model sees them too; these only make sure an explicit
// "退一赔三" is never dropped for want of training examples.
const EXPLICIT_DEMANDS: readonly [DemandCode, RegExp][] = [
  ['triple_compensation', /(退一赔三|三倍赔偿|赔偿三倍|假一赔三|三倍的赔偿)/],
  ['tenfold_compensation', /(十倍赔偿|赔偿十倍|假一赔十|退一赔十|十倍的赔偿|价款十倍)/],
  ['apology', /(赔礼道歉|要求.{0,6}道歉|给我.{0,4}道歉|公开道歉|书面道歉)/],
];

export function classify(
  model: ClassifierModel | undefined,
  text: string,
  tokens: readonly string[],
  facts: ExtractedFacts,
): Classification {
  if (!model) {
    const flat = 1 / CATEGORY_CODES.length;
    const demands: DemandCode[] = EXPLICIT_DEMANDS.filter(([, re]) => re.test(text)).map(([d]) => d);
    if (demands.length === 0) demands.push('refund');
    return {
      categoryP: new Map(CATEGORY_CODES.map((c) => [c, flat])),
      demandP: new Map(DEMAND_CODES.map((d) => [d, demands.includes(d) ? 1 : 0])),
      demands,
    };
  }
  const pred = predict(model, vectorize(model.index, text, tokens, facts, model.idf));
  const categoryP = new Map<CategoryCode, number>();
  for (const { label, p } of pred.category) if (isCategory(label)) categoryP.set(label, p);
  const demandP = new Map<DemandCode, number>();
  for (const { label, p } of pred.demands) if (isDemand(label)) demandP.set(label, p);
  for (const [d, re] of EXPLICIT_DEMANDS) if (re.test(text)) demandP.set(d, Math.max(demandP.get(d) ?? 0, 0.95));
  const demands = [...demandP.entries()]
    .filter(([, p]) => p >= model.demands.threshold)
    .sort((a, b) => b[1] - a[1])
    .map(([d]) => d);
  if (demands.length === 0) {
    const top = [...demandP.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) demands.push(top[0]);
  }
  return { categoryP, demandP, demands };
}
