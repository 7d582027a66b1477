// The public module's reads: figures about a merchant's complaints, from the statistics module's aggregates.
// Aggregates only — no row, name, phone or text of any complaint leaves this file.
import type { Db } from '../../db/client.js';
import { caseMeasures } from '../stats/stats.repository.js';

/** Not the merchant's complaints after all: out of scope or duplicates, or moved to another city. */
const NOT_COUNTED = ['rejected', 'transferred'] as const;

export type MerchantCaseFigures = {
  filed: number;
  settled: number;
  /** Merchant-response deadlines that are decided: met, missed, or past due and still open (the sweep lags). */
  responseDue: number;
  /** Of those, answered by the due time. */
  respondedInTime: number;
  /** Median of the time to first response, net of time waiting on the consumer; null when none answered. */
  medianResponseMs: number | null;
};

/**
 * Figures over the cases filed against a merchant in [since, until): the statistics module's measures (one
 * definition of "settled", "answered in time" and the response time, as on the merchant's own figures page),
 * less the complaints that were not the merchant's after all.
 */
export async function merchantCaseFigures(
  db: Db,
  regionId: string,
  merchantId: string,
  window: { since: Date; until: Date },
): Promise<MerchantCaseFigures> {
  const { totals } = await caseMeasures(
    db,
    { regionId, orgId: null, merchantId, excludeStatuses: NOT_COUNTED },
    window,
    window.until,
    [],
  );
  const t = totals[0];
  return {
    filed: t?.filed ?? 0,
    settled: t?.settled ?? 0,
    responseDue: t?.responseDue ?? 0,
    respondedInTime: t?.respondedInTime ?? 0,
    medianResponseMs: t?.responseP50Ms ?? null,
  };
}
