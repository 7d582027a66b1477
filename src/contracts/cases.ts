// Request and response shapes of the case API, shared by the server (validation, OpenAPI) and web/.
import { z } from 'zod';
import { DEMAND_CODES } from '../mediator/labels.js';
import { CASE_STATUSES, TIERS } from '../modules/cases/case.machine.js';

/** The consumer's demands: the AI mediator's label set (one list for the API, the model and the web app). */
export const DEMANDS = DEMAND_CODES;

export const OFFER_TERM_KINDS = ['refund', 'return', 'exchange', 'repair', 'compensation', 'apology', 'other'] as const;

const amountMinor = z.number().int().min(0).max(100_000_000_00);
const currency = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. CNY');
const text = (max: number) => z.string().trim().min(1).max(max);

export const FileCaseBody = z
  .strictObject({
    /** Whom the complaint is against, when there is no receipt: the store's QR code, or the merchant. */
    merchant: z
      .union([
        z.strictObject({ merchantId: z.uuid() }),
        z.strictObject({ storeId: z.uuid() }),
        z.strictObject({ creditCode: z.string().trim().min(1).max(32), region: z.string().max(16).optional() }),
      ])
      .optional(),
    /** A receipt token signed by a payment institution (docs/receipts.md): proves the purchase and the merchant. */
    receipt: z.string().trim().min(1).max(8192).optional(),
    /** The short code printed on a receipt, for a payment the institution pushed (XXXXX-XXXXX). */
    shortCode: z.string().trim().min(1).max(32).optional(),
    /**
     * Only for a payment institution filing for its user from the payment record in its app (its API key
     * vouches for the purchase): the institution's transaction id, looked up or pulled from the institution.
     */
    transaction: z.strictObject({ txn: z.string().min(1).max(64) }).optional(),
    /**
     * Region code for a receipt whose merchant id the platform does not know yet: its regulator identifies the
     * merchant. Without it the platform's default region takes the case.
     */
    region: z.string().trim().max(16).optional(),
    title: z.string().trim().max(100).optional(),
    description: z.string().trim().min(5).max(5000),
    demands: z.array(z.enum(DEMANDS)).min(1).max(DEMANDS.length),
    claim: z.strictObject({ amountMinor, currency: currency.default('CNY') }).optional(),
    /** The consumer's own account of the purchase, when there is no receipt: unverified. */
    purchase: z
      .strictObject({
        amountMinor: amountMinor.optional(),
        currency: currency.optional(),
        paidAt: z.iso.datetime({ offset: true }).optional(),
        description: z.string().trim().max(500).optional(),
      })
      .optional(),
    /** Contact phone for updates (stored encrypted, shown masked). */
    phone: z.string().trim().max(20).optional(),
  })
  .superRefine((b, ctx) => {
    const proofs = [b.merchant, b.receipt, b.shortCode, b.transaction].filter((x) => x !== undefined).length;
    if (proofs !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['merchant'],
        message: 'give exactly one of merchant, receipt, shortCode or transaction',
      });
    }
    if (b.purchase && (b.receipt || b.shortCode || b.transaction)) {
      ctx.addIssue({
        code: 'custom',
        path: ['purchase'],
        message: 'the purchase is taken from the receipt; do not send it as well',
      });
    }
  });
export type FileCaseBody = z.infer<typeof FileCaseBody>;

export const OfferTermSchema = z.strictObject({
  kind: z.enum(OFFER_TERM_KINDS),
  amountMinor: amountMinor.optional(),
  note: z.string().trim().max(500).optional(),
});

export const MakeOfferBody = z.strictObject({
  terms: z.array(OfferTermSchema).min(1).max(10),
  message: z.string().trim().max(2000).optional(),
});
export const RespondOfferBody = z.strictObject({ reason: z.string().trim().max(1000).optional() });
export const MessageBody = z.strictObject({
  body: text(4000),
  /** 'question': the merchant or mediator asks the consumer; deadlines pause until the consumer replies. */
  kind: z.enum(['message', 'question']).default('message'),
});
export const RatingBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export const ReasonBody = z.strictObject({ reason: z.string().trim().max(1000).optional() });
export const MediationOutcomeBody = z.strictObject({
  outcome: z.enum(['agreement', 'failure']),
  terms: z.array(OfferTermSchema).max(10).optional(),
  note: z.string().trim().max(2000).optional(),
});
export const RegulatorDecisionBody = z.strictObject({
  decision: z.enum(['accept', 'decline']),
  reason: z.string().trim().max(1000).optional(),
});
export const ReferBody = z.strictObject({
  to: z.enum(['arbitration', 'court', 'formal_complaint']),
  note: z.string().trim().max(1000).optional(),
});
export const RejectBody = z.strictObject({
  reason: z.enum(['out_of_scope', 'duplicate']),
  note: z.string().trim().max(1000).optional(),
});
export const TransferBody = z.strictObject({
  /** Another region's code, or a partner organisation's name for cross-border cases. */
  target: z.union([z.strictObject({ region: text(16) }), z.strictObject({ partner: text(200) })]),
  note: z.string().trim().max(1000).optional(),
});
export const AssignBody = z.strictObject({ userId: z.uuid().optional() });
export const IdentifyMerchantBody = z.strictObject({ merchantId: z.uuid() });

