// Consumers known by phone: the number is stored encrypted, found by its keyed hash.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
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
