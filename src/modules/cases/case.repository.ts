// The only place that reads and writes the case tables. Every function takes the region id.
import { and, asc, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf, sqlState } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { CaseVisibility } from '../identity/policy.js';
import type { DeadlineKind, OpenDeadline } from './case.deadlines.js';
import type { CaseStatus } from './case.machine.js';
import { caseAccessTokens, caseDeadlines, caseMessages, cases, deadlineMisses, offers } from './cases.schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type OfferRow = typeof offers.$inferSelect;
export type DeadlineRow = typeof caseDeadlines.$inferSelect;
export type MessageRow = typeof caseMessages.$inferSelect;

/** The sequence that numbers a region's cases of one year. Built from a UUID and an integer only: safe to inline. */
export function caseNumberSequence(regionId: string, year: number): string {
  return `case_no_${regionId.replace(/-/g, '')}_${year}`;
}

/**
 * Next human case number for the region and year, e.g. HZ-2026-000123, from a PostgreSQL sequence per
 * region and year. Taken outside the filing transaction: a sequence holds no lock, so filings in one city do
 * not queue behind each other (a counter row did, for the whole transaction). A failed filing leaves a gap.
 */
export async function nextCaseNumber(db: Db, regionId: string, regionCode: string, year: number): Promise<string> {
  const seq = caseNumberSequence(regionId, year);
  const take = async () => rowsOf<{ n: number | string }>(await db.execute(sql`select nextval(${seq}) as n`))[0]!.n;
  let n: number | string;
  try {
    n = await take();
  } catch (e) {
    if (sqlState(e) !== '42P01') throw e; // undefined_table: first case of the year
    try {
      await db.execute(sql.raw(`create sequence if not exists ${seq}`));
    } catch (race) {
      // Two instances creating it at once: one wins, the other sees a duplicate; both then use it.
      if (!['23505', '42P07'].includes(sqlState(race) ?? '')) throw race;
    }
    n = await take();
  }
  return `${regionCode}-${year}-${String(n).padStart(6, '0')}`;
}

export async function insertCase(tx: Db, row: NewCaseRow): Promise<CaseRow> {
  const [created] = await tx.insert(cases).values(row).returning();
  return created!;
}

export async function addAccessToken(db: Db, row: typeof caseAccessTokens.$inferInsert): Promise<void> {
  await db.insert(caseAccessTokens).values(row);
}

export async function findCase(db: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  return row;
}

/** Lock the case row for the rest of the transaction: commands on one case run one at a time. */
export async function lockCase(tx: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  return row;
}

/** Like lockCase, but gives up at once when another instance holds the row (the sweeper's claim). */
export async function tryLockCase(tx: Db, regionId: string, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.regionId, regionId), eq(cases.id, caseId)))
    .for('update', { skipLocked: true });
  return row;
}

/** Compare-and-set: the write lands only if nobody changed the case since it was read. */
export async function updateCase(
  tx: Db,
  current: Pick<CaseRow, 'id' | 'regionId' | 'version' | 'status'>,
  patch: Partial<NewCaseRow>,
): Promise<CaseRow> {
  const [row] = await tx
    .update(cases)
    .set({ ...patch, version: current.version + 1 })
    .where(
      and(
        eq(cases.regionId, current.regionId),
        eq(cases.id, current.id),
        eq(cases.version, current.version),
        eq(cases.status, current.status),
      ),
    )
    .returning();
  if (!row) throw new AppError('CONCURRENT_UPDATE', { caseId: current.id });
  return row;
}

export type CaseListFilter = {
  status?: CaseStatus[];
  tier?: string;
  merchantId?: string;
  orgId?: string;
  /** A user id, or null for cases nobody has been assigned. */
  assigneeUserId?: string | null;
  /** Only cases with an active deadline due before this instant. */
  dueBefore?: Date;
  limit: number;
  /** Cases filed before this case id (ids are time-ordered UUIDv7): keyset pagination. */
  before?: string;
};