export const ConfirmRefundBody = z.strictObject({
  /** The institution's own reference for the refund (shown to both sides). */
  institutionRef: z.string().trim().min(1).max(100).optional(),
});
export const RefundView = z.object({
  id: z.string(),
  caseId: z.string(),
  status: z.enum(['pending', 'delivered', 'confirmed', 'failed']),
  amountMinor: z.number().int(),
  currency: z.string(),
  confirmedAt: z.string().nullable(),
});

export const CaseIdParams = z.strictObject({ id: z.uuid() });
export const OfferParams = z.strictObject({ id: z.uuid(), offerId: z.uuid() });

export const ListCasesQuery = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(CASE_STATUSES)).optional()),
  tier: z.enum(TIERS).optional(),
  /** The handling organisation's cases (a regulator looking at one committee's queue). */
  orgId: z.uuid().optional(),
  /** 'me': assigned to the caller; 'unassigned': nobody has taken them yet. */
  assignee: z.enum(['me', 'unassigned']).optional(),
  /** Only cases with a deadline due within this many hours (e.g. 24 for "due today"). */
  dueWithinHours: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 90)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.uuid().optional(),
});

const DeadlineView = z.object({
  kind: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  status: z.string(),
  basis: z.string(),
  startedAt: z.string(),
  dueAt: z.string(),
  endedAt: z.string().nullable(),
  pausedMs: z.number(),
});

export const CaseSummaryView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(CASE_STATUSES),
  tier: z.enum(TIERS),
  title: z.string(),
  merchant: z.object({ id: z.string(), name: z.string() }).nullable(),
  waitingOnConsumer: z.boolean(),
  filedAt: z.string(),
  updatedAt: z.string(),
  nextDueAt: z.string().nullable(),
});

const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** The AI mediator's reading (src/mediator), as every party of a case and the filing page see it. */
export const AnalysisView = z.object({
  version: z.string(),
  category: z.string(),
  categoryName: Bilingual,
  confidence: z.number(),
  demands: z.array(z.object({ code: z.string(), name: Bilingual, probability: z.number() })),
  facts: z.record(z.string(), z.unknown()),
  missing: z.array(z.object({ key: z.string(), question: Bilingual })),
  scenario: z.object({ id: z.string(), name: Bilingual }),
  articles: z.array(
    z.object({ ref: z.string(), lawTitle: z.string(), no: z.string(), text: z.string(), reason: Bilingual }),
  ),
  remedy: z.record(z.string(), z.unknown()).nullable(),
  settlement: z.object({
    terms: z.array(z.record(z.string(), z.unknown())),
    totalMinor: z.number(),
    currency: z.string(),
    apology: z.boolean(),
    summary: Bilingual,
  }),
  guidance: z.object({ consumer: Bilingual, merchant: Bilingual }),
  route: z.enum(['auto', 'merchant', 'human']),
  routeReasons: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
  explanation: Bilingual,
});

export const CaseView = CaseSummaryView.extend({
  /** Null until the mediator has read the case (within seconds of filing). */
  analysis: AnalysisView.extend({ analysedAt: z.string() }).nullable(),
  region: z.object({ id: z.string(), code: z.string() }),
  description: z.string(),
  demands: z.array(z.string()),
  claim: z.object({ amountMinor: z.number(), currency: z.string() }).nullable(),
  purchase: z.record(z.string(), z.unknown()),
  merchant: z.object({ id: z.string(), name: z.string(), legalName: z.string(), creditCode: z.string() }).nullable(),
  consumer: z.object({ phoneMasked: z.string().nullable() }),
  assignedOrg: z.object({ id: z.string(), name: z.string() }).nullable(),
  assigneeUserId: z.string().nullable(),
  waitingReason: z.string().nullable(),
  pausedAt: z.string().nullable(),
  fulfilment: z.object({ merchantConfirmed: z.boolean(), consumerConfirmed: z.boolean() }),
  outcome: z.record(z.string(), z.unknown()).nullable(),
  rating: z.object({ score: z.number(), comment: z.string().nullable() }).nullable(),
  times: z.object({
    firstResponseAt: z.string().nullable(),
    settledAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    responseMs: z.number().nullable(),
    resolutionMs: z.number().nullable(),
    pausedTotalMs: z.number(),
  }),
  deadlines: z.array(DeadlineView),
  offers: z.array(
    z.object({
      id: z.string(),
      by: z.string(),
      terms: z.array(z.record(z.string(), z.unknown())),
      totalMinor: z.number(),
      currency: z.string(),
      message: z.string(),
      status: z.string(),
      responseReason: z.string().nullable(),
      createdAt: z.string(),
      respondedAt: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({ id: z.string(), authorRole: z.string(), kind: z.string(), body: z.string(), createdAt: z.string() }),
  ),
  timeline: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorRole: z.string(),
      action: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      data: z.unknown().optional(),
    }),
  ),
  /** What the viewer may do now (lifecycle events and commands). */
  viewerRole: z.string(),
  allowedActions: z.array(z.string()),
});

export const FiledCaseView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(CASE_STATUSES),
  deadlines: z.array(DeadlineView),
  /** Keep it: it is the consumer's key to follow the case (header x-case-token). Shown once. */
  accessToken: z.string(),
  verified: z.boolean(),
  /** The purchase as the institution stated it (verified) or as the consumer told it. */
  purchase: z.object({
    verified: z.boolean(),
    amountMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    paidAt: z.string().nullable(),
  }),
  /** True when this answers a repeat (same receipt, or an Idempotency-Key retry): the case filed before. */
  existing: z.boolean(),
});
