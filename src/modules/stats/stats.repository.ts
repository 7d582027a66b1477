// The dashboard's reads: aggregates over the case tables, computed in SQL. Every query is scoped by region_id
// (the leading column of the case indexes) and bounded by the filing window; no case row leaves the database.
// Counts are cast to int in SQL and sums to bigint, then passed through Number(): node-postgres and PGlite
// return bigint and numeric differently (see db/client.ts), so nothing here relies on the driver's choice.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';

/** Which cases of the region count: all, or those assigned to one organisation (a mediator's own). */
export type StatsScope = { regionId: string; orgId: string | null };
/** [since, until) in UTC, and the same days as local dates in the region's time zone (for the daily series). */
export type StatsWindow = { since: Date; until: Date; from: string; to: string; timeZone: string };

export type CaseMeasureRow = {
  districtId: string | null;
  industry: string | null;
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
};
export type MoneyRow = {
  districtId: string | null;
  industry: string | null;
  currency: string;
  refundMinor: number;
  compensationMinor: number;
};
/** Which grouping a row belongs to: the whole scope, one district, or one industry. */
export type Grouped<T> = { totals: T[]; byDistrict: T[]; byIndustry: T[] };

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

function caseFilter(scope: StatsScope, w: StatsWindow): SQL {
  const org = scope.orgId ? sql` and c.assigned_org_id = ${scope.orgId}::uuid` : sql``;
  return sql`c.region_id = ${scope.regionId}::uuid
    and c.filed_at >= ${w.since.toISOString()}::timestamptz and c.filed_at < ${w.until.toISOString()}::timestamptz${org}`;
}

/**
 * GROUPING(district_id, industry) tells the grouping sets apart (a null district or industry is a real group:
 * cases with none): 3 = neither grouped (totals), 1 = by district, 2 = by industry.
 */
function split<T extends { g: number }>(rows: T[]): Grouped<Omit<T, 'g'>> {
  const out: Grouped<Omit<T, 'g'>> = { totals: [], byDistrict: [], byIndustry: [] };
  for (const { g, ...rest } of rows) {
    if (Number(g) === 3) out.totals.push(rest);
    else if (Number(g) === 1) out.byDistrict.push(rest);
    else if (Number(g) === 2) out.byIndustry.push(rest);
  }
  return out;
}

/** Case measures for the scope, per district and per industry, in one pass over the window's cases. */
export async function caseMeasures(
  db: Db,
  scope: StatsScope,
  w: StatsWindow,
  now: Date,
): Promise<Grouped<CaseMeasureRow>> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select
        grouping(c.district_id, m.industry)::int as g,
        c.district_id, m.industry,
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
        (count(*) filter (where r.overdue))::int as overdue_now
      from cases c
      left join merchants m on m.region_id = c.region_id and m.id = c.merchant_id
      left join lateral (
        select
          coalesce(bool_or(d.kind = 'merchant_response'
            and (d.status in ('met', 'missed') or (d.status = 'active' and d.due_at < ${at}))), false) as response_due,
          coalesce(bool_or(d.kind = 'merchant_response' and d.status = 'met' and d.ended_at <= d.due_at), false)
            as responded_in_time,
          coalesce(bool_or(d.status = 'active' and d.due_at < ${at}), false) as overdue
        from case_deadlines d
        where d.region_id = c.region_id and d.case_id = c.id
      ) r on true
      where ${caseFilter(scope, w)}
      group by grouping sets ((), (c.district_id), (m.industry))`),
  );
  return split(
    rows.map((r) => ({
      g: num(r.g),
      districtId: (r.district_id as string | null) ?? null,
      industry: (r.industry as string | null) ?? null,
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
    })),
  );
}

/** Refund and compensation terms of accepted offers on the window's cases, per currency (and district, industry). */
export async function acceptedMoney(db: Db, scope: StatsScope, w: StatsWindow): Promise<Grouped<MoneyRow>> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select
        grouping(c.district_id, m.industry)::int as g,
        c.district_id, m.industry, o.currency,
        coalesce(sum((t.term ->> 'amountMinor')::numeric) filter (where t.term ->> 'kind' = 'refund'), 0)::bigint as refund,
        coalesce(sum((t.term ->> 'amountMinor')::numeric) filter (where t.term ->> 'kind' = 'compensation'), 0)::bigint
          as compensation
      from offers o
      join cases c on c.region_id = o.region_id and c.id = o.case_id
      left join merchants m on m.region_id = c.region_id and m.id = c.merchant_id
      cross join lateral jsonb_array_elements(o.terms) as t(term)
      where o.region_id = ${scope.regionId}::uuid and o.status = 'accepted'
        and t.term ->> 'kind' in ('refund', 'compensation') and ${caseFilter(scope, w)}
      group by grouping sets ((o.currency), (c.district_id, o.currency), (m.industry, o.currency))
      order by o.currency`),
  );
  return split(
    rows.map((r) => ({
      g: num(r.g),
      districtId: (r.district_id as string | null) ?? null,
      industry: (r.industry as string | null) ?? null,
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
  const org = scope.orgId ? sql` and c.assigned_org_id = ${scope.orgId}::uuid` : sql``;
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
        where c.region_id = ${scope.regionId}::uuid and c.settled_at >= ${since} and c.settled_at < ${until}${org}
        group by 1
      )
      select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(f.n, 0)::int as filed, coalesce(s.n, 0)::int as settled
      from days left join f on f.day = days.day left join s on s.day = days.day
      order by days.day`),
  );
  return rows.map((r) => ({ day: String(r.day), filed: num(r.filed), settled: num(r.settled) }));
}
