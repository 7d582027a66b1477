// The only SQL on merchant commitments. Every statement is scoped by region id and merchant id.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type CommitmentKind, merchantCommitments } from './merchants.schema.js';

export type CommitmentRow = typeof merchantCommitments.$inferSelect;

export type NewCommitment = {
  id: string;
  merchantId: string;
  kind: CommitmentKind;
  windowDays: number | null;
  exclusions: string[];
  conditions: string;
  signedAt: Date;
  signedBy: string | null;
};

/** A merchant's commitments, newest signature first; only those in force with `inForce`. */
export async function listCommitments(
  db: Db,
  regionId: string,
  merchantId: string,
  opts: { inForce?: boolean } = {},
): Promise<CommitmentRow[]> {
  const where = [eq(merchantCommitments.regionId, regionId), eq(merchantCommitments.merchantId, merchantId)];
  if (opts.inForce) where.push(isNull(merchantCommitments.withdrawnAt));
  return db
    .select()
    .from(merchantCommitments)
    .where(and(...where))
    .orderBy(desc(merchantCommitments.signedAt), desc(merchantCommitments.id));
}

export async function getCommitment(
  db: Db,
  regionId: string,
  merchantId: string,
  commitmentId: string,
): Promise<CommitmentRow | undefined> {
  const [row] = await db
    .select()
    .from(merchantCommitments)
    .where(
      and(
        eq(merchantCommitments.regionId, regionId),
        eq(merchantCommitments.merchantId, merchantId),
        eq(merchantCommitments.id, commitmentId),
      ),
    );
  return row;
}

/** Ends the commitment of this kind in force, if any (call inside the transaction that signs the new one). */
export async function endCommitmentInForce(
  db: Db,
  regionId: string,
  merchantId: string,
  kind: CommitmentKind,
  end: { at: Date; by: string | null; reason: 'withdrawn' | 'replaced' },
): Promise<CommitmentRow | undefined> {
  const [row] = await db
    .update(merchantCommitments)
    .set({ withdrawnAt: end.at, withdrawnBy: end.by, endReason: end.reason })
    .where(
      and(
        eq(merchantCommitments.regionId, regionId),
        eq(merchantCommitments.merchantId, merchantId),
        eq(merchantCommitments.kind, kind),
        isNull(merchantCommitments.withdrawnAt),
      ),
    )
    .returning();
  return row;
}

/** Inserts a signature; undefined when one of this kind is already in force (a concurrent signature won). */
export async function insertCommitment(db: Db, regionId: string, c: NewCommitment): Promise<CommitmentRow | undefined> {
  const [row] = await db
    .insert(merchantCommitments)
    .values({ ...c, regionId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Withdraws one commitment if it is still in force; undefined when it was not (already ended). */
export async function withdrawCommitment(
  db: Db,
  regionId: string,
  merchantId: string,
  commitmentId: string,
  end: { at: Date; by: string | null },
): Promise<CommitmentRow | undefined> {
  const [row] = await db
    .update(merchantCommitments)
    .set({ withdrawnAt: end.at, withdrawnBy: end.by, endReason: 'withdrawn' })
    .where(
      and(
        eq(merchantCommitments.regionId, regionId),
        eq(merchantCommitments.merchantId, merchantId),
        eq(merchantCommitments.id, commitmentId),
        isNull(merchantCommitments.withdrawnAt),
      ),
    )
    .returning();
  return row;
}
