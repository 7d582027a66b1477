// What a demo case will go through: its complaint, when it is filed, and each later step with its time.
// Plans are pure data computed up front from the seeded generator; runner.ts carries them out through the
// use cases on a moving clock.
import type { z } from 'zod';
import type { OfferTermSchema } from '../../contracts/cases.js';
import { HOUR } from '../../lib/clock.js';
import type { CaseStatus } from '../cases/index.js';
import type { ComplaintTemplate, Demand } from './complaints.js';
import type { Rng } from './prng.js';
import { RATING_COMMENT } from './replies.js';

export type Terms = z.infer<typeof OfferTermSchema>[];
export type Side = 'consumer' | 'merchant' | 'mediator' | 'regulator';

export type Step =
  | { op: 'message'; by: Side; text: string; question?: boolean }
  | { op: 'offer'; by: Side; terms: Terms; message: string }
  /** Accept or reject the open offer of the other side. */
  | { op: 'answer'; by: 'consumer' | 'merchant'; accept: boolean; reason?: string }
  | { op: 'confirm'; by: 'consumer' | 'merchant' }
  | { op: 'rate'; score: number; comment: string }
  | { op: 'close' }
  | { op: 'escalate'; reason: string }
  | { op: 'withdraw'; reason: string }
  /** The mediator takes the case from the organisation's queue. */
  | { op: 'assign' }
  | { op: 'outcome'; by: 'mediator' | 'regulator'; agreement: boolean; terms?: Terms; note: string }
  | { op: 'decide'; accept: boolean; reason?: string }
  | { op: 'refer'; by: 'mediator' | 'regulator'; to: 'arbitration' | 'court' | 'formal_complaint'; note: string }
  | { op: 'reject'; by: 'mediator' | 'regulator'; reason: 'out_of_scope' | 'duplicate'; note: string }
  | { op: 'transfer'; partner: string; note: string }
  /** The regulator names the merchant (plan.merchant) of a case filed without one. */
  | { op: 'identify' };

export type TimedStep = Step & { at: number };

export type Complaint = {
  title: string;
  description: string;
  demands: Demand[];
  paidMinor: number;
  claimMinor: number;
  offerKind: ComplaintTemplate['offerKind'];
  purchase: string;
};

export type CasePlan = {
  scenario: string;
  /** The status the case should be in when the seed ends (checked). */
  target: CaseStatus;
  /** Index into MERCHANTS; for an unidentified case, the merchant the regulator names later (or null). */
  merchant: number | null;
  /** Index into the merchant's stores, or null to file against the merchant itself. */
  store: number | null;
  /** Filed without an identifiable merchant (starts in `filed`); `district` is where it happened. */
  unidentified?: { district: string | null };
  complaint: Complaint;
  phone: string | null;
  filedAt: number;
  paidAt: number;
  steps: TimedStep[];
  /** Filed by the demo consumer's phone account rather than anonymously. */
  account?: boolean;
  /** Its access token is printed for the consumer sign-in. */
  showcase?: boolean;
};

/** The steps of one plan in time order, refusing to go past `limit` (the seed's "now"). */
export class Timeline {
  readonly steps: TimedStep[] = [];
  /** The current time of the plan: the filing time, then each step's. */
  t: number;
  constructor(
    readonly start: number,
    private readonly limit: number,
  ) {
    this.t = start;
  }

  /** A step `hours` after the previous one, or false (and nothing) when that would be past the limit. */
  after(hours: number, step: Step): boolean {
    const at = Math.round(this.t + hours * HOUR);
    if (at > this.limit) return false;
    this.t = at;
    this.steps.push({ ...step, at });
    return true;
  }

  /** A step the plan cannot do without: past the limit is a planning bug. */
  must(hours: number, step: Step): void {
    if (!this.after(hours, step)) throw new Error(`demo plan runs past now at step ${step.op}`);
  }

  /** A step at an absolute time (not before the previous one). */
  at(at: number, step: Step): void {
    this.must(Math.max(0, at - this.t) / HOUR, step);
  }

  /** Time passes with nothing from the parties (a deadline runs out; the sweeper acts). */
  wait(hours: number): void {
    this.t += Math.round(hours * HOUR);
  }
}

const yuan = (minor: number) => Math.max(100, Math.round(minor / 100) * 100);

