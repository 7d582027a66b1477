// A region's configuration: its deadline policy and its escalation ladder. Stored as JSON on the region
// row (regions.settings) and always read through readRegionSettings, so a key added later takes its
// default on old rows instead of being undefined.
import { z } from 'zod';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from '../cases/case.deadlines.js';
import { TIERS, type Tier } from '../cases/case.machine.js';

/**
 * How the AI mediator routes this region's cases: above `humanAboveMinor` a person mediates; at most
 * `autoMaxMinor` may be settled by rule (merchant auto-resolution) without one.
 */
export type MediatorRouting = { humanAboveMinor: number; autoMaxMinor: number };
export type RegionSettings = { deadlines: DeadlinePolicy; ladder: Tier[]; mediator: MediatorRouting };

export const DEFAULT_MEDIATOR_ROUTING: MediatorRouting = Object.freeze({
  humanAboveMinor: 500_000,
  autoMaxMinor: 200_000,
});

export const DEFAULT_LADDER: readonly Tier[] = Object.freeze(['merchant', 'mediation', 'regulator', 'referral']);

export const DEFAULT_REGION_SETTINGS: RegionSettings = Object.freeze({
  deadlines: DEFAULT_DEADLINE_POLICY,
  ladder: [...DEFAULT_LADDER],
  mediator: DEFAULT_MEDIATOR_ROUTING,
});

/** A zone the runtime knows by name (Intl resolves both canonical names and links such as Asia/Chongqing). */
export function isIanaTimeZone(tz: string): boolean {
  // The pattern keeps out offsets such as "+08:00", which newer runtimes also accept but which ignore DST rules.
  if (!/^[A-Za-z]+(?:[/_-][A-Za-z0-9+-]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .trim()
  .refine(isIanaTimeZone, { message: 'an IANA time zone such as Asia/Shanghai' });

/** Whole units; upper bounds only catch typos (a response window of 10 years is a mistake, not a policy). */
const hours = (d: number) =>
  z
    .number()
    .int()
    .positive()
    .max(24 * 30)
    .default(d);
const days = (d: number) => z.number().int().positive().max(365).default(d);

const deadlineShape = {
  merchantResponseHours: hours(DEFAULT_DEADLINE_POLICY.merchantResponseHours),
  resolutionDays: days(DEFAULT_DEADLINE_POLICY.resolutionDays),
  fulfilmentDays: days(DEFAULT_DEADLINE_POLICY.fulfilmentDays),
  mediationDays: days(DEFAULT_DEADLINE_POLICY.mediationDays),
  regulatorAcceptanceWorkingDays: days(DEFAULT_DEADLINE_POLICY.regulatorAcceptanceWorkingDays),
  regulatorMediationWorkingDays: days(DEFAULT_DEADLINE_POLICY.regulatorMediationWorkingDays),
  timeZone: TimeZoneSchema.default(DEFAULT_DEADLINE_POLICY.timeZone),
};

const minor = (d: number) => z.number().int().min(0).max(100_000_000_00).default(d);
const mediatorShape = {
  humanAboveMinor: minor(DEFAULT_MEDIATOR_ROUTING.humanAboveMinor),
  autoMaxMinor: minor(DEFAULT_MEDIATOR_ROUTING.autoMaxMinor),
};

/**
 * Starts with the merchant (the consumer always goes to the merchant first), ends with referral (the way
 * out when nobody settles), no tier twice, and in the canonical order: the lifecycle only ever escalates
 * upwards, so a ladder that went regulator → mediation could never be walked as written.
 */
const LadderSchema = z
  .array(z.enum(TIERS))
  .min(2)
  .max(TIERS.length)
  .superRefine((ladder, ctx) => {
    if (ladder[0] !== 'merchant') ctx.addIssue({ code: 'custom', message: "the ladder must start with 'merchant'" });
    if (ladder.at(-1) !== 'referral') ctx.addIssue({ code: 'custom', message: "the ladder must end with 'referral'" });
    if (new Set(ladder).size !== ladder.length) {
      ctx.addIssue({ code: 'custom', message: 'a tier may appear only once in the ladder' });
      return;
    }
    const ranks = ladder.map((t) => TIERS.indexOf(t));
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) {
      ctx.addIssue({ code: 'custom', message: `the tiers must keep the order ${TIERS.join(' → ')}` });
    }
  });

/** Stored rows are read leniently about keys a later version may have dropped, strictly about values. */
const StoredRegionSettings = z.object({
  // prefault: a missing `deadlines` is parsed as {}, so each of its keys takes its own default.
  deadlines: z.object(deadlineShape).prefault({}),
  ladder: LadderSchema.default(() => [...DEFAULT_LADDER]),
  mediator: z.object(mediatorShape).prefault({}),
}) satisfies z.ZodType<RegionSettings>;

/**
 * What a client sends: unknown keys are refused, missing keys take the defaults, except the time zone,
 * which is left out so the caller can default it to the region's own (see completeRegionSettings).
 */
export const RegionSettingsInput = z.strictObject({
  deadlines: z.strictObject({ ...deadlineShape, timeZone: TimeZoneSchema.optional() }).prefault({}),
  ladder: LadderSchema.default(() => [...DEFAULT_LADDER]),
  mediator: z.strictObject(mediatorShape).prefault({}),
});
export type RegionSettingsInput = z.output<typeof RegionSettingsInput>;

/** Settings from client input, with the deadline time zone defaulting to the region's. */
export function completeRegionSettings(input: RegionSettingsInput | undefined, regionTimeZone: string): RegionSettings {
  const parsed = input ?? RegionSettingsInput.parse({});
  return {
    ladder: parsed.ladder,
    mediator: parsed.mediator,
    deadlines: { ...parsed.deadlines, timeZone: parsed.deadlines.timeZone ?? regionTimeZone },
  };
}

/** The response shape (every key present). */
export const RegionSettingsView = z.object({
  deadlines: z.object({
    merchantResponseHours: z.number().int(),
    resolutionDays: z.number().int(),
    fulfilmentDays: z.number().int(),
    mediationDays: z.number().int(),
    regulatorAcceptanceWorkingDays: z.number().int(),
    regulatorMediationWorkingDays: z.number().int(),
    timeZone: z.string(),
  }),
  ladder: z.array(z.enum(TIERS)),
  mediator: z.object({ humanAboveMinor: z.number().int(), autoMaxMinor: z.number().int() }),
});

/**
 * The settings stored on a region, with defaults for every missing key. Throws on a stored value that is
 * invalid (only possible by editing the row by hand): running cases on silently substituted deadlines
 * would be worse than failing loudly.
 */
export function readRegionSettings(json: unknown): RegionSettings {
  const parsed = StoredRegionSettings.safeParse(json ?? {});
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid region settings: ${why}`);
  }
  return parsed.data;
}
