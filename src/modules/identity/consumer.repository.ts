// Consumers known by phone: the number is stored encrypted, found by its keyed hash.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cases } from '../cases/cases.schema.js';
import { consumers } from './identity.schema.js';

export type ConsumerRow = typeof consumers.$inferSelect;

/** The consumer with this phone hash, created from `row` if there is none yet (safe under concurrent sign-ins). */
export async function findOrCreateConsumer(tx: Db, row: typeof consumers.$inferInsert): Promise<ConsumerRow> {
  const [created] = await tx
    .insert(consumers)
    .values(row)
    .onConflictDoNothing({ target: consumers.phoneHash })
    .returning();
  if (created) return created;
  const [existing] = await tx.select().from(consumers).where(eq(consumers.phoneHash, row.phoneHash));
  return existing!;
}

export async function findConsumer(db: Db, consumerId: string): Promise<ConsumerRow | undefined> {
  const [row] = await db.select().from(consumers).where(eq(consumers.id, consumerId));
  return row;
}

/**
 * Links to the consumer the cases filed with their phone as the contact before they had an account (or while
 * signed out). The code just sent to that phone proves it is theirs. Returns how many were linked.
 */
export async function linkCasesFiledWithPhone(tx: Db, consumerId: string, phoneHash: string): Promise<number> {
  const linked = await tx
    .update(cases)
    .set({ consumerId })
    .where(and(eq(cases.consumerPhoneHash, phoneHash), isNull(cases.consumerId)))
    .returning({ id: cases.id });
  return linked.length;
}
