// Staff users (and, for a user's profile, the name of their region).
import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { regions } from '../regions/regions.schema.js';
import { type StaffRole, users } from './identity.schema.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.login, login));
  return row;
}

/** Inserts the user unless the login is taken; undefined when it is (the unique index decides, so no race). */
export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow | undefined> {
  const [created] = await db.insert(users).values(row).onConflictDoNothing({ target: users.login }).returning();
  return created;
}

export async function listUsersOfRegion(
  db: Db,
  regionId: string,
  opts: { role?: StaffRole; after?: string; limit: number },
): Promise<UserRow[]> {
  const where: SQL[] = [eq(users.regionId, regionId)];
  if (opts.role) where.push(eq(users.role, opts.role));
  if (opts.after) where.push(gt(users.id, opts.after));
  return db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.id))
    .limit(opts.limit);
}

/** The active staff of a mediation organisation or regulator, by name (who a case can be assigned to). */
export async function listUsersOfOrg(db: Db, regionId: string, orgId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.orgId, orgId), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName), asc(users.id));
}

export type RegionRef = { id: string; code: string; name: string };

/** A staff user with the region they belong to (null region for a platform admin). */
export async function findUserProfile(
  db: Db,
  userId: string,
): Promise<{ user: UserRow; region: RegionRef | null } | undefined> {
  const [row] = await db
    .select({ user: users, region: { id: regions.id, code: regions.code, name: regions.name } })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .where(eq(users.id, userId));
  return row;
}
