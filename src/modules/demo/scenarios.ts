// How each demo case unfolds, one builder per path through the lifecycle. A builder picks the filing time
// (relative to the seed's "now") and the later steps so the case ends in its target status:
//  - steps that must beat a deadline come well inside it (a merchant answers within 16 h of a 24 h limit);
//  - cases meant to be escalated by the sweeper simply stay silent past the deadline, and the next step
//    waits an hour or two beyond it (the seed sweeps hourly);
//  - cases left active are filed recently enough that every active deadline still lies after "now".
import { DAY, HOUR } from '../../lib/clock.js';
import type { CaseStatus } from '../cases/index.js';
import {
  ago,
  agreement,
  consumerAccepts,
  consumerEscalates,
  consumerRejects,
  D,
  type Draft,
  failure,
  fulfil,
  mediatorMaybe,
  mediatorTakes,
  merchantOffer,
  merchantSays,
  type PlanCtx,
  proposal,
  rateOrClose,
  settleWithMerchant,
  silentMerchant,
  timeline,
  toRegulatorMediation,
  u,
} from './path-steps.js';
import { offerTerms, rating, type TimedStep, type Timeline } from './plan.js';
import * as say from './replies.js';

export type { Draft, PlanCtx } from './path-steps.js';

type Built = { filedAt: number; steps: TimedStep[] };
type Builder = (ctx: PlanCtx, d: Draft) => Built;

// ---- the paths -------------------------------------------------------------------------------------------

const closed: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 13, 59));
  settleWithMerchant(ctx, tl, d.complaint);
  fulfil(ctx, tl);
  rateOrClose(ctx, tl);
  return built(tl);
};

const fulfilled: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 10, 40));
  settleWithMerchant(ctx, tl, d.complaint);
  fulfil(ctx, tl);
  return built(tl);
};

const closedViaMediation: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 18, 58));
  if (ctx.rng.chance(0.5)) silentMerchant(tl);
  else consumerEscalates(ctx, tl, d.complaint);
  mediatorTakes(ctx, tl);
  if (ctx.rng.chance(0.5)) {
    tl.must(u(ctx, 2, 48), proposal(ctx, d.complaint, 'mediator'));
    tl.must(u(ctx, 2, 48), consumerAccepts(ctx));
  } else {
    tl.must(u(ctx, 1, 8 * D), agreement(ctx, d.complaint, 'mediator'));
  }
  fulfil(ctx, tl);
  tl.must(u(ctx, 1, 96), { op: 'rate', ...rating(ctx.rng) });
  return built(tl);
};

const closedViaRegulator: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 40, 58));
  toRegulatorMediation(ctx, tl, [3, 8]);
  tl.must(u(ctx, 1, 48), { op: 'message', by: 'regulator', text: ctx.rng.pick(say.REGULATOR_MESSAGE) });
  tl.must(u(ctx, 3 * D, 12 * D), agreement(ctx, d.complaint, 'regulator'));
  fulfil(ctx, tl);
  tl.must(u(ctx, 1, 96), { op: 'rate', ...rating(ctx.rng) });
  return built(tl);
};

/** Settled in the last 60 hours: the 3-day fulfilment deadline is still running. */
const settled: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 1.5, 5.5));
  tl.must(u(ctx, 0.3, 12), merchantSays(ctx));
  tl.must(u(ctx, 0.5, 12), merchantOffer(ctx, d.complaint, ctx.rng.pick(['mid', 'full'] as const)));
  tl.at(ctx.rng.between(Math.max(tl.t + 0.5 * HOUR, ctx.now - 60 * HOUR), ctx.now - HOUR), consumerAccepts(ctx));
  if (ctx.rng.chance(0.4)) tl.after(u(ctx, 0.5, 36), { op: 'confirm', by: 'merchant' });
  return built(tl);
};

const settledViaMediation: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 5, 10));
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.at(
    ctx.rng.between(Math.max(tl.t + HOUR, ctx.now - 60 * HOUR), ctx.now - HOUR),
    agreement(ctx, d.complaint, 'mediator'),
  );
  return built(tl);
};

