// Consumers known by phone: the number is stored encrypted, found by its keyed hash.
import { and, eq, inArray, isNull } from 'drizzle-orm';
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
 * Links to the consumer the cases whose access tokens they presented when signing in (the device's "my cases"):
 * the token proves they filed it, the code proves the phone is theirs. A case already on an account stays there.
 */
export async function linkCasesToConsumer(tx: Db, consumerId: string, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await tx
    .update(cases)
    .set({ consumerId })
    .where(and(inArray(cases.id, [...caseIds]), isNull(cases.consumerId)));
}
