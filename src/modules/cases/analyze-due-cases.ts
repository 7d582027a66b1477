// The AI mediator reads cases in the background (jobs/): every new case, and a case again when its facts
// change. The reading is stored for every party to see; then, when the merchant has an auto-resolution
// policy that covers the case as read, the merchant's offer is made at once (the consumer still decides).
// Cases are claimed with SKIP LOCKED, so instances share the work and none reads a case twice at once.
import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Analysis } from '../../mediator/index.js';
import { SYSTEM } from '../identity/actor.js';
import type { AutoResolutionPolicyRow } from '../merchants/index.js';
import { listAutoResolutionPoliciesOf, matchPolicy } from '../merchants/index.js';
import type { MediatorRouting } from '../regions/index.js';
import { applyCaseEvent, type ChangeContext } from './case.lifecycle.js';
import { loadCaseRegion } from './case.region.js';
import { type CaseRow, insertOffer } from './case.repository.js';
import { claimCasesDueForAnalysis, consumerMessages, saveAnalysis } from './case-analysis.repository.js';
import type { OfferTerm } from './cases.schema.js';

/** What the mediator reads: the complaint and everything the consumer added since. */
export function analysisInput(
  c: CaseRow,
  industry: string | null,
  later: string[],
  now: Date,
  routing?: MediatorRouting,
) {
  const p = c.purchase;
  return {
    text: [c.title && !c.description.startsWith(c.title) ? c.title : '', c.description, ...later]
      .filter(Boolean)
      .join('\n'),
    facts: {
      ...(p.amountMinor !== undefined
        ? { amountMinor: p.amountMinor }
        : c.claimMinor !== null
          ? { amountMinor: c.claimMinor }
          : {}),
      currency: p.currency ?? c.currency,
      ...(p.paidAt ? { paidAt: p.paidAt } : {}),
      ...(industry ? { merchantIndustry: industry } : {}),
    },
    ...(routing ? { policy: { humanAboveMinor: routing.humanAboveMinor, autoMaxMinor: routing.autoMaxMinor } } : {}),
    now,
  };
}

function autoTerms(policy: AutoResolutionPolicyRow, amountMinor: number): OfferTerm[] {
  switch (policy.offer) {
    case 'refund_full':
      return [{ kind: 'refund', amountMinor }];
    case 'return_refund_full':
      return [{ kind: 'return' }, { kind: 'refund', amountMinor }];
    case 'exchange':
      return [{ kind: 'exchange' }];
    case 'repair':
      return [{ kind: 'repair' }];
    default: {
      const never: never = policy.offer;
      return never;
    }
  }
}

async function autoResolve(ctx: ChangeContext, c: CaseRow, a: Analysis): Promise<void> {
  if (c.status !== 'awaiting_response' || !c.merchantId) return;
  const policies = await listAutoResolutionPoliciesOf(ctx.tx, c.regionId, c.merchantId, { activeOnly: true });
  const amountMinor = c.purchase.amountMinor ?? null;
  const policy = matchPolicy(policies, {
    category: a.category,
    route: a.route,
    verified: c.purchase.verified,
    amountMinor,
    paidAt: c.purchase.paidAt ? new Date(c.purchase.paidAt) : null,
    now: ctx.now,
  });
  if (!policy || amountMinor === null) return;
  const terms = autoTerms(policy, amountMinor);
  const total = terms.reduce((s, t) => s + (t.amountMinor ?? 0), 0);
  const offer = await insertOffer(ctx.tx, {
    id: uuidv7(ctx.now.getTime()),
    regionId: c.regionId,
    caseId: c.id,
    by: 'merchant',
    byUserId: null,
    terms,
    totalMinor: total,
    currency: c.currency,
    message: policy.message || `商户承诺：${policy.name}（自动处理，请确认是否接受）`,
    status: 'open',
    createdAt: ctx.now,
  });
  await applyCaseEvent(
    ctx,
    c,
    { type: 'make_offer', by: 'merchant' },
    { action: 'auto_offer', data: { offerId: offer.id, totalMinor: total, policyId: policy.id, policy: policy.name } },
  );
}

/** Read up to `limit` due cases; returns how many were read. */
export async function analyzeDueCases(deps: AppDeps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const due = await claimCasesDueForAnalysis(tx, now, limit);
    if (!due.length) return 0;
    const mediator = deps.mediator();
    const routing = new Map<string, MediatorRouting>();
    for (const { c, industry } of due) {
      if (!routing.has(c.regionId)) routing.set(c.regionId, (await loadCaseRegion(tx, c.regionId)).settings.mediator);
      const later = await consumerMessages(tx, c.regionId, c.id);
      const a = mediator.analyze(analysisInput(c, industry, later, now, routing.get(c.regionId)));
      await saveAnalysis(tx, {
        caseId: c.id,
        regionId: c.regionId,
        version: a.version,
        category: a.category,
        route: a.route,
        analysis: a as unknown as Record<string, unknown>,
        analysedAt: now,
      });
      await autoResolve({ tx, deps, actor: SYSTEM, role: 'system', now }, c, a);
    }
    return due.length;
  });
}