function visibilityWhere(v: CaseVisibility): SQL | undefined {
  switch (v.kind) {
    case 'all':
      return undefined;
    case 'region':
      return eq(cases.regionId, v.regionId);
    case 'merchant':
      return and(eq(cases.regionId, v.regionId), eq(cases.merchantId, v.merchantId));
    case 'org':
      return and(eq(cases.regionId, v.regionId), eq(cases.assignedOrgId, v.orgId));
    case 'consumer': {
      const parts: SQL[] = [];
      if (v.consumerId) parts.push(eq(cases.consumerId, v.consumerId));
      if (v.caseIds.length) parts.push(inArray(cases.id, v.caseIds));
      return parts.length ? or(...parts) : sql`false`;
    }
    case 'none':
      return sql`false`;
    default: {
      const never: never = v;
      return never;
    }
  }
}

export async function listCases(db: Db, visibility: CaseVisibility, f: CaseListFilter): Promise<CaseRow[]> {
  const where: (SQL | undefined)[] = [visibilityWhere(visibility)];
  if (f.status?.length) where.push(inArray(cases.status, f.status));
  if (f.tier) where.push(eq(cases.tier, f.tier as CaseRow['tier']));
  if (f.merchantId) where.push(eq(cases.merchantId, f.merchantId));
  if (f.orgId) where.push(eq(cases.assignedOrgId, f.orgId));
  if (f.assigneeUserId !== undefined) {
    where.push(f.assigneeUserId === null ? isNull(cases.assigneeUserId) : eq(cases.assigneeUserId, f.assigneeUserId));
  }
  if (f.before) where.push(lt(cases.id, f.before));
  if (f.dueBefore) {
    where.push(
      sql`exists (select 1 from ${caseDeadlines} d where d.case_id = ${cases.id} and d.status = 'active' and d.due_at < ${f.dueBefore})`,
    );
  }
  return db
    .select()
    .from(cases)
    .where(and(...where))
    .orderBy(desc(cases.id))
    .limit(f.limit);
}

// Offers

export async function insertOffer(tx: Db, row: typeof offers.$inferInsert): Promise<OfferRow> {
  const [created] = await tx.insert(offers).values(row).returning();
  return created!;
}

export async function findOffer(
  db: Db,
  regionId: string,
  caseId: string,
  offerId: string,
): Promise<OfferRow | undefined> {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.caseId, caseId), eq(offers.id, offerId)));
  return row;
}

/** A new offer replaces every open one on the case. */
export async function supersedeOpenOffers(tx: Db, regionId: string, caseId: string, at: Date): Promise<void> {
  await tx
    .update(offers)
    .set({ status: 'superseded', respondedAt: at })
    .where(and(eq(offers.regionId, regionId), eq(offers.caseId, caseId), eq(offers.status, 'open')));
}

export async function setOfferStatus(
  tx: Db,
  offer: OfferRow,
  status: 'accepted' | 'rejected',
  at: Date,
  reason: string | null,
): Promise<void> {
  await tx
    .update(offers)
    .set({ status, respondedAt: at, responseReason: reason })
    .where(and(eq(offers.regionId, offer.regionId), eq(offers.id, offer.id), eq(offers.status, 'open')));
}

export async function listOffers(db: Db, regionId: string, caseId: string): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.caseId, caseId)))
    .orderBy(asc(offers.createdAt), asc(offers.id));
}

/** The terms of the settlement: the most recent accepted offer (or mediated agreement). */
export async function acceptedTerms(db: Db, regionId: string, caseId: string): Promise<OfferRow['terms']> {
  const [o] = await db
    .select({ terms: offers.terms })
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.caseId, caseId), eq(offers.status, 'accepted')))
    .orderBy(desc(offers.createdAt), desc(offers.id))
    .limit(1);
  return o?.terms ?? [];
}

// Messages

export async function insertMessage(tx: Db, row: typeof caseMessages.$inferInsert): Promise<MessageRow> {
  const [created] = await tx.insert(caseMessages).values(row).returning();
  return created!;
}