/** Talking with the merchant; the 7-day resolution deadline (sometimes paused by a question) lies ahead. */
const negotiating: Builder = (ctx, d) => {
  const tl = timeline(ctx, d.showcase ? ago(ctx, 1.2, 2.5) : ago(ctx, 0.8, 6.6));
  tl.must(u(ctx, 0.3, 16), merchantSays(ctx));
  if (d.showcase) {
    tl.must(u(ctx, 0.5, 4), merchantOffer(ctx, d.complaint, 'mid')); // left open: the consumer can accept it
    return built(tl);
  }
  const more =
    tl.after(u(ctx, 0.5, 24), merchantOffer(ctx, d.complaint, ctx.rng.pick(['low', 'mid'] as const))) &&
    ctx.rng.chance(0.4) &&
    tl.after(u(ctx, 1, 24), consumerRejects(ctx));
  if (more && ctx.rng.chance(0.5)) {
    tl.after(u(ctx, 0.1, 1), {
      op: 'offer',
      by: 'consumer',
      terms: offerTerms(ctx.rng, d.complaint, 'full'),
      message: ctx.rng.pick(say.CONSUMER_COUNTER),
    });
  }
  if (ctx.rng.chance(0.25)) {
    tl.after(u(ctx, 0.5, 12), {
      op: 'message',
      by: 'merchant',
      text: ctx.rng.pick(say.MERCHANT_QUESTION),
      question: true,
    });
  }
  return built(tl);
};

/** Filed in the last day: the merchant's 24 h are still running (due today or tomorrow). */
const awaiting: Builder = (ctx, d) => {
  const tl = timeline(ctx, ctx.now - (d.showcase ? u(ctx, 2, 6) : u(ctx, 0.3, 21)) * HOUR);
  if (ctx.rng.chance(0.3))
    tl.after(u(ctx, 0.1, (ctx.limit - tl.t) / HOUR), {
      op: 'message',
      by: 'consumer',
      text: ctx.rng.pick(say.CONSUMER_NUDGE),
    });
  return built(tl);
};

// In mediation: escalated within the last 14 days, so the 15-day mediation deadline is still ahead.
const mediationSilent: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 28 / 24, 14.5));
  silentMerchant(tl);
  mediatorMaybe(ctx, tl, d.complaint);
  return built(tl);
};

const mediationByConsumer: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 4, 14));
  consumerEscalates(ctx, tl, d.complaint);
  mediatorMaybe(ctx, tl, d.complaint);
  return built(tl);
};

/** Talks go nowhere and the 7-day resolution deadline passes: the sweeper escalates. */
const mediationAfterResolutionMiss: Builder = (ctx, d) => {
  const filedAt = ago(ctx, 7.3, 21);
  const tl = timeline(ctx, filedAt);
  tl.must(u(ctx, 0.3, 16), merchantSays(ctx));
  tl.must(u(ctx, 0.5, 24), merchantOffer(ctx, d.complaint, 'low'));
  tl.must(u(ctx, 1, 24), consumerRejects(ctx));
  tl.wait((filedAt + 7 * DAY + 2 * HOUR - tl.t) / HOUR);
  mediatorMaybe(ctx, tl, d.complaint);
  return built(tl);
};

/** Settled, but the merchant never carries it out: the 3-day fulfilment deadline passes and the case climbs. */
const mediationAfterFulfilmentMiss: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 5.5, 17));
  tl.must(u(ctx, 0.3, 12), merchantSays(ctx));
  tl.must(u(ctx, 0.5, 12), merchantOffer(ctx, d.complaint, 'full'));
  tl.must(u(ctx, 1, 24), consumerAccepts(ctx));
  const settledAt = tl.t;
  if (ctx.rng.chance(0.7)) tl.must(u(ctx, 2, 48), { op: 'confirm', by: 'consumer' });
  tl.must(u(ctx, 0.5, 10), { op: 'message', by: 'consumer', text: '商家答应的退款到现在还没有到账，联系客服也不回。' });
  tl.wait((settledAt + 3 * DAY + 2 * HOUR - tl.t) / HOUR);
  mediatorMaybe(ctx, tl, d.complaint);
  return built(tl);
};

const reviewAfterFailure: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 6, 20));
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.at(Math.min(tl.t + u(ctx, 3, 10) * DAY, ctx.now - u(ctx, 1, 48) * HOUR), failure(ctx, 'mediator'));
  if (ctx.rng.chance(0.25))
    tl.after(u(ctx, 1, 24), {
      op: 'message',
      by: 'regulator',
      text: ctx.rng.pick(say.REGULATOR_QUESTION),
      question: true,
    });
  return built(tl);
};

