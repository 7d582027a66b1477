// Institution API keys. Only the SHA-256 of a key is stored; the prefix is kept for display.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from './identity.schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Db, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

/** The institution behind a key that has not been revoked. */
export async function findActiveApiKey(db: Db, keyHash: string): Promise<{ institutionId: string } | undefined> {
  const [row] = await db
    .select({ institutionId: apiKeys.institutionId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  return row;
}

export async function listApiKeys(db: Db, institutionId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.institutionId, institutionId)).orderBy(asc(apiKeys.id));
}

/** Marks the key revoked (keeping the first revocation time); undefined when the institution has no such key. */
export async function revokeApiKey(
  db: Db,
  institutionId: string,
  keyId: string,
  now: Date,
): Promise<ApiKeyRow | undefined> {
  const where = and(eq(apiKeys.institutionId, institutionId), eq(apiKeys.id, keyId));
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(where, isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return revoked;
  const [existing] = await db.select().from(apiKeys).where(where);
  return existing;
}
