// One-time sign-in codes. Requests for one phone are serialised with a transaction-scoped advisory lock,
// so the rate limit holds across instances without a table lock.
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { otpCodes } from './identity.schema.js';

export type OtpRow = typeof otpCodes.$inferSelect;

// Arbitrary namespace for the two-key advisory lock (the one-key space is used by migrations).
const OTP_LOCK_SPACE = 7204;

export async function lockPhone(tx: Db, phoneHash: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${OTP_LOCK_SPACE}, hashtext(${phoneHash}))`);
}

export async function otpSentSince(tx: Db, phoneHash: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .select({ createdAt: otpCodes.createdAt })
    .from(otpCodes)
    .where(and(eq(otpCodes.phoneHash, phoneHash), gt(otpCodes.createdAt, since)))
    .orderBy(desc(otpCodes.createdAt));
  return rows.map((r) => r.createdAt);
}

export async function insertOtp(tx: Db, row: typeof otpCodes.$inferInsert): Promise<void> {
  await tx.insert(otpCodes).values(row);
}

/** The newest code sent to the phone, locked: only the newest one can ever be used. */
export async function lockNewestOtp(tx: Db, phoneHash: string): Promise<OtpRow | undefined> {
  const [row] = await tx
    .select()
    .from(otpCodes)
    .where(eq(otpCodes.phoneHash, phoneHash))
    .orderBy(desc(otpCodes.createdAt), desc(otpCodes.id))
    .limit(1)
    .for('update');
  return row;
}

export async function countOtpAttempt(tx: Db, id: string): Promise<void> {
  await tx
    .update(otpCodes)
    .set({ attempts: sql`${otpCodes.attempts} + 1` })
    .where(eq(otpCodes.id, id));
}

export async function markOtpUsed(tx: Db, id: string, now: Date): Promise<void> {
  await tx.update(otpCodes).set({ usedAt: now }).where(eq(otpCodes.id, id));
}