/** Nobody concludes the mediation in 15 days: the sweeper sends it to the bureau. */
const reviewAfterMediationMiss: Builder = (ctx) => {
  const filedAt = ago(ctx, 16.5, 23);
  const tl = timeline(ctx, filedAt);
  silentMerchant(tl);
  const escalatedBy = tl.t;
  mediatorTakes(ctx, tl);
  tl.wait((escalatedBy + 15 * DAY + 2 * HOUR - tl.t) / HOUR);
  if (ctx.rng.chance(0.3))
    tl.after(u(ctx, 1, 24), {
      op: 'message',
      by: 'regulator',
      text: ctx.rng.pick(say.REGULATOR_QUESTION),
      question: true,
    });
  return built(tl);
};

const regulatorMediation: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 17, 45));
  toRegulatorMediation(ctx, tl, [2, 8]);
  if (
    tl.after(u(ctx, 1, 48), { op: 'message', by: 'regulator', text: ctx.rng.pick(say.REGULATOR_MESSAGE) }) &&
    ctx.rng.chance(0.4)
  ) {
    tl.after(u(ctx, D, 5 * D), proposal(ctx, d.complaint, 'regulator'));
  }
  return built(tl);
};

const referredByRegulator: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 33, 58));
  toRegulatorMediation(ctx, tl, [2, 8]);
  tl.must(u(ctx, 1, 48), { op: 'message', by: 'regulator', text: ctx.rng.pick(say.REGULATOR_MESSAGE) });
  tl.must(u(ctx, 3 * D, 15 * D), failure(ctx, 'regulator'));
  return built(tl);
};

const referredByMediator: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 15, 58));
  if (ctx.rng.chance(0.5)) silentMerchant(tl);
  else consumerEscalates(ctx, tl, d.complaint);
  mediatorTakes(ctx, tl);
  const to = ctx.rng.pick(['arbitration', 'court'] as const);
  tl.must(u(ctx, 2 * D, 9 * D), { op: 'refer', by: 'mediator', to, note: say.REFER_NOTE[to] });
  return built(tl);
};

const referredAtReview: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 17, 58));
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.must(u(ctx, 3 * D, 8 * D), failure(ctx, 'mediator'));
  tl.must(u(ctx, D, 5 * D), {
    op: 'refer',
    by: 'regulator',
    to: 'formal_complaint',
    note: say.REFER_NOTE.formal_complaint,
  });
  return built(tl);
};

const withdrawnEarly: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 1, 58));
  tl.must(u(ctx, 0.5, 20), { op: 'withdraw', reason: ctx.rng.pick(say.WITHDRAW_REASON) });
  return built(tl);
};

const withdrawnNegotiating: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 3, 58));
  tl.must(u(ctx, 0.3, 16), merchantSays(ctx));
  tl.must(u(ctx, 0.5, 20), merchantOffer(ctx, d.complaint, 'low'));
  tl.must(u(ctx, 2, 48), { op: 'withdraw', reason: ctx.rng.pick(say.WITHDRAW_REASON) });
  return built(tl);
};

const withdrawnInMediation: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 6, 58));
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.must(u(ctx, D, 3 * D), { op: 'withdraw', reason: ctx.rng.pick(say.WITHDRAW_REASON) });
  return built(tl);
};

const rejectedDeclined: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 14, 58));
  silentMerchant(tl);
  mediatorTakes(ctx, tl);
  tl.must(u(ctx, 2 * D, 6 * D), failure(ctx, 'mediator'));
  tl.must(u(ctx, D, 5 * D), { op: 'decide', accept: false, reason: ctx.rng.pick(say.DECLINE_REASON) });
  return built(tl);
};

const rejectedDuplicate: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 2, 58));
  tl.must(u(ctx, 1, 20), { op: 'reject', by: 'regulator', reason: 'duplicate', note: say.DUPLICATE_NOTE });
  return built(tl);
};

const rejectedOutOfScope: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 6, 58));
  silentMerchant(tl);
  tl.must(u(ctx, 1, 24), { op: 'assign' });
  tl.must(u(ctx, 1, 72), {
    op: 'reject',
    by: 'mediator',
    reason: 'out_of_scope',
    note: ctx.rng.pick(say.OUT_OF_SCOPE_NOTE),
  });
  return built(tl);
};

