// Rows of measures as the API shows them: rates and hours derived here, from the counts and milliseconds the
// repository returns, so the region dashboard and a merchant's figures derive every figure the same way.
import type { Measures, MerchantMeasures } from './stats.contracts.js';
import type { CaseMeasureRow, MoneyRow } from './stats.repository.js';

const HOUR_MS = 3_600_000;

/** Rates to four decimals (0.6667), hours and means to two: enough for a chart, stable in tests. */
export const ratio = (x: number) => Math.round(x * 10_000) / 10_000;
const hours = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : Math.round((ms / HOUR_MS) * 100) / 100;

/** The measures of one row (a missing row is a group with no case). */
export function presentMeasures(r: CaseMeasureRow | undefined, money: MoneyRow[]): Measures {
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

/** The region's measures plus what a merchant is judged on: settled within the resolution deadline, and ratings. */
export function presentMerchantMeasures(r: CaseMeasureRow | undefined, money: MoneyRow[]): MerchantMeasures {
  const resolutionDue = r?.resolutionDue ?? 0;
  const resolvedInTime = r?.resolvedInTime ?? 0;
  const counts = r?.ratingCounts ?? [0, 0, 0, 0, 0];
  return {
    ...presentMeasures(r, money),
    resolutionDue,
    settledInTime: resolvedInTime,
    settledInTimeRate: resolutionDue === 0 ? null : ratio(resolvedInTime / resolutionDue),
    ratings: {
      count: counts.reduce((a, b) => a + b, 0),
      mean: r?.ratingMean === null || r?.ratingMean === undefined ? null : Math.round(r.ratingMean * 100) / 100,
      byScore: counts,
    },
  };
}

/**
 * Breakdown order: most cases first, then by `label`, the group with no value (null) last. ('~' as a stand-in
 * for null does not sort last under localeCompare: ICU puts punctuation before letters.)
 */
export function largestFirst<T extends { filed: number }>(label: (x: T) => string | null) {
  return (a: T, b: T): number => {
    if (b.filed !== a.filed) return b.filed - a.filed;
    const la = label(a);
    const lb = label(b);
    if (la === null || lb === null) return la === lb ? 0 : la === null ? 1 : -1;
    return la.localeCompare(lb);
  };
}
