// The dashboard's reads: aggregates over the case tables, computed in SQL. Every query is scoped by region_id
// (the leading column of the case indexes) and bounded by the filing window; no case row leaves the database.
// Counts are cast to int in SQL and sums to bigint, then passed through Number(): node-postgres and PGlite
// return bigint and numeric differently (see db/client.ts), so nothing here relies on the driver's choice.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';

/**
 * Which cases of the region count: all, those assigned to one organisation (a mediator's own), or those against
 * one merchant (the merchant's own figures); less any in `excludeStatuses` (the public store figures leave out
 * complaints that were not the merchant's after all).
 */
export type StatsScope = {
  regionId: string;
  orgId: string | null;
  merchantId?: string | null;
  excludeStatuses?: readonly string[];
};
/** [since, until) in UTC, and the same days as local dates in the region's time zone (for the daily series). */
export type StatsWindow = { since: Date; until: Date; from: string; to: string; timeZone: string };

/**
 * What a breakdown groups by: the case's district, store or status, the merchant's industry, or the AI mediator's
 * category of the case (case_analyses.category; null before the case is analysed).
 */
const DIMENSIONS = {
  district: sql.raw('c.district_id'),
  industry: sql.raw('m.industry'),
  store: sql.raw('c.store_id'),
  category: sql.raw('a.category'),
  status: sql.raw('c.status'),
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export type CaseMeasureRow = {
  /** The value of the dimension this row is grouped by (null: cases with none); null for the totals too. */
  key: string | null;
  filed: number;
  open: number;
  settled: number;
  closed: number;
  escalated: number;
  withdrawn: number;
  rejected: number;
  transferred: number;
  responseDue: number;
  respondedInTime: number;
  responseP50Ms: number | null;
  responseP90Ms: number | null;
  resolutionP50Ms: number | null;
  resolutionP90Ms: number | null;
  overdueNow: number;
  /** Resolution deadlines (7 days by default) that are decided, and of those met by the due time. */
  resolutionDue: number;
  resolvedInTime: number;
  /** Consumers' ratings (1–5): how many of each score, index 0 = 1 star; and their mean (null when none). */
  ratingCounts: [number, number, number, number, number];
  ratingMean: number | null;
};
export type MoneyRow = {
  key: string | null;
  currency: string;
  refundMinor: number;
  compensationMinor: number;
};
/** Rows for the whole scope, and for each dimension asked for, one row per value of it. */
export type Grouped<T> = { totals: T[]; by: Partial<Record<Dimension, T[]>> };

const OPEN = sql.raw(
  `('filed','awaiting_response','negotiating','in_mediation','regulator_review','regulator_mediation')`,
);
// Reached a settlement and did not fall back into dispute: docs/stats.md, "settled".
const SETTLED = sql.raw(`(c.status in ('settled','fulfilled') or (c.status = 'closed' and c.settled_at is not null))`);

const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The UTC instants at which local days `from` (inclusive) and the day after `to` begin, in `timeZone`. */
export async function localDayBounds(
  db: Db,
  timeZone: string,
  from: string,
  to: string,
): Promise<{ since: Date; until: Date }> {
  const [row] = rowsOf<{ since: string; until: string }>(
    await db.execute(sql`select
      to_char((${from}::date)::timestamp at time zone ${timeZone}::text at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as since,
      to_char(((${to}::date) + 1)::timestamp at time zone ${timeZone}::text at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as until`),
  );
  return { since: new Date(String(row?.since)), until: new Date(String(row?.until)) };
}

/** The scope's cases, whenever filed. */
function scopeFilter(scope: StatsScope): SQL {
  const org = scope.orgId ? sql` and c.assigned_org_id = ${scope.orgId}::uuid` : sql``;
  const merchant = scope.merchantId ? sql` and c.merchant_id = ${scope.merchantId}::uuid` : sql``;
  const excluded = scope.excludeStatuses?.length
    ? sql` and c.status not in (${sql.join(
        scope.excludeStatuses.map((x) => sql`${x}`),
        sql`, `,
      )})`
    : sql``;
  return sql`c.region_id = ${scope.regionId}::uuid${org}${merchant}${excluded}`;
}

/** The cohort: the scope's cases filed in the window. */
function caseFilter(scope: StatsScope, w: Pick<StatsWindow, 'since' | 'until'>): SQL {
  return sql`${scopeFilter(scope)}
    and c.filed_at >= ${w.since.toISOString()}::timestamptz and c.filed_at < ${w.until.toISOString()}::timestamptz`;
}

/**
 * The select-list pieces that group rows by `dims` (plus `also`, grouped in every set): GROUPING(dims…) tells
 * the sets apart — a null key is a real group (cases with none), so the key alone cannot. The key is cast to
 * text so every dimension comes back the same way.
 */
function groupingOf(dims: readonly Dimension[], also: SQL[] = []) {
  const cols = dims.map((d) => DIMENSIONS[d]);
  const sets = [sql`(${sql.join(also, sql`, `)})`, ...cols.map((c) => sql`(${sql.join([c, ...also], sql`, `)})`)];
  const key =
    dims.length === 0
      ? sql`null::text`
      : sql`coalesce(${sql.join(
          cols.map((c) => sql`case when grouping(${c}) = 0 then ${c}::text end`),
          sql`, `,
        )})`;
  const g = dims.length === 0 ? sql`0` : sql`grouping(${sql.join(cols, sql`, `)})`;
  return { g: sql`${g}::int as g, ${key} as key`, sets: sql`grouping sets (${sql.join(sets, sql`, `)})` };
}

/**
 * GROUPING(d0 … dn-1) has bit n-1-i set when dimension i is not grouped: all bits set is the totals row, all but
 * bit n-1-i is the row of dimension i.
 */
function split<T extends { g: number }>(dims: readonly Dimension[], rows: T[]): Grouped<Omit<T, 'g'>> {
  const n = dims.length;
  const all = (1 << n) - 1;
  const out: Grouped<Omit<T, 'g'>> = { totals: [], by: Object.fromEntries(dims.map((d) => [d, []])) };
  for (const { g, ...rest } of rows) {
    const bits = Number(g);
    if (bits === all) out.totals.push(rest);
    else {
      const i = dims.findIndex((_, j) => bits === all - (1 << (n - 1 - j)));
      if (i >= 0) out.by[dims[i]!]!.push(rest);
    }
  }
  return out;
}

/** Case measures for the scope, and per value of each of `dims`, in one pass over the window's cases. */
export async function caseMeasures(
  db: Db,
  scope: StatsScope,
  w: Pick<StatsWindow, 'since' | 'until'>,
  now: Date,
  dims: readonly Dimension[],
): Promise<Grouped<CaseMeasureRow>> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const grouping = groupingOf(dims);
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select
        ${grouping.g},
        count(*)::int as filed,
        (count(*) filter (where c.status in ${OPEN}))::int as open,
        (count(*) filter (where ${SETTLED}))::int as settled,
        (count(*) filter (where c.status = 'closed'))::int as closed,
        (count(*) filter (where c.tier <> 'merchant'))::int as escalated,
        (count(*) filter (where c.status = 'withdrawn'))::int as withdrawn,
        (count(*) filter (where c.status = 'rejected'))::int as rejected,
        (count(*) filter (where c.status = 'transferred'))::int as transferred,
        (count(*) filter (where r.response_due))::int as response_due,
        (count(*) filter (where r.responded_in_time))::int as responded_in_time,
        percentile_cont(0.5) within group (order by c.response_ms)::float8 as response_p50,
        percentile_cont(0.9) within group (order by c.response_ms)::float8 as response_p90,
        percentile_cont(0.5) within group (order by c.resolution_ms)::float8 as resolution_p50,
        percentile_cont(0.9) within group (order by c.resolution_ms)::float8 as resolution_p90,
        (count(*) filter (where r.overdue))::int as overdue_now,
        (count(*) filter (where r.resolution_due))::int as resolution_due,
        (count(*) filter (where r.resolved_in_time))::int as resolved_in_time,
        (count(*) filter (where c.rating = 1))::int as rating_1,
        (count(*) filter (where c.rating = 2))::int as rating_2,
        (count(*) filter (where c.rating = 3))::int as rating_3,
        (count(*) filter (where c.rating = 4))::int as rating_4,
        (count(*) filter (where c.rating = 5))::int as rating_5,
        avg(c.rating)::float8 as rating_mean
      from cases c
      left join merchants m on m.region_id = c.region_id and m.id = c.merchant_id
      left join case_analyses a on a.region_id = c.region_id and a.case_id = c.id
      left join lateral (
        select
          coalesce(bool_or(d.kind = 'merchant_response'
            and (d.status in ('met', 'missed') or (d.status = 'active' and d.due_at < ${at}))), false) as response_due,
          coalesce(bool_or(d.kind = 'merchant_response' and d.status = 'met' and d.ended_at <= d.due_at), false)
            as responded_in_time,
          coalesce(bool_or(d.status = 'active' and d.due_at < ${at}), false) as overdue,
          coalesce(bool_or(d.kind = 'resolution'
            and (d.status in ('met', 'missed') or (d.status = 'active' and d.due_at < ${at}))), false) as resolution_due,
          coalesce(bool_or(d.kind = 'resolution' and d.status = 'met' and d.ended_at <= d.due_at), false)
            as resolved_in_time
        from case_deadlines d
        where d.region_id = c.region_id and d.case_id = c.id
      ) r on true
      where ${caseFilter(scope, w)}
      group by ${grouping.sets}`),
  );
  return split(
    dims,
    rows.map((r): CaseMeasureRow & { g: number } => ({
      g: num(r.g),
      key: (r.key as string | null) ?? null,
      filed: num(r.filed),
      open: num(r.open),
      settled: num(r.settled),
      closed: num(r.closed),
      escalated: num(r.escalated),
      withdrawn: num(r.withdrawn),
      rejected: num(r.rejected),
      transferred: num(r.transferred),
      responseDue: num(r.response_due),
      respondedInTime: num(r.responded_in_time),
      responseP50Ms: numOrNull(r.response_p50),
      responseP90Ms: numOrNull(r.response_p90),
      resolutionP50Ms: numOrNull(r.resolution_p50),
      resolutionP90Ms: numOrNull(r.resolution_p90),
      overdueNow: num(r.overdue_now),
      resolutionDue: num(r.resolution_due),
      resolvedInTime: num(r.resolved_in_time),
      ratingCounts: [num(r.rating_1), num(r.rating_2), num(r.rating_3), num(r.rating_4), num(r.rating_5)],
      ratingMean: numOrNull(r.rating_mean),
    })),
  );
}

/** Refund and compensation terms of accepted offers on the window's cases, per currency (and per value of `dims`). */
export async function acceptedMoney(
  db: Db,
  scope: StatsScope,
  w: StatsWindow,
  dims: readonly Dimension[],
): Promise<Grouped<MoneyRow>> {
  const grouping = groupingOf(dims, [sql.raw('o.currency')]);
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select
        ${grouping.g}, o.currency,
        coalesce(sum((t.term ->> 'amountMinor')::numeric) filter (where t.term ->> 'kind' = 'refund'), 0)::bigint as refund,
        coalesce(sum((t.term ->> 'amountMinor')::numeric) filter (where t.term ->> 'kind' = 'compensation'), 0)::bigint
          as compensation
      from offers o
      join cases c on c.region_id = o.region_id and c.id = o.case_id
      left join merchants m on m.region_id = c.region_id and m.id = c.merchant_id
      left join case_analyses a on a.region_id = c.region_id and a.case_id = c.id
      cross join lateral jsonb_array_elements(o.terms) as t(term)
      where o.region_id = ${scope.regionId}::uuid and o.status = 'accepted'
        and t.term ->> 'kind' in ('refund', 'compensation') and ${caseFilter(scope, w)}
      group by ${grouping.sets}
      order by o.currency`),
  );
  return split(
    dims,
    rows.map((r) => ({
      g: num(r.g),
      key: (r.key as string | null) ?? null,
      currency: String(r.currency),
      refundMinor: num(r.refund),
      compensationMinor: num(r.compensation),
    })),
  );
}

/** Per local day of the window: cases filed that day, and cases that reached a settlement that day. */
export async function dailyFiledSettled(
  db: Db,
  scope: StatsScope,
  w: StatsWindow,
): Promise<{ day: string; filed: number; settled: number }[]> {
  const tz = sql`${w.timeZone}::text`;
  const since = sql`${w.since.toISOString()}::timestamptz`;
  const until = sql`${w.until.toISOString()}::timestamptz`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`with days as (
        select generate_series(${w.from}::date, ${w.to}::date, interval '1 day')::date as day
      ), f as (
        select (c.filed_at at time zone ${tz})::date as day, count(*)::int as n
        from cases c where ${caseFilter(scope, w)} group by 1
      ), s as (
        select (c.settled_at at time zone ${tz})::date as day, count(*)::int as n
        from cases c
        where ${scopeFilter(scope)} and c.settled_at >= ${since} and c.settled_at < ${until}
        group by 1
      )
      select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(f.n, 0)::int as filed, coalesce(s.n, 0)::int as settled
      from days left join f on f.day = days.day left join s on s.day = days.day
      order by days.day`),
  );
  return rows.map((r) => ({ day: String(r.day), filed: num(r.filed), settled: num(r.settled) }));
}