const transferred: Builder = (ctx, d) => {
  const tl = timeline(ctx, ago(ctx, 2, 58));
  if (ctx.rng.chance(0.5))
    tl.must(u(ctx, 0.5, 10), { op: 'message', by: 'merchant', text: say.CROSS_BORDER_MERCHANT_REPLY });
  tl.must(u(ctx, 1, 12), { op: 'transfer', partner: d.partner ?? '香港消费者委员会', note: say.TRANSFER_NOTE });
  return built(tl);
};

// Filed without an identifiable merchant.
const unidentified: Builder = (ctx) => {
  const tl = timeline(ctx, ctx.now - u(ctx, 0.2, 3) * DAY);
  if (ctx.rng.chance(0.3))
    tl.after(u(ctx, 1, 12), { op: 'message', by: 'consumer', text: '补充：付款记录截图已保存，可以提供。' });
  return built(tl);
};

const identified: Builder = (ctx) => {
  const tl = timeline(ctx, ctx.now - u(ctx, 12, 40) * HOUR);
  tl.at(ctx.rng.between(Math.max(tl.t + HOUR, ctx.now - 20 * HOUR), ctx.now - HOUR), { op: 'identify' });
  return built(tl);
};

const unidentifiedRejected: Builder = (ctx) => {
  const tl = timeline(ctx, ago(ctx, 3, 58));
  tl.must(u(ctx, 2, 40), {
    op: 'reject',
    by: 'regulator',
    reason: 'out_of_scope',
    note: ctx.rng.pick(say.OUT_OF_SCOPE_NOTE),
  });
  return built(tl);
};

function built(tl: Timeline): Built {
  return { filedAt: tl.start, steps: tl.steps };
}

export type Scenario = { target: CaseStatus; build: Builder; kind?: 'unidentified' | 'cross_border' };

export const SCENARIOS = {
  closed: { target: 'closed', build: closed },
  fulfilled: { target: 'fulfilled', build: fulfilled },
  closedViaMediation: { target: 'closed', build: closedViaMediation },
  closedViaRegulator: { target: 'closed', build: closedViaRegulator },
  settled: { target: 'settled', build: settled },
  settledViaMediation: { target: 'settled', build: settledViaMediation },
  negotiating: { target: 'negotiating', build: negotiating },
  awaiting: { target: 'awaiting_response', build: awaiting },
  mediationSilent: { target: 'in_mediation', build: mediationSilent },
  mediationByConsumer: { target: 'in_mediation', build: mediationByConsumer },
  mediationAfterResolutionMiss: { target: 'in_mediation', build: mediationAfterResolutionMiss },
  mediationAfterFulfilmentMiss: { target: 'in_mediation', build: mediationAfterFulfilmentMiss },
  reviewAfterFailure: { target: 'regulator_review', build: reviewAfterFailure },
  reviewAfterMediationMiss: { target: 'regulator_review', build: reviewAfterMediationMiss },
  regulatorMediation: { target: 'regulator_mediation', build: regulatorMediation },
  referredByRegulator: { target: 'referred', build: referredByRegulator },
  referredByMediator: { target: 'referred', build: referredByMediator },
  referredAtReview: { target: 'referred', build: referredAtReview },
  withdrawnEarly: { target: 'withdrawn', build: withdrawnEarly },
  withdrawnNegotiating: { target: 'withdrawn', build: withdrawnNegotiating },
  withdrawnInMediation: { target: 'withdrawn', build: withdrawnInMediation },
  rejectedDeclined: { target: 'rejected', build: rejectedDeclined },
  rejectedDuplicate: { target: 'rejected', build: rejectedDuplicate },
  rejectedOutOfScope: { target: 'rejected', build: rejectedOutOfScope },
  transferred: { target: 'transferred', build: transferred, kind: 'cross_border' },
  unidentified: { target: 'filed', build: unidentified, kind: 'unidentified' },
  identified: { target: 'awaiting_response', build: identified, kind: 'unidentified' },
  unidentifiedRejected: { target: 'rejected', build: unidentifiedRejected, kind: 'unidentified' },
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;
