// Sessions (staff and phone-signed-in consumers). Looked up on every request that carries the cookie:
// one indexed query that also brings the user's role and scope.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from './identity.schema.js';

export type NewSessionRow = typeof sessions.$inferInsert;

export type LiveSession = {
  userId: string | null;
  consumerId: string | null;
  user: {
    role: (typeof users.$inferSelect)['role'];
    regionId: string | null;
    merchantId: string | null;
    orgId: string | null;
    disabledAt: Date | null;
  } | null;
};

/** The unexpired session with this token hash, with its user's role and scope (null for a consumer session). */
export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  const [row] = await db
    .select({
      userId: sessions.userId,
      consumerId: sessions.consumerId,
      role: users.role,
      regionId: users.regionId,
      merchantId: users.merchantId,
      orgId: users.orgId,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row) return undefined;
  const { userId, consumerId, role, regionId, merchantId, orgId, disabledAt } = row;
  return { userId, consumerId, user: role ? { role, regionId, merchantId, orgId, disabledAt } : null };
}

export async function insertSession(db: Db, row: NewSessionRow): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
