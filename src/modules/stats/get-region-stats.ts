import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize, caseVisibility } from '../identity/policy.js';
import { INDUSTRY_NAMES, type Industry } from '../merchants/index.js';
import { districtsById } from '../regions/index.js';
import type { Measures, RegionStatsView } from './stats.contracts.js';
import {
  acceptedMoney,
  type CaseMeasureRow,
  caseMeasures,
  dailyFiledSettled,
  localDayBounds,
  type MoneyRow,
  type StatsScope,
  type StatsWindow,
} from './stats.repository.js';

/** The longest window one request may ask for (a year and a day, for leap years). */
export const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;
const HOUR_MS = 3_600_000;

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
  const to = opts.to ?? localDate(now, opts.timeZone);
  const from = opts.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw new AppError('VALIDATION_FAILED', { from, to, reason: 'from must not be after to' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_DAYS) throw new AppError('VALIDATION_FAILED', { from, to, reason: `at most ${MAX_DAYS} days` });

  const db = deps.database.db;
  const bounds = await localDayBounds(db, opts.timeZone, from, to);
  const window: StatsWindow = { ...bounds, from, to, timeZone: opts.timeZone };
  const [measures, money, daily, districts] = await Promise.all([
    caseMeasures(db, scope, window, now),
    acceptedMoney(db, scope, window),
    dailyFiledSettled(db, scope, window),
    districtsById(db, opts.regionId),
  ]);

  const totalsRow = measures.totals[0];
  return {
    region: { code: opts.regionCode, timeZone: opts.timeZone },
    range: { from, to, since: window.since.toISOString(), until: window.until.toISOString() },
    scope: scope.orgId ? 'org' : 'region',
    asOf: now.toISOString(),
    totals: present(totalsRow, money.totals),
    byDistrict: measures.byDistrict
      .map((r) => {
        const d = r.districtId ? districts.get(r.districtId) : undefined;
        return {
          districtId: r.districtId,
          code: d?.code ?? null,
          name: d?.name ?? null,
          ...present(
            r,
            money.byDistrict.filter((m) => m.districtId === r.districtId),
          ),
        };
      })
      .sort((a, b) => b.filed - a.filed || (a.code ?? '~').localeCompare(b.code ?? '~')),
    byIndustry: measures.byIndustry
      .map((r) => ({
        industry: r.industry,
        name: r.industry ? (INDUSTRY_NAMES[r.industry as Industry] ?? null) : null,
        ...present(
          r,
          money.byIndustry.filter((m) => m.industry === r.industry),
        ),
      }))
      .sort((a, b) => b.filed - a.filed || (a.industry ?? '~').localeCompare(b.industry ?? '~')),
    daily,
  };
}

/** One row of measures as the API shows it: rates and hours derived here, from the counts and milliseconds. */
function present(r: CaseMeasureRow | undefined, money: MoneyRow[]): Measures {
  const filed = r?.filed ?? 0;
  const responseDue = r?.responseDue ?? 0;
  const respondedInTime = r?.respondedInTime ?? 0;
  return {
    filed,
    open: r?.open ?? 0,
    settled: r?.settled ?? 0,
    closed: r?.closed ?? 0,
    escalated: r?.escalated ?? 0,
    withdrawn: r?.withdrawn ?? 0,
    rejected: r?.rejected ?? 0,
    transferred: r?.transferred ?? 0,
    resolutionRate: filed === 0 ? null : ratio((r?.settled ?? 0) / filed),
    responseDue,
    respondedInTime,
    respondedInTimeRate: responseDue === 0 ? null : ratio(respondedInTime / responseDue),
    firstResponseHours: { median: hours(r?.responseP50Ms), p90: hours(r?.responseP90Ms) },
    settlementHours: { median: hours(r?.resolutionP50Ms), p90: hours(r?.resolutionP90Ms) },
    overdueNow: r?.overdueNow ?? 0,
    money: money
      .map((m) => ({ currency: m.currency, refundMinor: m.refundMinor, compensationMinor: m.compensationMinor }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

/** Rates to four decimals (0.6667), hours to two: enough for a chart, stable in tests. */
const ratio = (x: number) => Math.round(x * 10_000) / 10_000;
const hours = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : Math.round((ms / HOUR_MS) * 100) / 100;

/** The calendar date of `at` in `timeZone`, as YYYY-MM-DD. */
function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
