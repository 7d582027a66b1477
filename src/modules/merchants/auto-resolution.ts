// Merchants' auto-resolution policies: set, list, disable (its staff, or the regulator of its region), and
// the one rule that decides whether a policy covers a case — pure, so the cases module applies it and
// tests can check every condition.
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { type Actor, actorId } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import {
  type AutoResolutionPolicyRow,
  disablePolicy,
  insertPolicy,
  listPolicies,
} from './auto-resolution.repository.js';
import type { AutoOffer } from './merchants.schema.js';
import { resolveMerchant } from './resolve-merchant.js';

export type { AutoResolutionPolicyRow } from './auto-resolution.repository.js';

export type PolicyInput = {
  name: string;
  categories: string[];
  maxAmountMinor: number;
  verifiedOnly: boolean;
  withinDays?: number | undefined;
  offer: AutoOffer;
  message?: string | undefined;
};

export async function setAutoResolutionPolicy(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; input: PolicyInput },
): Promise<AutoResolutionPolicyRow> {
  const m = await resolveMerchant(deps.database.db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: m.regionId, merchantId: m.id });
  const now = deps.clock.now();
  return insertPolicy(deps.database.db, {
    id: uuidv7(now.getTime()),
    regionId: m.regionId,
    merchantId: m.id,
    name: opts.input.name,
    categories: opts.input.categories,
    maxAmountMinor: opts.input.maxAmountMinor,
    verifiedOnly: opts.input.verifiedOnly,
    withinDays: opts.input.withinDays ?? null,
    offer: opts.input.offer,
    message: opts.input.message ?? '',
    createdAt: now,
    createdBy: actorId(opts.actor),
  });
}

export async function listAutoResolutionPolicies(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; activeOnly: boolean },
): Promise<AutoResolutionPolicyRow[]> {
  const m = await resolveMerchant(deps.database.db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: m.regionId, merchantId: m.id });
  return listPolicies(deps.database.db, m.regionId, m.id, { activeOnly: opts.activeOnly });
}

export async function disableAutoResolutionPolicy(
  deps: AppDeps,
  opts: { merchantId: string; policyId: string; actor: Actor },
): Promise<AutoResolutionPolicyRow> {
  const m = await resolveMerchant(deps.database.db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: m.regionId, merchantId: m.id });
  const row = await disablePolicy(deps.database.db, m.regionId, m.id, opts.policyId, deps.clock.now());
  if (!row) throw new AppError('NOT_FOUND', { policyId: opts.policyId });
  return row;
}

/** The facts of a case a policy is checked against. */
export type PolicyCase = {
  category: string;
  /** The mediator sends injuries, fraud allegations and unclear cases to people: never automatic. */
  route: 'auto' | 'merchant' | 'human';
  verified: boolean;
  amountMinor: number | null;
  paidAt: Date | null;
  now: Date;
};

/** The first active policy that covers the case, or null. Every condition must hold; unknown facts fail. */
export function matchPolicy(
  policies: readonly AutoResolutionPolicyRow[],
  c: PolicyCase,
): AutoResolutionPolicyRow | null {
  if (c.route === 'human' || c.amountMinor === null) return null;
  for (const p of policies) {
    if (p.disabledAt) continue;
    if (!p.categories.includes(c.category)) continue;
    if (p.verifiedOnly && !c.verified) continue;
    if (c.amountMinor > p.maxAmountMinor) continue;
    if (p.withinDays !== null) {
      if (!c.paidAt || c.now.getTime() - c.paidAt.getTime() > p.withinDays * 86_400_000) continue;
    }
    return p;
  }
  return null;
}
