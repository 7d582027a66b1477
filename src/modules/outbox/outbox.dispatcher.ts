// Delivers outbox events at least once (DESIGN.md §7, §9): a batch of undispatched events is claimed with
// FOR UPDATE SKIP LOCKED, so server instances running this at the same time take disjoint events; for each,
// the notification channels write their rows and one webhook delivery is queued per interested
// subscription, and dispatched_at is set — all in the claiming transaction, so an event is either fully
// dispatched or left for the next batch.
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { createInAppChannel, type NotificationChannel, recipientsOf } from '../notifications/index.js';
import { queueDeliveries } from '../webhooks/index.js';
import { outboxEvents } from './outbox.schema.js';

/** An event that fails this many times is parked (left undispatched, with its last error) for an operator. */
export const MAX_DISPATCH_ATTEMPTS = 10;

export type OutboxEventRow = typeof outboxEvents.$inferSelect;

/** The channels of this deployment: the in-app inbox today; SMS or WeChat would be added here. */
export function defaultChannels(deps: Pick<AppDeps, 'log'>): NotificationChannel[] {
  return [createInAppChannel(deps.log)];
}

async function claimBatch(tx: Db, limit: number): Promise<OutboxEventRow[]> {
  return tx
    .select()
    .from(outboxEvents)
    .where(and(isNull(outboxEvents.dispatchedAt), lt(outboxEvents.attempts, MAX_DISPATCH_ATTEMPTS)))
    .orderBy(asc(outboxEvents.createdAt), asc(outboxEvents.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

async function dispatchOne(
  tx: Db,
  e: OutboxEventRow,
  channels: readonly NotificationChannel[],
  now: Date,
): Promise<void> {
  const recipients = recipientsOf(e);
  for (const channel of channels) await channel.deliver(tx, e, recipients);
  await queueDeliveries(tx, e, now);
  await tx
    .update(outboxEvents)
    .set({ dispatchedAt: now, attempts: e.attempts + 1, lastError: null })
    .where(eq(outboxEvents.id, e.id));
}

/**
 * Dispatch up to `limit` events, oldest first; returns how many were dispatched. Each event runs in a
 * savepoint: one that throws is rolled back alone, counted and retried by a later batch (up to
 * MAX_DISPATCH_ATTEMPTS), and does not hold up the others.
 */
export async function dispatchOutboxBatch(
  deps: AppDeps,
  limit = 100,
  channels: readonly NotificationChannel[] = defaultChannels(deps),
): Promise<number> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const events = await claimBatch(tx, limit);
    let dispatched = 0;
    for (const e of events) {
      try {
        await tx.transaction((sp) => dispatchOne(sp, e, channels, now));
        dispatched++;
      } catch (err) {
        const attempts = e.attempts + 1;
        await tx
          .update(outboxEvents)
          .set({ attempts, lastError: String((err as Error)?.message ?? err).slice(0, 1000) })
          .where(eq(outboxEvents.id, e.id));
        deps.log.error(
          { err, eventId: e.id, type: e.type, attempts, parked: attempts >= MAX_DISPATCH_ATTEMPTS },
          'outbox event could not be dispatched',
        );
      }
    }
    return dispatched;
  });
}