export async function listMessages(db: Db, regionId: string, caseId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(caseMessages)
    .where(and(eq(caseMessages.regionId, regionId), eq(caseMessages.caseId, caseId)))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

// Deadlines

export async function listDeadlines(db: Db, regionId: string, caseId: string): Promise<DeadlineRow[]> {
  return db
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.regionId, regionId), eq(caseDeadlines.caseId, caseId)))
    .orderBy(asc(caseDeadlines.startedAt), asc(caseDeadlines.id));
}

export async function openDeadlines(
  tx: Db,
  regionId: string,
  caseId: string,
  opens: readonly OpenDeadline[],
  now: Date,
): Promise<DeadlineRow[]> {
  if (!opens.length) return [];
  return tx
    .insert(caseDeadlines)
    .values(
      opens.map((o) => ({
        id: uuidv7(now.getTime()),
        regionId,
        caseId,
        kind: o.kind,
        basis: o.basis,
        status: 'active' as const,
        startedAt: now,
        dueAt: o.dueAt,
      })),
    )
    .returning();
}

/** End the active deadlines of these kinds (met or cancelled). */
export async function endDeadlines(
  tx: Db,
  regionId: string,
  caseId: string,
  kinds: DeadlineKind[],
  status: 'met' | 'cancelled',
  at: Date,
): Promise<void> {
  if (!kinds.length) return;
  await tx
    .update(caseDeadlines)
    .set({ status, endedAt: at })
    .where(
      and(
        eq(caseDeadlines.regionId, regionId),
        eq(caseDeadlines.caseId, caseId),
        eq(caseDeadlines.status, 'active'),
        inArray(caseDeadlines.kind, kinds),
      ),
    );
}

export async function setDeadlineDue(tx: Db, d: DeadlineRow, dueAt: Date, pausedMs: number): Promise<void> {
  await tx
    .update(caseDeadlines)
    .set({ dueAt, pausedMs })
    .where(and(eq(caseDeadlines.regionId, d.regionId), eq(caseDeadlines.id, d.id)));
}

/** The sweeper's scan: active deadlines already due, oldest first, in a bounded batch. */
export async function findDueDeadlines(db: Db, now: Date, limit: number): Promise<DeadlineRow[]> {
  return db
    .select()
    .from(caseDeadlines)
    .where(
      and(
        eq(caseDeadlines.status, 'active'),
        lt(caseDeadlines.dueAt, now),
        // Paused cases would only be skipped; leaving them out keeps them from filling the batch.
        sql`not exists (select 1 from ${cases} c where c.id = ${caseDeadlines.caseId} and c.waiting_on_consumer)`,
      ),
    )
    .orderBy(asc(caseDeadlines.dueAt))
    .limit(limit);
}

/** Mark a deadline missed and record the miss once; false when it was no longer active. */
export async function recordMiss(
  tx: Db,
  d: DeadlineRow,
  responsibleId: string | null,
  at: Date,
  id: string,
): Promise<boolean> {
  const updated = await tx
    .update(caseDeadlines)
    .set({ status: 'missed', endedAt: at })
    .where(and(eq(caseDeadlines.regionId, d.regionId), eq(caseDeadlines.id, d.id), eq(caseDeadlines.status, 'active')))
    .returning({ id: caseDeadlines.id });
  if (!updated.length) return false;
  await tx
    .insert(deadlineMisses)
    .values({
      id,
      regionId: d.regionId,
      caseId: d.caseId,
      deadlineId: d.id,
      kind: d.kind,
      responsibleId,
      dueAt: d.dueAt,
      recordedAt: at,
    })
    .onConflictDoNothing();
  return true;
}

/** Earliest active due time per case, for lists. */
export async function nextDueByCase(db: Db, caseIds: string[]): Promise<Map<string, Date>> {
  if (!caseIds.length) return new Map();
  const rows = await db
    .select({
      caseId: caseDeadlines.caseId,
      dueAt: sql<Date>`min(${caseDeadlines.dueAt})`.mapWith(caseDeadlines.dueAt),
    })
    .from(caseDeadlines)
    .where(and(inArray(caseDeadlines.caseId, caseIds), eq(caseDeadlines.status, 'active')))
    .groupBy(caseDeadlines.caseId);
  return new Map(rows.map((r) => [r.caseId, r.dueAt]));
}
