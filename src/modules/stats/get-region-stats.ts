import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { authorize, caseVisibility } from '../identity/policy.js';
import { INDUSTRY_NAMES, type Industry } from '../merchants/index.js';
import { districtsById } from '../regions/index.js';
import type { RegionStatsView } from './stats.contracts.js';
import { largestFirst, presentMeasures } from './stats.present.js';
import { acceptedMoney, caseMeasures, type Dimension, dailyFiledSettled, type StatsScope } from './stats.repository.js';
import { resolveWindow } from './stats.window.js';

const DEFAULT_DAYS = 30;
const DIMS: readonly Dimension[] = ['district', 'industry'];

/**
 * The region dashboard: volumes, resolution rate, time to respond and to settle, overdue cases and money, for
 * cases filed in [from, to] (local days of the region), overall, per district and per industry, with a daily
 * series. Definitions in docs/stats.md.
 */
export async function getRegionStats(
  deps: AppDeps,
  opts: { regionId: string; regionCode: string; timeZone: string; actor: Actor; from?: string; to?: string },
): Promise<RegionStatsView> {
  authorize(opts.actor, 'stats.read', { regionId: opts.regionId });
  const visibility = caseVisibility(opts.actor);
  // stats.read admits regulators and mediators of the region and the platform; a mediator sees their organisation's.
  const scope: StatsScope = { regionId: opts.regionId, orgId: visibility.kind === 'org' ? visibility.orgId : null };

  const now = deps.clock.now();
  const window = await resolveWindow(deps, {
    timeZone: opts.timeZone,
    from: opts.from,
    to: opts.to,
    defaultDays: DEFAULT_DAYS,
  });
  const db = deps.database.db;
  const [measures, money, daily, districts] = await Promise.all([
    caseMeasures(db, scope, window, now, DIMS),
    acceptedMoney(db, scope, window, DIMS),
    dailyFiledSettled(db, scope, window),
    districtsById(db, opts.regionId),
  ]);
  const moneyOf = (dim: Dimension, key: string | null) => (money.by[dim] ?? []).filter((m) => m.key === key);

  return {
    region: { code: opts.regionCode, timeZone: opts.timeZone },
    range: { from: window.from, to: window.to, since: window.since.toISOString(), until: window.until.toISOString() },
    scope: scope.orgId ? 'org' : 'region',
    asOf: now.toISOString(),
    totals: presentMeasures(measures.totals[0], money.totals),
    byDistrict: (measures.by.district ?? [])
      .map((r) => {
        const d = r.key ? districts.get(r.key) : undefined;
        return {
          districtId: r.key,
          code: d?.code ?? null,
          name: d?.name ?? null,
          ...presentMeasures(r, moneyOf('district', r.key)),
        };
      })
      .sort(largestFirst((x) => x.code)),
    byIndustry: (measures.by.industry ?? [])
      .map((r) => ({
        industry: r.key,
        name: r.key ? (INDUSTRY_NAMES[r.key as Industry] ?? null) : null,
        ...presentMeasures(r, moneyOf('industry', r.key)),
      }))
      .sort(largestFirst((x) => x.industry)),
    daily,
  };
}
