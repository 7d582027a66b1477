// Sends due webhook deliveries (DESIGN.md §9): claim a batch under a lease, POST each signed body outside any
// transaction, then record the outcome — delivered, retried later with back-off, failed, and the
// subscription disabled after sustained failure.
import type { AppDeps } from '../../deps.js';
import { postSigned, REQUEST_TIMEOUT_MS } from './signed-post.js';
import {
  type ClaimedDelivery,
  claimDueDeliveries,
  countFailure,
  recordAttempt,
  resetFailures,
} from './webhook.repository.js';
import { afterAttempt, DISABLE_AFTER_CONSECUTIVE_FAILURES } from './webhook.retry.js';

export { REQUEST_TIMEOUT_MS } from './signed-post.js';

const CONCURRENCY = 8;

export type DeliverOptions = { limit?: number; fetch?: typeof fetch; concurrency?: number; timeoutMs?: number };

/** The JSON sent for a delivery, with its keys in a fixed order. */
export function webhookBody(d: Pick<ClaimedDelivery, 'eventId' | 'eventType' | 'eventCreatedAt' | 'payload'>): string {
  return JSON.stringify({
    id: d.eventId,
    type: d.eventType,
    createdAt: d.eventCreatedAt.toISOString(),
    data: d.payload,
  });
}

async function inPool<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * One batch: at most `limit` due deliveries, at most `concurrency` requests at a time. Returns how many
 * attempts succeeded and how many did not (a failed attempt is usually retried later).
 */
export async function deliverWebhooksBatch(
  deps: AppDeps,
  opts: DeliverOptions = {},
): Promise<{ delivered: number; failed: number }> {
  const limit = opts.limit ?? 50;
  const concurrency = Math.max(1, opts.concurrency ?? CONCURRENCY);
  const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const fetchImpl = opts.fetch ?? fetch;
  const db = deps.database.db;
  // The lease covers the slowest the whole batch can take (every request timing out), with a margin.
  const leaseMs = Math.ceil(limit / concurrency) * timeoutMs + 30_000;
  const claimed = await claimDueDeliveries(db, deps.clock.now(), limit, leaseMs);
  let delivered = 0;
  let failed = 0;

  await inPool(claimed, concurrency, async (d) => {
    try {
      const secret = deps.secrets.decrypt(d.sealedSecret);
      const result = await postSigned({
        url: d.url,
        secret,
        body: webhookBody(d),
        headers: { 'x-hejie-event': d.eventType, 'x-hejie-delivery': d.id },
        at: deps.clock.now(),
        fetch: fetchImpl,
        timeoutMs,
      });
      const now = deps.clock.now();
      const attempts = d.attempts + 1;
      const outcome = afterAttempt(result.ok, attempts, now);
      if (result.ok) delivered++;
      else failed++;
      await db.transaction(async (tx) => {
        const recorded = await recordAttempt(tx, d, {
          status: outcome.status,
          attempts,
          nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt : now,
          statusCode: result.statusCode,
          error: result.error,
          at: now,
        });
        // Someone else recorded this attempt after our lease ran out: their record stands, and so do the counters.
        if (!recorded) return;
        if (result.ok) {
          await resetFailures(tx, d.subscriptionId);
          return;
        }
        if (outcome.status === 'failed') {
          deps.log.warn({ deliveryId: d.id, eventId: d.eventId, attempts }, 'webhook delivery failed for good');
        }
        if (await countFailure(tx, d.subscriptionId, DISABLE_AFTER_CONSECUTIVE_FAILURES, now)) {
          deps.log.warn(
            { subscriptionId: d.subscriptionId, regionId: d.regionId },
            `webhook subscription disabled after ${DISABLE_AFTER_CONSECUTIVE_FAILURES} failed attempts in a row`,
          );
        }
      });
      deps.log.debug(
        { deliveryId: d.id, eventType: d.eventType, attempts, status: outcome.status, statusCode: result.statusCode },
        'webhook attempt',
      );
    } catch (err) {
      // Recording failed (database trouble): the lease runs out and the delivery is tried again.
      deps.log.error({ err, deliveryId: d.id }, 'could not record a webhook attempt');
    }
  });
  return { delivered, failed };
}
