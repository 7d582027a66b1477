import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../payments/payments.schema.js';
import { districts, regions } from '../regions/regions.schema.js';
import type { Industry } from './industries.js';

export { INDUSTRIES, INDUSTRY_NAMES, type Industry } from './industries.js';

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

/** What a merchant can sign: 放心消费承诺, 线下无理由退货 (with its window and exclusions), 7日解决. */
export const COMMITMENT_KINDS = ['reassured_consumption', 'offline_no_reason_return', 'seven_day_resolution'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/**
 * Commitments a merchant signed. Rows are never deleted or edited: withdrawing sets withdrawn_at, and signing
 * a kind that is already in force ends the old row ('replaced') and inserts a new one, so the terms in force
 * at any past moment can be read back (a consumer's complaint is judged by what was promised when they bought).
 * Invariant: at most one row in force (withdrawn_at is null) per merchant and kind.
 */
export const merchantCommitments = pgTable(
  'merchant_commitments',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    merchantId: uuid('merchant_id')
      .notNull()
      .references(() => merchants.id),
    kind: text('kind').$type<CommitmentKind>().notNull(),
    /** offline_no_reason_return: days after purchase in which goods can be returned without a reason. */
    windowDays: integer('window_days'),
    /** Goods the commitment does not cover, in the merchant's words (定制商品, 食品 …). */
    exclusions: jsonb('exclusions').$type<string[]>().notNull().default([]),
    /** Conditions in the merchant's words (e.g. 商品完好、不影响二次销售). */
    conditions: text('conditions').notNull().default(''),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    signedBy: uuid('signed_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    /** Why it ended: withdrawn by the merchant or the regulator, or replaced by a newer signature of the same kind. */
    endReason: text('end_reason').$type<'withdrawn' | 'replaced'>(),
  },
  (t) => [
    index('merchant_commitments_region_merchant').on(t.regionId, t.merchantId, t.signedAt),
    uniqueIndex('merchant_commitments_in_force').on(t.regionId, t.merchantId, t.kind).where(sql`withdrawn_at is null`),
  ],
);

export const AUTO_OFFERS = ['refund_full', 'return_refund_full', 'exchange', 'repair'] as const;
export type AutoOffer = (typeof AUTO_OFFERS)[number];

/**
 * A merchant's auto-resolution policy ("refund no-reason returns under ¥200 at once"): when the AI mediator
 * reads a new case as one of `categories`, on a purchase of at most `maxAmountMinor` (verified by the
 * payment institution when `verifiedOnly`), made within `withinDays`, the merchant's offer is made at once.
 * The consumer still accepts or rejects it. Disabling keeps the row (what was promised when stays known).
 */
export const autoResolutionPolicies = pgTable(
  'auto_resolution_policies',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    merchantId: uuid('merchant_id')
      .notNull()
      .references(() => merchants.id),
    name: text('name').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull(),
    maxAmountMinor: integer('max_amount_minor').notNull(),
    verifiedOnly: boolean('verified_only').notNull().default(true),
    withinDays: integer('within_days'),
    offer: text('offer').$type<AutoOffer>().notNull(),
    message: text('message').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [index('auto_resolution_policies_region_merchant').on(t.regionId, t.merchantId)],
);
