import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.schema.js';

export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    url: text('url').notNull(),
    /**
     * HMAC-SHA256 key for the signature header; shown once at creation. Stored sealed with the platform
     * secret (Secrets.encrypt), so a database dump alone cannot forge signatures.
     */
    secret: text('secret').notNull(),
    /** Event types to receive; empty = all. */
    eventTypes: jsonb('event_types').$type<string[]>().notNull(),
    description: text('description').notNull().default(''),
    /** Optional owner (an institution or merchant) so a party sees only its own hooks. */
    ownerKind: text('owner_kind'),
    ownerId: uuid('owner_id'),
    active: boolean('active').notNull().default(true),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Soft delete: deliveries keep their foreign key and their history; a deleted hook is never re-enabled. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_subscriptions_region').on(t.regionId, t.active)],
);

/** One row per (subscription, event); attempts are counted on it and retried with back-off. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    /** The event's payload: the `data` of the body sent. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** When the event happened (the body's `createdAt`), not when it was queued for this hook. */
    eventCreatedAt: timestamp('event_created_at', { withTimezone: true }).notNull(),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** Due time while pending; also the lease of an attempt in flight (see webhook.deliverer.ts). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_sub_event').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_region_sub').on(t.regionId, t.subscriptionId, t.id),
  ],
);
