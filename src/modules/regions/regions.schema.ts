import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A city deployment: the tenant. Every other tenant table carries region_id and leads its indexes with it. */
export const regions = pgTable('regions', {
  id: uuid('id').primaryKey(),
  /** Short code used in case numbers, e.g. 'HZ' → HZ-2026-000123. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  currency: text('currency').notNull().default('CNY'),
  /** RegionSettings: deadline policy and escalation ladder (see regions/region-settings.ts). */
  settings: jsonb('settings').notNull().default(sql`'{}'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const districts = pgTable(
  'districts',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull().default(''),
  },
  (t) => [uniqueIndex('districts_region_code').on(t.regionId, t.code)],
);

/** Key/value for platform-wide values such as the generated secret. */
export const platformSettings = pgTable(
  'platform_settings',
  {
    key: text('key').primaryKey(),
    value: text('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('platform_settings_created').on(t.createdAt)],
);
