import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { consumers } from '../identity/identity.schema.js';
import { mediationOrgs } from '../mediation/mediation.schema.js';
import { merchants, stores } from '../merchants/merchants.schema.js';
import { regions } from '../regions/regions.schema.js';
import type { DeadlineBasis, DeadlineKind } from './case.deadlines.js';
import type { CaseStatus, Tier } from './case.machine.js';

export type OfferTerm = {
  kind: 'refund' | 'return' | 'exchange' | 'repair' | 'compensation' | 'apology' | 'other';
  amountMinor?: number;
  note?: string;
};

export type PurchaseInfo = {
  /** True when a payment institution vouched for it (signed receipt or pushed transaction). */
  verified: boolean;
  via?: 'receipt' | 'short_code' | 'institution';
  amountMinor?: number;
  currency?: string;
  paidAt?: string;
  description?: string;
  institutionId?: string;
  txnId?: string;
  /** The institution's merchant id the payment went to. */
  mid?: string;
  items?: { name: string; qty?: number; amountMinor?: number }[];
};

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    number: text('number').notNull(),
    merchantId: uuid('merchant_id').references(() => merchants.id),
    storeId: uuid('store_id').references(() => stores.id),
    districtId: uuid('district_id'),
    consumerId: uuid('consumer_id').references(() => consumers.id),
    /** SHA-256 of the consumer access token handed out at filing (no account needed). */
    consumerTokenHash: text('consumer_token_hash').notNull(),
    consumerPhoneEnc: text('consumer_phone_enc'),
    consumerPhoneMasked: text('consumer_phone_masked'),
    status: text('status').$type<CaseStatus>().notNull(),
    tier: text('tier').$type<Tier>().notNull(),
    waitingOnConsumer: boolean('waiting_on_consumer').notNull().default(false),
    waitingReason: text('waiting_reason'),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    merchantConfirmed: boolean('merchant_confirmed').notNull().default(false),
    consumerConfirmed: boolean('consumer_confirmed').notNull().default(false),
    assignedOrgId: uuid('assigned_org_id').references(() => mediationOrgs.id),
    assigneeUserId: uuid('assignee_user_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    demands: jsonb('demands').$type<string[]>().notNull(),
    claimMinor: bigint('claim_minor', { mode: 'number' }),
    currency: text('currency').notNull(),
    purchase: jsonb('purchase').$type<PurchaseInfo>().notNull(),
    /** Why it ended: referral target, rejection reason, transfer target, escalation reason… */
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Reporting: time to first response / to settlement, net of time spent waiting on the consumer. */
    responseMs: bigint('response_ms', { mode: 'number' }),
    resolutionMs: bigint('resolution_ms', { mode: 'number' }),
    pausedTotalMs: bigint('paused_total_ms', { mode: 'number' }).notNull().default(0),
    /**
     * At most one open case may hold this key: a receipt filed by one payer (`receipt:<institution>:<txn>:<payer>`).
     * Filing it again returns the open case instead of making a second one.
     */
    uniqueKey: text('unique_key'),
    /** SHA-256 of the filer's Idempotency-Key (scoped to the filer) and of the request it came with. */
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    /** When the AI mediator should (re)read the case: set at filing and when the facts change; null when current. */
    analysisDueAt: timestamp('analysis_due_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('cases_analysis_due').on(t.analysisDueAt).where(sql`analysis_due_at is not null`),
    uniqueIndex('cases_region_number').on(t.regionId, t.number),
    index('cases_region_merchant_status').on(t.regionId, t.merchantId, t.status),
    index('cases_region_org_status').on(t.regionId, t.assignedOrgId, t.status),
    index('cases_region_status').on(t.regionId, t.status),
    // Statistics and reports read a region's cases by filing date.
    index('cases_region_filed').on(t.regionId, t.filedAt),
    index('cases_consumer').on(t.consumerId),
    // The auth hook resolves x-case-token by this hash on every consumer request.
    uniqueIndex('cases_consumer_token_hash').on(t.consumerTokenHash),
    uniqueIndex('cases_idempotency_key').on(t.idempotencyKey),
    uniqueIndex('cases_open_unique_key').on(t.uniqueKey).where(sql`unique_key is not null and closed_at is null`),
  ],
);

/** The AI mediator's latest reading of a case (src/mediator): shown to every party, refreshed when facts change. */
export const caseAnalyses = pgTable(
  'case_analyses',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** The mediator's ANALYSIS_VERSION and model it came from. */
    version: text('version').notNull(),
    category: text('category').notNull(),
    route: text('route').$type<'auto' | 'merchant' | 'human'>().notNull(),
    analysis: jsonb('analysis').$type<Record<string, unknown>>().notNull(),
    analysedAt: timestamp('analysed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_analyses_region_category').on(t.regionId, t.category)],
);

/**
 * Further access tokens for a case, beyond the one handed out at filing: the same receipt presented again
 * (it proves the purchase, so it opens the payer's case) or an idempotent retry of the filing.
 */
export const caseAccessTokens = pgTable(
  'case_access_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reason: text('reason').$type<'receipt' | 'retry'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_access_tokens_region_case').on(t.regionId, t.caseId)],
);

export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    by: text('by').$type<'consumer' | 'merchant' | 'mediator'>().notNull(),
    byUserId: uuid('by_user_id'),
    terms: jsonb('terms').$type<OfferTerm[]>().notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    message: text('message').notNull().default(''),
    status: text('status').$type<'open' | 'accepted' | 'rejected' | 'superseded'>().notNull(),
    replyToOfferId: uuid('reply_to_offer_id'),
    responseReason: text('response_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [index('offers_region_case').on(t.regionId, t.caseId, t.createdAt)],
);

export const caseMessages = pgTable(
  'case_messages',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorRole: text('author_role').notNull(),
    authorId: uuid('author_id'),
    kind: text('kind').$type<'message' | 'question' | 'answer'>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_messages_region_case').on(t.regionId, t.caseId, t.createdAt)],
);

/** A deadline applied to one case (policy × case): due time, pause accounting, met/missed. */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<DeadlineKind>().notNull(),
    basis: text('basis').$type<DeadlineBasis>().notNull(),
    status: text('status').$type<'active' | 'met' | 'missed' | 'cancelled'>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    pausedMs: bigint('paused_ms', { mode: 'number' }).notNull().default(0),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('case_deadlines_region_case').on(t.regionId, t.caseId),
    // The sweeper's scan: active deadlines by due time.
    index('case_deadlines_status_due').on(t.status, t.dueAt),
  ],
);

/** One row per missed deadline (the merchant's, the mediator's or the regulator's record). */
export const deadlineMisses = pgTable(
  'deadline_misses',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    deadlineId: uuid('deadline_id')
      .notNull()
      .references(() => caseDeadlines.id),
    kind: text('kind').$type<DeadlineKind>().notNull(),
    /** Who missed it: merchant id or organisation id. */
    responsibleId: uuid('responsible_id'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('deadline_misses_deadline').on(t.deadlineId),
    index('deadline_misses_region_responsible').on(t.regionId, t.responsibleId),
  ],
);
