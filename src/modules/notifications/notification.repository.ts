// The only place that reads and writes the notifications table.
import { and, count, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { NotificationAudience } from './notification.audience.js';
import { notifications } from './notifications.schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

/** Insert, ignoring a (event, recipient) pair that is already there: dispatching again is harmless. */
export async function insertNotifications(tx: Db, rows: NewNotificationRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.eventId, notifications.recipientKind, notifications.recipientId] })
    .returning({ id: notifications.id });
  return inserted.length;
}

function audienceWhere(a: NotificationAudience): SQL {
  const parts: SQL[] = [];
  for (const p of a.parties) {
    if (p.ids.length === 0) continue;
    const party = and(eq(notifications.recipientKind, p.kind), inArray(notifications.recipientId, p.ids));
    parts.push(p.regionId ? and(eq(notifications.regionId, p.regionId), party)! : party!);
  }
  return parts.length ? or(...parts)! : sql`false`;
}

export async function listNotifications(
  db: Db,
  audience: NotificationAudience,
  f: { limit: number; before?: string; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  const where: (SQL | undefined)[] = [audienceWhere(audience)];
  // Ids are UUIDv7, so "before this id" is "older than this one": keyset pagination.
  if (f.before) where.push(lt(notifications.id, f.before));
  if (f.unreadOnly) where.push(isNull(notifications.readAt));
  return db
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.id))
    .limit(f.limit);
}

export async function countUnread(db: Db, audience: NotificationAudience): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(audienceWhere(audience), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the audience's notifications read (the first reading counts); undefined when not theirs. */
export async function markRead(
  db: Db,
  audience: NotificationAudience,
  id: string,
  now: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), audienceWhere(audience)))
    .returning();
  return row;
}