/** A complaint from a template: the amount paid is drawn from its range, the claim follows the demands. */
export function makeComplaint(rng: Rng, tpl: ComplaintTemplate): Complaint {
  const raw = rng.between(tpl.min, tpl.max);
  const paid = raw > 1000 ? Math.round(raw / 10) * 10 : Math.round(raw);
  const paidMinor = paid * 100;
  // 退一赔三 with its ¥500 floor (消费者权益保护法 第五十五条), food 十倍 with its ¥1000 floor (食品安全法 第一百四十八条).
  const claimMinor = tpl.demands.includes('tenfold_compensation')
    ? paidMinor + Math.max(10 * paidMinor, 100_000)
    : tpl.demands.includes('triple_compensation')
      ? paidMinor + Math.max(3 * paidMinor, 50_000)
      : tpl.demands.includes('compensation')
        ? yuan(paidMinor * 1.5)
        : paidMinor;
  return {
    title: tpl.title,
    description: tpl.text.replaceAll('{amt}', String(paid)),
    demands: [...tpl.demands],
    paidMinor,
    claimMinor,
    offerKind: tpl.offerKind,
    purchase: tpl.title,
  };
}

export type OfferLevel = 'low' | 'mid' | 'full';

/** Offer terms for a complaint, from a token gesture (low) to everything asked for (full). */
export function offerTerms(rng: Rng, c: Complaint, level: OfferLevel): Terms {
  const part = (lo: number, hi: number) => yuan(c.paidMinor * rng.between(lo, hi));
  const extra =
    c.claimMinor > c.paidMinor ? [{ kind: 'compensation' as const, amountMinor: c.claimMinor - c.paidMinor }] : [];
  switch (c.offerKind) {
    case 'refund':
      if (level === 'low') return [{ kind: 'refund', amountMinor: part(0.3, 0.6) }];
      if (level === 'mid') return [{ kind: 'refund', amountMinor: part(0.7, 0.9) }, { kind: 'apology' }];
      return [{ kind: 'refund', amountMinor: c.paidMinor }, { kind: 'apology' }, ...extra];
    case 'exchange':
      if (level === 'low') return [{ kind: 'repair', note: '免费检测维修' }];
      if (level === 'mid') return [{ kind: 'exchange', note: '更换同型号新品' }, { kind: 'apology' }];
      return [{ kind: 'return', note: '退货' }, { kind: 'refund', amountMinor: c.paidMinor }, ...extra];
    case 'repair':
      if (level === 'low') return [{ kind: 'repair', note: '免费返修一次' }];
      if (level === 'mid')
        return [
          { kind: 'repair', note: '免费返修' },
          { kind: 'compensation', amountMinor: part(0.1, 0.2) },
        ];
      return [{ kind: 'refund', amountMinor: c.paidMinor }, { kind: 'apology' }];
    case 'compensation':
      if (level === 'low') return [{ kind: 'compensation', amountMinor: part(0.2, 0.5) }];
      if (level === 'mid') return [{ kind: 'refund', amountMinor: c.paidMinor }, { kind: 'apology' }];
      return [{ kind: 'refund', amountMinor: c.paidMinor }, ...extra, { kind: 'apology' }];
    case 'other':
      if (level === 'low') return [{ kind: 'other', note: '赠送等值代金券' }];
      if (level === 'mid') return [{ kind: 'other', note: '按原约定履行' }, { kind: 'apology' }];
      return [
        { kind: 'other', note: '按原约定履行' },
        { kind: 'compensation', amountMinor: part(0.1, 0.2) },
      ];
    default: {
      const never: never = c.offerKind;
      throw new Error(`unknown offer kind ${String(never)}`);
    }
  }
}

/** Mostly content after a settlement with the merchant; a few are not. */
export function rating(rng: Rng): { score: number; comment: string } {
  const score = rng.pick([5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1]);
  return { score, comment: rng.pick(RATING_COMMENT[score] ?? ['']) };
}

/** A made-up mainland mobile number (stored encrypted, shown masked as 138****1234). */
export function phoneNumber(rng: Rng): string {
  const prefix = rng.pick(['135', '136', '137', '138', '139', '150', '151', '158', '159', '186', '187', '188']);
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
