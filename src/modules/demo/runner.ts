// Carries the planned cases out through the real use cases on a manual clock: every step of every case is
// one event, and the events run in time order while the clock moves forward to each. The deadline sweeper
// runs on the hour in between, as the server's job would, so missed deadlines escalate cases by themselves
// and every audit chain, deadline row, miss and outbox event is the one the running platform would write.
import type { AppDeps } from '../../deps.js';
import { HOUR, type ManualClock } from '../../lib/clock.js';
import { isAppError } from '../../lib/errors.js';
import { assignCase } from '../cases/assign-case.js';
import type { Party } from '../cases/case.machine.js';
import { closeCase } from '../cases/close-case.js';
import { confirmFulfilment } from '../cases/confirm-fulfilment.js';
import { decideComplaint } from '../cases/decide-complaint.js';
import { escalateCase } from '../cases/escalate-case.js';
import { identifyMerchant } from '../cases/identify-merchant.js';
import { fileCase, sweepDeadlines } from '../cases/index.js';
import { makeOffer } from '../cases/make-offer.js';
import { postMessage } from '../cases/post-message.js';
import { rateCase } from '../cases/rate-case.js';
import { recordMediationOutcome } from '../cases/record-mediation-outcome.js';
import { referCase } from '../cases/refer-case.js';
import { rejectCase } from '../cases/reject-case.js';
import { respondToOffer } from '../cases/respond-to-offer.js';
import { transferCase } from '../cases/transfer-case.js';
import { withdrawCase } from '../cases/withdraw-case.js';
import type { Actor } from '../identity/index.js';
import { fileUnidentified } from './file-unidentified.js';
import type { CasePlan, Side, Step } from './plan.js';
import type { DemoRegistry } from './registry.js';

/** What became of one plan: its case, and the consumer's token (shown once, at filing). */
export type Filed = { caseId: string; number: string; token: string; openOfferId: string | null };
export type RunResult = { filed: (Filed | null)[]; problems: string[]; sweeps: number };

type Live = Omit<Filed, 'openOfferId'> & {
  districtId: string | null;
  merchant: number | null;
  openOffer: { id: string; by: Party } | null;
  failed: boolean;
};

/** Run every deadline that is due now, in batches, until none is left. */
export async function sweepAll(deps: AppDeps): Promise<number> {
  const batch = 200;
  let total = 0;
  for (;;) {
    const { missed } = await sweepDeadlines(deps, batch);
    total += missed;
    if (missed < batch) return total;
  }
}

export async function runPlans(
  deps: AppDeps,
  clock: ManualClock,
  reg: DemoRegistry,
  plans: readonly CasePlan[],
  consumerId: string,
): Promise<RunResult> {
  const seedDeps: AppDeps = { ...deps, clock };
  const events = plans.flatMap((p, i) => [
    { at: p.filedAt, plan: i, step: -1 },
    ...p.steps.map((s, j) => ({ at: s.at, plan: i, step: j })),
  ]);
  events.sort((a, b) => a.at - b.at || a.plan - b.plan || a.step - b.step);

  const live: (Live | null)[] = plans.map(() => null);
  const problems: string[] = [];
  let nextSweep = Math.ceil(clock.now().getTime() / HOUR) * HOUR;
  let sweeps = 0;

  const actors = makeActors(reg, consumerId);
  for (const e of events) {
    while (nextSweep <= e.at) {
      clock.set(new Date(nextSweep));
      await sweepAll(seedDeps);
      sweeps++;
      nextSweep += HOUR;
    }
    clock.set(new Date(e.at));
    const plan = plans[e.plan]!;
    const current = live[e.plan];
    if (e.step >= 0 && (!current || current.failed)) continue;
    try {
      if (e.step < 0) live[e.plan] = await file(seedDeps, reg, plan, consumerId);
      else await perform(seedDeps, plan, plan.steps[e.step]!, current!, actors);
    } catch (err) {
      if (current) current.failed = true;
      const what = e.step < 0 ? 'file' : plan.steps[e.step]!.op;
      const why = isAppError(err) ? `${err.code} ${JSON.stringify(err.details ?? {})}` : String(err);
      problems.push(`${plan.scenario} ${current?.number ?? '(not filed)'}: ${what} failed: ${why}`);
    }
  }
  return {
    filed: live.map((l) =>
      l ? { caseId: l.caseId, number: l.number, token: l.token, openOfferId: l.openOffer?.id ?? null } : null,
    ),
    problems,
    sweeps,
  };
}

async function file(deps: AppDeps, reg: DemoRegistry, plan: CasePlan, consumerId: string): Promise<Live> {
  const c = plan.complaint;
  const actor: Actor = { kind: 'consumer', consumerId: plan.account ? consumerId : null, caseIds: [] };
  const purchase = {
    amountMinor: c.paidMinor,
    paidAt: new Date(plan.paidAt).toISOString(),
    description: c.purchase,
  };
  const phone = plan.phone ?? undefined;
  if (plan.unidentified) {
    const district = plan.unidentified.district;
    const { case: row, accessToken } = await fileUnidentified(deps, {
      actor,
      input: {
        regionId: reg.regionId,
        districtId: district ? (reg.districtIds.get(district) ?? null) : null,
        title: c.title,
        description: c.description,
        demands: c.demands,
        claimMinor: c.claimMinor,
        purchase,
        phone,
      },
    });
    const base = { caseId: row.id, number: row.number, token: accessToken };
    return { ...base, districtId: row.districtId, merchant: plan.merchant, openOffer: null, failed: false };
  }
  const m = reg.merchants[plan.merchant!]!;
  const store = plan.store === null ? undefined : m.stores[plan.store];
  const { case: row, accessToken } = await fileCase(deps, {
    actor,
    input: {
      merchant: store ? { storeId: store.id } : { merchantId: m.id },
      title: c.title,
      description: c.description,
      demands: c.demands,
      claim: { amountMinor: c.claimMinor, currency: 'CNY' },
      purchase: { ...purchase, currency: 'CNY' },
      ...(phone ? { phone } : {}),
    },
  });
  const base = { caseId: row.id, number: row.number, token: accessToken };
  return { ...base, districtId: row.districtId, merchant: plan.merchant, openOffer: null, failed: false };
}

