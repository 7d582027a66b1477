import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../payments/payments.schema.js';
import { districts, regions } from '../regions/regions.schema.js';

export const INDUSTRIES = [
  'restaurant',
  'supermarket',
  'fitness',
  'education',
  'beauty',
  'electronics',
  'online_shop',
  'tourism',
  'car_repair',
  'market_stall',
  'retail',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The legal merchant, identified by its unified social credit code whatever payment tool it uses. */
export const merchants = pgTable(
  'merchants',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    creditCode: text('credit_code').notNull(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name').notNull().default(''),
    industry: text('industry').$type<Industry>().notNull(),
    address: text('address').notNull().default(''),
    districtId: uuid('district_id').references(() => districts.id),
    phone: text('phone').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('merchants_region_credit_code').on(t.regionId, t.creditCode),
    index('merchants_region_district').on(t.regionId, t.districtId),
    index('merchants_credit_code').on(t.creditCode),
    // Keyset paging of a region's merchants (WHERE region_id = $1 AND id > $cursor ORDER BY id).
    index('merchants_region_id').on(t.regionId, t.id),
  ],
);

export const stores = pgTable(
  'stores',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    merchantId: uuid('merchant_id')
      .notNull()
      .references(() => merchants.id),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    districtId: uuid('district_id').references(() => districts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('stores_region_merchant').on(t.regionId, t.merchantId)],
);

/**
 * A merchant's account at a payment institution: (institution, mid) → merchant, with history. A mid that
 * moves to another merchant closes the old row (valid_to) instead of overwriting it, so a receipt from
 * last year still names the merchant that took the money.
 */
export const paymentAccounts = pgTable(
  'payment_accounts',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    merchantId: uuid('merchant_id')
      .notNull()
      .references(() => merchants.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    mid: text('mid').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
  },
  (t) => [
    index('payment_accounts_region_merchant').on(t.regionId, t.merchantId),
    index('payment_accounts_institution_mid').on(t.institutionId, t.mid),
    // The invariant behind mid resolution: at most one open holder per (institution, mid), whatever the region.
    uniqueIndex('payment_accounts_open_mid').on(t.institutionId, t.mid).where(sql`valid_to is null`),
  ],
);
