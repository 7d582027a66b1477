// Request and response shapes of the region dashboard (GET /regions/:code/stats). Definitions: docs/stats.md.
import { z } from 'zod';

const Day = z.iso.date();

export const StatsQuery = z
  .strictObject({
    /** First day, inclusive, in the region's time zone. Default: 29 days before `to`. */
    from: Day.optional(),
    /** Last day, inclusive, in the region's time zone. Default: today there. */
    to: Day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type StatsQuery = z.infer<typeof StatsQuery>;

export const Measures = z.object({
  filed: z.number().int(),
  /** Still being handled: filed, awaiting_response, negotiating, in_mediation, regulator_review, regulator_mediation. */
  open: z.number().int(),
  /** Reached a settlement: status settled, fulfilled, or closed with a settlement. */
  settled: z.number().int(),
  closed: z.number().int(),
  /** Now handled beyond the merchant tier (mediation, regulator or referral). */
  escalated: z.number().int(),
  withdrawn: z.number().int(),
  rejected: z.number().int(),
  transferred: z.number().int(),
  /** settled ÷ filed; null when nothing was filed. */
  resolutionRate: z.number().nullable(),
  /** Merchant-response deadlines that are decided (met, missed, or active and past due now). */
  responseDue: z.number().int(),
  /** Of those, met by the due time. */
  respondedInTime: z.number().int(),
  /** respondedInTime ÷ responseDue; null when none is decided. */
  respondedInTimeRate: z.number().nullable(),
  firstResponseHours: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
  settlementHours: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
  /** Cases with an active deadline past due now. */
  overdueNow: z.number().int(),
  /** Accepted offers: refund and compensation terms, in minor units, per currency. */
  money: z.array(
    z.object({ currency: z.string(), refundMinor: z.number().int(), compensationMinor: z.number().int() }),
  ),
});
export type Measures = z.infer<typeof Measures>;

export const RegionStatsView = z.object({
  region: z.object({ code: z.string(), timeZone: z.string() }),
  /** The days covered, inclusive, in the region's time zone, and the instants they map to. */
  range: z.object({ from: Day, to: Day, since: z.iso.datetime(), until: z.iso.datetime() }),
  /** 'region': every case of the region; 'org': only cases assigned to the caller's organisation (mediators). */
  scope: z.enum(['region', 'org']),
  asOf: z.iso.datetime(),
  totals: Measures,
  byDistrict: z.array(
    Measures.extend({ districtId: z.uuid().nullable(), code: z.string().nullable(), name: z.string().nullable() }),
  ),
  /** `industry` is the merchant's industry code (see INDUSTRIES); null for cases with no merchant identified. */
  byIndustry: z.array(
    Measures.extend({
      industry: z.string().nullable(),
      /** The industry's name in Chinese and English; null with a null industry. */
      name: z.object({ zh: z.string(), en: z.string() }).nullable(),
    }),
  ),
  daily: z.array(z.object({ day: Day, filed: z.number().int(), settled: z.number().int() })),
});
export type RegionStatsView = z.infer<typeof RegionStatsView>;

// ——— A merchant's own figures (GET /merchants/:id/stats) ———

export const MerchantStatsQuery = z
  .strictObject({
    /** First day, inclusive, in the merchant's region's time zone. Default: 89 days before `to`. */
    from: Day.optional(),
    /** Last day, inclusive. Default: today there. */
    to: Day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type MerchantStatsQuery = z.infer<typeof MerchantStatsQuery>;

/** The region's measures, and what a merchant is judged on besides: settlement within the deadline, ratings. */
export const MerchantMeasures = Measures.extend({
  /** Resolution deadlines (7 days by default) that are decided: met, missed, or active and past due now. */
  resolutionDue: z.number().int(),
  /** Of those, met by the due time: the case was settled within the deadline. */
  settledInTime: z.number().int(),
  /** settledInTime ÷ resolutionDue; null when none is decided. */
  settledInTimeRate: z.number().nullable(),
  ratings: z.object({
    /** Cases the consumer rated. */
    count: z.number().int(),
    /** Mean score (1–5), 2 decimals; null with no rating. */
    mean: z.number().nullable(),
    /** How many ratings of 1, 2, 3, 4 and 5 stars. */
    byScore: z.array(z.number().int()).length(5),
  }),
});
export type MerchantMeasures = z.infer<typeof MerchantMeasures>;

export const MerchantStatsView = z.object({
  merchant: z.object({ id: z.uuid(), legalName: z.string(), tradeName: z.string() }),
  region: z.object({ code: z.string(), timeZone: z.string() }),
  range: z.object({ from: Day, to: Day, since: z.iso.datetime(), until: z.iso.datetime() }),
  asOf: z.iso.datetime(),
  totals: MerchantMeasures,
  /** Cases of the cohort per current status, largest first. */
  byStatus: z.array(z.object({ status: z.string(), filed: z.number().int() })),
  /** Per dispute category the AI mediator read (null: not analysed yet). */
  byCategory: z.array(
    MerchantMeasures.extend({
      category: z.string().nullable(),
      name: z.object({ zh: z.string(), en: z.string() }).nullable(),
    }),
  ),
  /** Per store the complaint names (null: no store identified, e.g. an online order). */
  byStore: z.array(MerchantMeasures.extend({ storeId: z.uuid().nullable(), name: z.string().nullable() })),
  daily: z.array(z.object({ day: Day, filed: z.number().int(), settled: z.number().int() })),
});
export type MerchantStatsView = z.infer<typeof MerchantStatsView>;
