// The public module's reads: figures about a merchant's complaints, computed from the case tables.
// Aggregates only — no row, name, phone or text of any complaint leaves this file.
import { and, eq, gte, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseDeadlines, cases } from '../cases/cases.schema.js';

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

/** Figures over the cases filed against a merchant in [since, until). */
export async function merchantCaseFigures(
  db: Db,
  regionId: string,
  merchantId: string,
  window: { since: Date; until: Date },
): Promise<MerchantCaseFigures> {
  const scope = and(
    eq(cases.regionId, regionId),
    eq(cases.merchantId, merchantId),
    gte(cases.filedAt, window.since),
    lt(cases.filedAt, window.until),
    notInArray(cases.status, [...NOT_COUNTED]),
  );
  const [totals] = await db
    .select({
      filed: sql<number>`count(*)::int`.mapWith(Number),
      settled: sql<number>`(count(*) filter (where ${cases.settledAt} is not null))::int`.mapWith(Number),
      medianResponseMs: sql<number | null>`percentile_cont(0.5) within group (order by ${cases.responseMs})`,
    })
    .from(cases)
    .where(scope);
  const until = window.until.toISOString();
  const [response] = await db
    .select({
      due: sql<number>`(count(*) filter (where ${caseDeadlines.status} in ('met', 'missed')
        or (${caseDeadlines.status} = 'active' and ${caseDeadlines.dueAt} < ${until})))::int`.mapWith(Number),
      inTime: sql<number>`(count(*) filter (where ${caseDeadlines.status} = 'met'
        and ${caseDeadlines.endedAt} <= ${caseDeadlines.dueAt}))::int`.mapWith(Number),
    })
    .from(caseDeadlines)
    .innerJoin(cases, and(eq(cases.regionId, caseDeadlines.regionId), eq(cases.id, caseDeadlines.caseId)))
    .where(and(scope, eq(caseDeadlines.regionId, regionId), eq(caseDeadlines.kind, 'merchant_response')));
  const median = totals?.medianResponseMs;
  return {
    filed: totals?.filed ?? 0,
    settled: totals?.settled ?? 0,
    responseDue: response?.due ?? 0,
    respondedInTime: response?.inTime ?? 0,
    medianResponseMs: median === null || median === undefined ? null : Number(median),
  };
}
