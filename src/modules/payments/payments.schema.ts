import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.schema.js';

/** A payment or clearing institution. Platform-wide (it serves many regions), so it has no region_id. */
export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<'payment' | 'clearing'>().notNull(),
  webhookUrl: text('webhook_url'),
  /** Secret for signing refund instructions sent to the institution (AES-GCM sealed by the platform secret). */
  webhookSecretEnc: text('webhook_secret_enc'),
  /** Optional: where the platform may pull a payment it was not pushed (transaction-source.ts). */
  lookupUrl: text('lookup_url'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export type ReceiptAlg = 'EdDSA' | 'ES256';
export type KeyStatus = 'active' | 'retired' | 'revoked';

/**
 * An institution's public receipt-signing keys (JWKS entries). Several may be active at once (rotation);
 * a retired key still verifies receipts of payments made before it was retired; a revoked key verifies nothing.
 */
export const institutionKeys = pgTable(
  'institution_keys',
  {
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    kid: text('kid').notNull(),
    alg: text('alg').$type<ReceiptAlg>().notNull(),
    /** The public JWK exactly as registered (kty, crv, x, y). */
    jwk: jsonb('jwk').$type<Record<string, string>>().notNull(),
    status: text('status').$type<KeyStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('institution_keys_institution_kid').on(t.institutionId, t.kid)],
);

export type TransactionItem = { name: string; qty?: number; amountMinor?: number };

/**
 * A payment an institution pushed for look-up (idempotent by institution + txn). Platform-wide like the
 * institution; region and merchant are filled in when the mid resolves, so a region's reads stay scoped.
 */
export const transactions = pgTable(
  'transactions',
  {
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    txnId: text('txn_id').notNull(),
    mid: text('mid').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    payer: text('payer'),
    storeRef: text('store_ref'),
    items: jsonb('items').$type<TransactionItem[]>(),
    /** What a thermal printer prints: resolves to this transaction for filing (Crockford base32). */
    shortCode: text('short_code').notNull(),
    regionId: uuid('region_id').references(() => regions.id),
    merchantId: uuid('merchant_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('transactions_institution_txn').on(t.institutionId, t.txnId),
    uniqueIndex('transactions_short_code').on(t.shortCode),
    index('transactions_region_merchant').on(t.regionId, t.merchantId, t.paidAt),
  ],
);

export type RefundStatus = 'pending' | 'delivered' | 'confirmed' | 'failed';

/**
 * A refund through the original payment, instructed to the institution by a signed webhook and retried
 * until the institution confirms it (one per case and settlement).
 */
export const refundInstructions = pgTable(
  'refund_instructions',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    txnId: text('txn_id').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<RefundStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** The institution's own reference for the refund, given when it confirms. */
    institutionRef: text('institution_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    index('refund_instructions_region_case').on(t.regionId, t.caseId),
    index('refund_instructions_due').on(t.nextAttemptAt).where(sql`status in ('pending', 'delivered')`),
    uniqueIndex('refund_instructions_case_open').on(t.caseId).where(sql`status <> 'failed'`),
  ],
);
