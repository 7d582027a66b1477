import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.schema.js';

/** In-app notifications: the local notification adapter writes here (and to the log). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /**
     * 'consumer' | 'merchant' | 'org' | 'case' — the party, not a single person. 'case' (recipientId = the case
     * id) is the consumer who follows a case by its access token and has no account.
     */
    recipientKind: text('recipient_kind').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    caseId: uuid('case_id'),
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Rendered when the event is dispatched, so the inbox needs no lookup to show a line. */
    titleZh: text('title_zh').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient').on(t.regionId, t.recipientKind, t.recipientId, t.createdAt),
    // A consumer's inbox spans regions (the consumer actor has none), so this one cannot lead with region_id.
    index('notifications_recipient_any_region').on(t.recipientKind, t.recipientId, t.createdAt),
    // One notification per party per event, even if an event were dispatched twice.
    uniqueIndex('notifications_event_recipient').on(t.eventId, t.recipientKind, t.recipientId),
  ],
);
