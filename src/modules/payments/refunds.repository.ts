// Refund instructions to institutions: created when a settlement with a refund is reached on a verified
// purchase, delivered by a signed webhook until acknowledged, re-sent as a reminder until confirmed.
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { institutions, refundInstructions } from './payments.schema.js';

export type RefundRow = typeof refundInstructions.$inferSelect;

/** Inserts unless the case already has a live instruction (then returns undefined: at least once, never twice). */
export async function insertRefund(
  db: Db,
  row: typeof refundInstructions.$inferInsert,
): Promise<RefundRow | undefined> {
  const [created] = await db.insert(refundInstructions).values(row).onConflictDoNothing().returning();
  return created;
}

export type DueRefund = RefundRow & { webhookUrl: string | null; webhookSecretEnc: string | null };

/**
 * Claim due instructions: lock them (SKIP LOCKED: instances take disjoint rows) and push their next attempt
 * past the lease, so a crashed sender's rows come back after `leaseMs`.
 */
export async function claimDueRefunds(db: Db, now: Date, limit: number, leaseMs: number): Promise<DueRefund[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: refundInstructions.id })
      .from(refundInstructions)
      .where(
        and(inArray(refundInstructions.status, ['pending', 'delivered']), lte(refundInstructions.nextAttemptAt, now)),
      )
      .orderBy(refundInstructions.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((d) => d.id);
    await tx
      .update(refundInstructions)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(inArray(refundInstructions.id, ids));
    const rows = await tx
      .select({
        r: refundInstructions,
        webhookUrl: institutions.webhookUrl,
        webhookSecretEnc: institutions.webhookSecretEnc,
      })
      .from(refundInstructions)
      .innerJoin(institutions, eq(institutions.id, refundInstructions.institutionId))
      .where(inArray(refundInstructions.id, ids));
    return rows.map((x) => ({ ...x.r, webhookUrl: x.webhookUrl, webhookSecretEnc: x.webhookSecretEnc }));
  });
}

/** Record a send attempt, unless the instruction was confirmed meanwhile (a confirmation always wins). */
export async function recordRefundAttempt(
  db: Db,
  id: string,
  a: { status: 'pending' | 'delivered' | 'failed'; attempts: number; nextAttemptAt: Date | null; error: string | null },
): Promise<void> {
  await db
    .update(refundInstructions)
    .set({ status: a.status, attempts: a.attempts, nextAttemptAt: a.nextAttemptAt, lastError: a.error })
    .where(and(eq(refundInstructions.id, id), sql`${refundInstructions.status} <> 'confirmed'`));
}

export async function findRefund(db: Db, id: string): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refundInstructions).where(eq(refundInstructions.id, id));
  return row;
}

export async function lockRefund(tx: Db, id: string): Promise<RefundRow | undefined> {
  const [row] = await tx.select().from(refundInstructions).where(eq(refundInstructions.id, id)).for('update');
  return row;
}

export async function markRefundConfirmed(tx: Db, id: string, at: Date, institutionRef: string | null): Promise<void> {
  await tx
    .update(refundInstructions)
    .set({ status: 'confirmed', confirmedAt: at, institutionRef, nextAttemptAt: null })
    .where(eq(refundInstructions.id, id));
}

export async function listCaseRefunds(db: Db, regionId: string, caseId: string): Promise<RefundRow[]> {
  return db
    .select()
    .from(refundInstructions)
    .where(and(eq(refundInstructions.regionId, regionId), eq(refundInstructions.caseId, caseId)))
    .orderBy(refundInstructions.createdAt);
}
