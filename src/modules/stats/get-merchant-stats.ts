import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { CATEGORIES } from '../../mediator/index.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { getMerchantById, listStores } from '../merchants/index.js';
import { getRegionById } from '../regions/index.js';
import type { MerchantStatsView } from './stats.contracts.js';
import { largestFirst, presentMerchantMeasures } from './stats.present.js';
import { acceptedMoney, caseMeasures, type Dimension, dailyFiledSettled, type StatsScope } from './stats.repository.js';
import { resolveWindow } from './stats.window.js';

/** A merchant looks back a quarter by default: its volumes are small, a month says little. */
export const MERCHANT_DEFAULT_DAYS = 90;
const DIMS: readonly Dimension[] = ['status', 'category', 'store'];

/**
 * A merchant's own figures over the cases filed against it in [from, to] (local days of its region): the same
 * measures as the region dashboard plus settlement within the deadline and ratings, per status, per dispute
 * category and per store, with a daily series. Definitions in docs/stats.md.
 */
export async function getMerchantStats(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; from?: string; to?: string },
): Promise<MerchantStatsView> {
  const db = deps.database.db;
  const merchant = await getMerchantById(db, opts.merchantId);
  if (!merchant) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: opts.merchantId });
  // Whoever sees every case against the merchant (a mediator sees only their organisation's, so not these).
  authorize(opts.actor, 'merchant.stats.read', { regionId: merchant.regionId, merchantId: merchant.id });
  const region = await getRegionById(db, merchant.regionId);
  if (!region) throw new AppError('REGION_NOT_FOUND', { regionId: merchant.regionId });

  const now = deps.clock.now();
  const window = await resolveWindow(deps, {
    timeZone: region.timeZone,
    from: opts.from,
    to: opts.to,
    defaultDays: MERCHANT_DEFAULT_DAYS,
  });
  const scope: StatsScope = { regionId: merchant.regionId, orgId: null, merchantId: merchant.id };
  const [measures, money, daily, stores] = await Promise.all([
    caseMeasures(db, scope, window, now, DIMS),
    acceptedMoney(db, scope, window, DIMS),
    dailyFiledSettled(db, scope, window),
    listStores(db, merchant.regionId, merchant.id),
  ]);
  const moneyOf = (dim: Dimension, key: string | null) => (money.by[dim] ?? []).filter((m) => m.key === key);
  const storeNames = new Map(stores.map((s) => [s.id, s.name]));
  const categoryNames = new Map(CATEGORIES.map((c) => [c.code as string, c.name]));

  return {
    merchant: { id: merchant.id, legalName: merchant.legalName, tradeName: merchant.tradeName },
    region: { code: region.code, timeZone: region.timeZone },
    range: { from: window.from, to: window.to, since: window.since.toISOString(), until: window.until.toISOString() },
    asOf: now.toISOString(),
    totals: presentMerchantMeasures(measures.totals[0], money.totals),
    byStatus: (measures.by.status ?? [])
      .map((r) => ({ status: r.key ?? 'unknown', filed: r.filed }))
      .sort(largestFirst((x) => x.status)),
    byCategory: (measures.by.category ?? [])
      .map((r) => ({
        category: r.key,
        name: r.key ? (categoryNames.get(r.key) ?? null) : null,
        ...presentMerchantMeasures(r, moneyOf('category', r.key)),
      }))
      .sort(largestFirst((x) => x.category)),
    byStore: (measures.by.store ?? [])
      .map((r) => ({
        storeId: r.key,
        name: r.key ? (storeNames.get(r.key) ?? null) : null,
        ...presentMerchantMeasures(r, moneyOf('store', r.key)),
      }))
      .sort(largestFirst((x) => x.name)),
    daily,
  };
}
