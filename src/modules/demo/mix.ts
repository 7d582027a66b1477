// The demo's case mix: how many cases take each path, against which merchant, with which complaint.
// The proportions follow the pilot's reported funnel — most disputes settle with the merchant, a minority
// reaches mediators, a few the bureau — while every status of the lifecycle is present.
import { DAY, HOUR } from '../../lib/clock.js';
import { COMPLAINTS, CROSS_BORDER, complaintsFor, UNIDENTIFIED } from './complaints.js';
import { DEMO_CONSUMER_PHONE, DISTRICTS, PARTNERS } from './hangzhou.js';
import { MERCHANTS, SHOWCASE_MERCHANTS } from './merchants.js';
import { type CasePlan, type Complaint, makeComplaint, phoneNumber } from './plan.js';
import { makeRng, type Rng } from './prng.js';
import { type PlanCtx, SCENARIOS, type Scenario, type ScenarioName } from './scenarios.js';

export const CASE_MIX: readonly (readonly [ScenarioName, number])[] = [
  ['closed', 94],
  ['closedViaMediation', 14],
  ['closedViaRegulator', 4],
  ['fulfilled', 16],
  ['settled', 14],
  ['settledViaMediation', 3],
  ['negotiating', 30],
  ['awaiting', 20],
  ['identified', 3],
  ['unidentified', 5],
  ['mediationSilent', 10],
  ['mediationByConsumer', 8],
  ['mediationAfterResolutionMiss', 6],
  ['mediationAfterFulfilmentMiss', 4],
  ['reviewAfterFailure', 7],
  ['reviewAfterMediationMiss', 6],
  ['regulatorMediation', 10],
  ['referredByRegulator', 5],
  ['referredByMediator', 5],
  ['referredAtReview', 2],
  ['withdrawnEarly', 6],
  ['withdrawnNegotiating', 5],
  ['withdrawnInMediation', 3],
  ['rejectedDeclined', 4],
  ['rejectedDuplicate', 4],
  ['rejectedOutOfScope', 3],
  ['unidentifiedRejected', 1],
  ['transferred', 8],
];

/** Paths that leave the case open and in someone's inbox: the showcase merchants get the first of each. */
const LIVE: ReadonlySet<ScenarioName> = new Set([
  'awaiting',
  'negotiating',
  'settled',
  'mediationSilent',
  'mediationByConsumer',
]);

/** The demo consumer's phone account holds the first case of each of these paths. */
const ACCOUNT_CASES: ReadonlySet<ScenarioName> = new Set(['closed', 'negotiating', 'settled', 'mediationSilent']);

/** The first case of these paths gets its access token printed. */
const SHOWCASE_CASES: ReadonlySet<ScenarioName> = new Set(['awaiting', 'negotiating']);

const SEED = 20_260_301;

const slugIndex = (slug: string): number => {
  const i = MERCHANTS.findIndex((m) => m.slug === slug);
  if (i < 0) throw new Error(`no demo merchant ${slug}`);
  return i;
};

/** Every merchant is drawn equally often, the showcase ones twice as often (their inboxes should be busy). */
function merchantPool(): number[] {
  const showcase = new Set<string>(SHOWCASE_MERCHANTS);
  return MERCHANTS.flatMap((m, i) => (showcase.has(m.slug) ? [i, i] : [i]));
}

function unidentifiedComplaint(rng: Rng): Complaint {
  const text = rng.pick(UNIDENTIFIED);
  const paid = rng.int(30, 500);
  const description = text.replaceAll('{amt}', String(paid));
  return {
    title: description.split('，')[0]!.slice(0, 30),
    description,
    demands: ['refund'],
    paidMinor: paid * 100,
    claimMinor: paid * 100,
    offerKind: 'refund',
    purchase: '无法确认经营者的消费',
  };
}

/** The plans for every demo case, in mix order. `now` is the seed's present; nothing is planned after it. */
export function planCases(now: number): CasePlan[] {
  const rng = makeRng(SEED);
  const ctx: PlanCtx = { rng, now, limit: now - 10 * 60_000 };
  const pool = merchantPool();
  const showcase = SHOWCASE_MERCHANTS.map(slugIndex);
  const stalls = MERCHANTS.flatMap((m, i) => (m.industry === 'market_stall' ? [i] : []));
  if (COMPLAINTS.length === 0) throw new Error('no demo complaints');
  let crossBorder = 0;
  const plans: CasePlan[] = [];

  for (const [name, count] of CASE_MIX) {
    const scenario: Scenario = SCENARIOS[name];
    for (let n = 0; n < count; n++) {
      const account = n === 0 && ACCOUNT_CASES.has(name);
      const show = n === 0 && SHOWCASE_CASES.has(name);
      let merchant: number | null;
      let complaint: Complaint;
      let partner: string | undefined;
      let unidentified: CasePlan['unidentified'];
      if (scenario.kind === 'unidentified') {
        merchant = name === 'identified' ? rng.pick(stalls) : null;
        complaint = unidentifiedComplaint(rng);
        unidentified = { district: rng.pick(DISTRICTS).code };
      } else if (scenario.kind === 'cross_border') {
        const cb = CROSS_BORDER[crossBorder++ % CROSS_BORDER.length]!;
        merchant = slugIndex(cb.slug);
        const paid = rng.int(80, 600) * 10;
        const description = cb.text.replaceAll('{amt}', String(paid));
        partner = description.includes('澳门') ? PARTNERS[1] : PARTNERS[0];
        complaint = {
          title: '境外经营者消费纠纷',
          description,
          demands: ['refund'],
          paidMinor: paid * 100,
          claimMinor: paid * 100,
          offerKind: 'refund',
          purchase: '境外购物',
        };
      } else {
        // The first few live cases of each path go to the showcase merchants, one each in turn.
        merchant = LIVE.has(name) && n < showcase.length ? showcase[n]! : rng.pick(pool);
        complaint = makeComplaint(rng, rng.pick(complaintsFor(MERCHANTS[merchant]!.industry)));
      }
      const stores = merchant === null || unidentified ? [] : MERCHANTS[merchant]!.stores;
      const store = stores.length && rng.chance(0.85) ? rng.int(0, stores.length - 1) : null;
      const { filedAt, steps } = scenario.build(ctx, { complaint, showcase: show, ...(partner ? { partner } : {}) });
      plans.push({
        scenario: name,
        target: scenario.target,
        merchant,
        store,
        ...(unidentified ? { unidentified } : {}),
        complaint,
        phone: account ? DEMO_CONSUMER_PHONE : rng.chance(0.6) ? phoneNumber(rng) : null,
        filedAt,
        paidAt: Math.round(filedAt - rng.between(2 * HOUR, 20 * DAY)),
        steps,
        account,
        showcase: show,
      });
    }
  }
  return plans;
}
