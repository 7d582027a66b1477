// The pieces the demo's case paths are built from (scenarios.ts): who says what, and the stretches of a
// case that recur — a merchant that answers in time, a settlement, a fulfilment, a silent merchant whose
// deadline runs out, a mediator taking the case. Times are hours after the previous step.
import { DAY } from '../../lib/clock.js';
import { type CasePlan, type Complaint, offerTerms, rating, type Step, Timeline } from './plan.js';
import type { Rng } from './prng.js';
import * as say from './replies.js';

export type PlanCtx = { rng: Rng; now: number; limit: number };
/** What the mix decided before the path is built: the complaint, and for a transfer the partner. */
export type Draft = Pick<CasePlan, 'complaint' | 'showcase'> & { partner?: string };

export const D = 24; // hours

export const ago = (ctx: PlanCtx, minDays: number, maxDays: number): number =>
  Math.round(ctx.now - ctx.rng.between(minDays, maxDays) * DAY);
export const timeline = (ctx: PlanCtx, filedAt: number) => new Timeline(filedAt, ctx.limit);
export const u = (ctx: PlanCtx, lo: number, hi: number) => ctx.rng.between(lo, hi);

export const merchantSays = (ctx: PlanCtx): Step => ({
  op: 'message',
  by: 'merchant',
  text: ctx.rng.pick(say.MERCHANT_FIRST_REPLY),
});
export const merchantOffer = (ctx: PlanCtx, c: Complaint, level: 'low' | 'mid' | 'full'): Step => ({
  op: 'offer',
  by: 'merchant',
  terms: offerTerms(ctx.rng, c, level),
  message: ctx.rng.pick(say.MERCHANT_OFFER_MESSAGE[level]),
});
export const consumerRejects = (ctx: PlanCtx): Step => ({
  op: 'answer',
  by: 'consumer',
  accept: false,
  reason: ctx.rng.pick(say.CONSUMER_REJECT),
});
export const consumerAccepts = (ctx: PlanCtx): Step => ({
  op: 'answer',
  by: 'consumer',
  accept: true,
  reason: ctx.rng.pick(say.CONSUMER_ACCEPT_NOTE),
});
export const proposal = (ctx: PlanCtx, c: Complaint, by: 'mediator' | 'regulator'): Step => ({
  op: 'offer',
  by,
  terms: offerTerms(ctx.rng, c, ctx.rng.pick(['mid', 'full'] as const)),
  message: ctx.rng.pick(say.MEDIATOR_PROPOSAL),
});
export const agreement = (ctx: PlanCtx, c: Complaint, by: 'mediator' | 'regulator'): Step => ({
  op: 'outcome',
  by,
  agreement: true,
  terms: offerTerms(ctx.rng, c, ctx.rng.pick(['mid', 'full'] as const)),
  note: ctx.rng.pick(say.AGREEMENT_NOTE),
});
export const failure = (ctx: PlanCtx, by: 'mediator' | 'regulator'): Step => ({
  op: 'outcome',
  by,
  agreement: false,
  note: ctx.rng.pick(say.FAILURE_NOTE),
});

/** The merchant answers in time (sometimes with a question first) — the response deadline is met. */
export function merchantResponds(ctx: PlanCtx, tl: Timeline): void {
  tl.must(u(ctx, 0.3, 16), merchantSays(ctx));
  if (ctx.rng.chance(0.2)) {
    tl.must(u(ctx, 0.2, 2), {
      op: 'message',
      by: 'merchant',
      text: ctx.rng.pick(say.MERCHANT_QUESTION),
      question: true,
    });
    tl.must(u(ctx, 1, 18), { op: 'message', by: 'consumer', text: ctx.rng.pick(say.CONSUMER_ANSWER) });
  }
}

/** Negotiation that settles at the merchant tier well within the 7-day resolution deadline. */
export function settleWithMerchant(ctx: PlanCtx, tl: Timeline, c: Complaint): void {
  merchantResponds(ctx, tl);
  if (ctx.rng.chance(0.3)) {
    tl.must(u(ctx, 0.5, 20), merchantOffer(ctx, c, 'low'));
    tl.must(u(ctx, 1, 24), consumerRejects(ctx));
    tl.must(u(ctx, 0.1, 1), {
      op: 'offer',
      by: 'consumer',
      terms: offerTerms(ctx.rng, c, 'full'),
      message: ctx.rng.pick(say.CONSUMER_COUNTER),
    });
    tl.must(u(ctx, 1, 20), { op: 'answer', by: 'merchant', accept: true });
  } else {
    tl.must(u(ctx, 0.5, 20), merchantOffer(ctx, c, ctx.rng.pick(['mid', 'full'] as const)));
    tl.must(u(ctx, 1, 30), consumerAccepts(ctx));
  }
}

/** Both confirm within the 3-day fulfilment deadline. */
export function fulfil(ctx: PlanCtx, tl: Timeline): void {
  tl.must(u(ctx, 1, 40), { op: 'confirm', by: 'merchant' });
  tl.must(u(ctx, 1, 24), { op: 'confirm', by: 'consumer' });
}

export function rateOrClose(ctx: PlanCtx, tl: Timeline): void {
  if (ctx.rng.chance(0.1)) tl.must(u(ctx, 1, 48), { op: 'close' });
  else tl.must(u(ctx, 1, 96), { op: 'rate', ...rating(ctx.rng) });
}

/** The merchant never answers: the sweeper escalates on the missed 24 h response deadline. */
export const silentMerchant = (tl: Timeline) => tl.wait(26);

/** The consumer rejects a token offer and asks for mediation. */
export function consumerEscalates(ctx: PlanCtx, tl: Timeline, c: Complaint): void {
  merchantResponds(ctx, tl);
  tl.must(u(ctx, 0.5, 20), merchantOffer(ctx, c, 'low'));
  tl.must(u(ctx, 1, 24), consumerRejects(ctx));
  tl.must(u(ctx, 0.2, 24), { op: 'escalate', reason: ctx.rng.pick(say.ESCALATE_REASON) });
}

export function mediatorTakes(ctx: PlanCtx, tl: Timeline): void {
  tl.must(u(ctx, 1, 24), { op: 'assign' });
  tl.must(u(ctx, 0.1, 4), { op: 'message', by: 'mediator', text: ctx.rng.pick(say.MEDIATOR_MESSAGE) });
}

/** Whatever of the mediator's first moves fits before now (the case stays in mediation). */
export function mediatorMaybe(ctx: PlanCtx, tl: Timeline, c: Complaint): void {
  if (!tl.after(u(ctx, 1, 24), { op: 'assign' })) return;
  if (!tl.after(u(ctx, 0.1, 4), { op: 'message', by: 'mediator', text: ctx.rng.pick(say.MEDIATOR_MESSAGE) })) return;
  const r = ctx.rng.next();
  if (r < 0.3)
    tl.after(u(ctx, 2, 48), {
      op: 'message',
      by: 'mediator',
      text: ctx.rng.pick(say.MEDIATOR_QUESTION),
      question: true,
    });
  else if (r < 0.6) tl.after(u(ctx, 2, 48), proposal(ctx, c, 'mediator'));
}

/** From the mediation tier to the regulator's administrative mediation. */
export function toRegulatorMediation(ctx: PlanCtx, tl: Timeline, failAfterDays: [number, number]): void {
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.must(u(ctx, failAfterDays[0] * D, failAfterDays[1] * D), failure(ctx, 'mediator'));
  tl.must(u(ctx, 12, 4 * D), { op: 'decide', accept: true });
}
