import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mediationOrgs } from '../mediation/mediation.schema.js';
import { merchants } from '../merchants/merchants.schema.js';
import { institutions } from '../payments/payments.schema.js';
import { regions } from '../regions/regions.schema.js';

export const STAFF_ROLES = ['merchant_staff', 'mediator', 'regulator', 'platform_admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** People who sign in with a password: merchant staff, mediators, regulators, platform admins. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** null only for platform admins, who act across regions. */
    regionId: uuid('region_id').references(() => regions.id),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    merchantId: uuid('merchant_id').references(() => merchants.id),
    orgId: uuid('org_id').references(() => mediationOrgs.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_login').on(t.login),
    index('users_region_merchant').on(t.regionId, t.merchantId),
    index('users_region_org').on(t.regionId, t.orgId),
  ],
);

/** A consumer known by phone. The phone is stored encrypted; phone_hash (HMAC) is the lookup key. */
export const consumers = pgTable(
  'consumers',
  {
    id: uuid('id').primaryKey(),
    phoneHash: text('phone_hash').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('consumers_phone_hash').on(t.phoneHash)],
);

/** Server-side sessions; the cookie carries the token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').references(() => users.id),
    consumerId: uuid('consumer_id').references(() => consumers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sessions_token_hash').on(t.tokenHash)],
);

/** Institution API keys, shown once, stored as SHA-256 (they are high-entropy, so a fast hash is right). */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash').on(t.keyHash)],
);

/** One-time sign-in codes sent by SMS; only a hash is kept, attempts are counted. */
export const otpCodes = pgTable(
  'otp_codes',
  {
    id: uuid('id').primaryKey(),
    phoneHash: text('phone_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('otp_codes_phone').on(t.phoneHash, t.createdAt)],
);