type Actors = (side: Side, c: Live, plan: CasePlan) => Actor;

/**
 * Who acts for each side of a case. The mediator is the one of the organisation covering the case's
 * district, else the region-wide one — the rule findOrgForDistrict applies when the case reaches the tier.
 */
function makeActors(reg: DemoRegistry, consumerId: string): Actors {
  return (side, c, plan) => {
    switch (side) {
      case 'consumer':
        return { kind: 'consumer', consumerId: plan.account ? consumerId : null, caseIds: [c.caseId] };
      case 'merchant': {
        const m = reg.merchants[c.merchant!]!;
        return { kind: 'merchant_staff', userId: m.staff.userId, regionId: reg.regionId, merchantId: m.id };
      }
      case 'mediator': {
        const org = reg.mediationByDistrict.get(c.districtId) ?? reg.mediationByDistrict.get(null)!;
        return { kind: 'mediator', userId: org.userId, regionId: reg.regionId, orgId: org.orgId };
      }
      case 'regulator':
        return { kind: 'regulator', userId: reg.regulator.userId, regionId: reg.regionId, orgId: reg.regulator.orgId };
      default: {
        const never: never = side;
        throw new Error(`unknown side ${String(never)}`);
      }
    }
  };
}

const partyOfSide = (side: Side): Party => (side === 'consumer' || side === 'merchant' ? side : 'mediator');

async function perform(deps: AppDeps, plan: CasePlan, step: Step, c: Live, actors: Actors): Promise<void> {
  const caseId = c.caseId;
  const as = (side: Side) => actors(side, c, plan);
  switch (step.op) {
    case 'message':
      await postMessage(deps, {
        caseId,
        actor: as(step.by),
        body: step.text,
        kind: step.question ? 'question' : 'message',
      });
      return;
    case 'offer': {
      const { offer } = await makeOffer(deps, {
        caseId,
        actor: as(step.by),
        input: { terms: step.terms, message: step.message },
      });
      c.openOffer = { id: offer.id, by: partyOfSide(step.by) };
      return;
    }
    case 'answer': {
      if (!c.openOffer || c.openOffer.by === step.by) throw new Error('no open offer from the other side');
      const { id } = c.openOffer;
      c.openOffer = null;
      await respondToOffer(deps, {
        caseId,
        offerId: id,
        actor: as(step.by),
        decision: step.accept ? 'accept' : 'reject',
        ...(step.reason ? { reason: step.reason } : {}),
      });
      return;
    }
    case 'confirm':
      await confirmFulfilment(deps, { caseId, actor: as(step.by) });
      return;
    case 'rate':
      await rateCase(deps, { caseId, actor: as('consumer'), score: step.score, comment: step.comment });
      return;
    case 'close':
      await closeCase(deps, { caseId, actor: as('consumer') });
      return;
    case 'escalate':
      await escalateCase(deps, { caseId, actor: as('consumer'), reason: step.reason });
      return;
    case 'withdraw':
      await withdrawCase(deps, { caseId, actor: as('consumer'), reason: step.reason });
      return;
    case 'assign':
      await assignCase(deps, { caseId, actor: as('mediator') });
      return;
    case 'outcome':
      c.openOffer = null; // an agreement supersedes open offers; a failure moves the case on
      await recordMediationOutcome(deps, {
        caseId,
        actor: as(step.by),
        input: {
          outcome: step.agreement ? 'agreement' : 'failure',
          ...(step.terms ? { terms: step.terms } : {}),
          note: step.note,
        },
      });
      return;
    case 'decide':
      await decideComplaint(deps, {
        caseId,
        actor: as('regulator'),
        decision: step.accept ? 'accept' : 'decline',
        ...(step.reason ? { reason: step.reason } : {}),
      });
      return;
    case 'refer':
      await referCase(deps, { caseId, actor: as(step.by), to: step.to, note: step.note });
      return;
    case 'reject':
      await rejectCase(deps, { caseId, actor: as(step.by), reason: step.reason, note: step.note });
      return;
    case 'transfer':
      await transferCase(deps, { caseId, actor: as('regulator'), target: { partner: step.partner }, note: step.note });
      return;
    case 'identify': {
      const merchantId = actorsMerchantId(actors, c, plan);
      const row = await identifyMerchant(deps, { caseId, actor: as('regulator'), merchantId });
      c.districtId = row.districtId;
      return;
    }
    default: {
      const never: never = step;
      throw new Error(`unknown demo step ${JSON.stringify(never)}`);
    }
  }
}

function actorsMerchantId(actors: Actors, c: Live, plan: CasePlan): string {
  const a = actors('merchant', c, plan);
  if (a.kind !== 'merchant_staff') throw new Error('identify needs the merchant the regulator names');
  return a.merchantId;
}
