// The only place that reads and writes the webhook tables. Every function takes the region, except the
// background claims, which serve every region at once.
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { uuidv7 } from '../../lib/ids.js';
import { regions } from '../regions/regions.schema.js';
import { webhookDeliveries, webhookSubscriptions } from './webhooks.schema.js';

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type NewSubscriptionRow = typeof webhookSubscriptions.$inferInsert;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type DeliveryStatus = DeliveryRow['status'];

export async function regionExists(db: Db, regionId: string): Promise<boolean> {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  return Boolean(row);
}

export async function insertSubscription(db: Db, row: NewSubscriptionRow): Promise<SubscriptionRow> {
  const [created] = await db.insert(webhookSubscriptions).values(row).returning();
  return created!;
}

export async function listSubscriptions(db: Db, regionId: string): Promise<SubscriptionRow[]> {
  return db
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.regionId, regionId), isNull(webhookSubscriptions.deletedAt)))
    .orderBy(asc(webhookSubscriptions.id));
}

export async function findSubscription(db: Db, regionId: string, id: string): Promise<SubscriptionRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.regionId, regionId),
        eq(webhookSubscriptions.id, id),
        isNull(webhookSubscriptions.deletedAt),
      ),
    );
  return row;
}

/** Soft delete: the subscription stops (pending deliveries are never claimed again); its history stays. */
export async function deleteSubscription(db: Db, regionId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(webhookSubscriptions)
    .set({ active: false, deletedAt: now })
    .where(
      and(
        eq(webhookSubscriptions.regionId, regionId),
        eq(webhookSubscriptions.id, id),
        isNull(webhookSubscriptions.deletedAt),
      ),
    )
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

export async function enableSubscription(db: Db, regionId: string, id: string): Promise<SubscriptionRow | undefined> {
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ active: true, consecutiveFailures: 0, disabledAt: null })
    .where(
      and(
        eq(webhookSubscriptions.regionId, regionId),
        eq(webhookSubscriptions.id, id),
        isNull(webhookSubscriptions.deletedAt),
      ),
    )
    .returning();
  return row;
}

export async function listDeliveries(
  db: Db,
  regionId: string,
  subscriptionId: string,
  f: { limit: number; before?: string; status?: DeliveryStatus },
): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.regionId, regionId),
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        f.before ? lt(webhookDeliveries.id, f.before) : undefined,
        f.status ? eq(webhookDeliveries.status, f.status) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(f.limit);
}

// ——— used by the outbox dispatcher and the deliverer ———

export type QueuedEvent = {
  id: string;
  regionId: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/**
 * One pending delivery per active subscription of the event's region that wants this type (empty
 * event_types = all). The unique (subscription, event) index makes a second call for the same event a no-op.
 */
export async function queueDeliveries(tx: Db, event: QueuedEvent, now: Date): Promise<number> {
  const subs = await tx
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.regionId, event.regionId),
        eq(webhookSubscriptions.active, true),
        or(
          sql`${webhookSubscriptions.eventTypes} = '[]'::jsonb`,
          sql`${webhookSubscriptions.eventTypes} @> ${JSON.stringify([event.type])}::jsonb`,
        ),
      ),
    );
  if (subs.length === 0) return 0;
  const inserted = await tx
    .insert(webhookDeliveries)
    .values(
      subs.map((s) => ({
        id: uuidv7(now.getTime()),
        regionId: event.regionId,
        subscriptionId: s.id,
        eventId: event.id,
        eventType: event.type,
        payload: event.payload,
        eventCreatedAt: event.createdAt,
        status: 'pending' as const,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventId] })
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}

export type ClaimedDelivery = DeliveryRow & { url: string; sealedSecret: string };

/**
 * Sweep, then claim: due pending deliveries of active subscriptions, locked SKIP LOCKED so parallel
 * instances take disjoint sets, and leased (next_attempt_at pushed past the longest the batch can take)
 * before the lock is released, so nobody else picks them up while the HTTP calls run outside any transaction.
 * A lease that runs out (the process died) makes the delivery due again: at least once.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ d: webhookDeliveries, url: webhookSubscriptions.url, sealedSecret: webhookSubscriptions.secret })
      .from(webhookDeliveries)
      .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, now),
          eq(webhookSubscriptions.active, true),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(limit)
      .for('update', { of: webhookDeliveries, skipLocked: true });
    if (rows.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseMs);
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .where(
        inArray(
          webhookDeliveries.id,
          rows.map((r) => r.d.id),
        ),
      );
    return rows.map((r) => ({ ...r.d, nextAttemptAt: leaseUntil, url: r.url, sealedSecret: r.sealedSecret }));
  });
}

export type AttemptRecord = {
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  statusCode: number | null;
  error: string | null;
  at: Date;
};

/**
 * Record an attempt on a delivery we hold the lease of. Compare-and-set on `attempts`: if the lease ran out
 * and another instance already recorded this attempt, nothing is written and false is returned.
 */
export async function recordAttempt(
  tx: Db,
  d: Pick<DeliveryRow, 'id' | 'attempts'>,
  r: AttemptRecord,
): Promise<boolean> {
  const rows = await tx
    .update(webhookDeliveries)
    .set({
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt,
      lastStatusCode: r.statusCode,
      lastError: r.error,
      lastAttemptAt: r.at,
      deliveredAt: r.status === 'delivered' ? r.at : null,
    })
    .where(
      and(
        eq(webhookDeliveries.id, d.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, d.attempts),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.length > 0;
}

export async function resetFailures(tx: Db, subscriptionId: string): Promise<void> {
  await tx
    .update(webhookSubscriptions)
    .set({ consecutiveFailures: 0 })
    .where(eq(webhookSubscriptions.id, subscriptionId));
}

/**
 * Count a failed attempt against the subscription (atomically: parallel instances add up) and disable it
 * once `disableAfter` attempts in a row have failed. Returns whether this call disabled it.
 */
export async function countFailure(tx: Db, subscriptionId: string, disableAfter: number, now: Date): Promise<boolean> {
  const [row] = await tx
    .update(webhookSubscriptions)
    .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1` })
    .where(eq(webhookSubscriptions.id, subscriptionId))
    .returning({ failures: webhookSubscriptions.consecutiveFailures });
  if (!row || row.failures < disableAfter) return false;
  const disabled = await tx
    .update(webhookSubscriptions)
    .set({ active: false, disabledAt: now })
    .where(and(eq(webhookSubscriptions.id, subscriptionId), eq(webhookSubscriptions.active, true)))
    .returning({ id: webhookSubscriptions.id });
  return disabled.length > 0;
}
