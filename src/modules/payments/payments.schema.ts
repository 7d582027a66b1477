import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A payment or clearing institution. Platform-wide (it serves many regions), so it has no region_id. */
export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<'payment' | 'clearing'>().notNull(),
  webhookUrl: text('webhook_url'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
