/**
 * Deadline rules of the case lifecycle — pure (time comes in as arguments).
 *
 * `planDeadlines` says which deadlines a transition opens, meets or cancels; `eventOnMiss` says what the
 * sweeper does when one passes; `shiftAfterPause` moves a due time after the consumer answered a question.
 * Statutory periods of the regulator tier follow 市场监督管理投诉举报处理暂行办法 (第十四条: 7 working days
 * to decide on acceptance; 第二十一条(五): mediation ends after 45 working days without agreement).
 */
import { utcOffsetMs, type WorkingDayCalendar } from '../../lib/calendar/index.js';
import type { CaseEvent, CaseEventType, CaseState } from './case.machine.js';
import { isTerminal } from './case.machine.js';

export const DEADLINE_KINDS = [
  'merchant_response',
  'resolution',
  'fulfilment',
  'mediation',
  'regulator_acceptance',
  'regulator_mediation',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Per region. */
export type DeadlinePolicy = {
  merchantResponseHours: number;
  /** Calendar days from when the case reached the merchant. */
  resolutionDays: number;
  /** Calendar days after agreement. */
  fulfilmentDays: number;
  /** Calendar days at the mediation-organisation tier. */
  mediationDays: number;
  /** 市场监督管理投诉举报处理暂行办法 第十四条. */
  regulatorAcceptanceWorkingDays: number;
  /** 第二十一条(五). */
  regulatorMediationWorkingDays: number;
  timeZone: string;
};

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze({
  merchantResponseHours: 24,
  resolutionDays: 7,
  fulfilmentDays: 3,
  mediationDays: 15,
  regulatorAcceptanceWorkingDays: 7,
  regulatorMediationWorkingDays: 45,
  timeZone: 'Asia/Shanghai',
});

export type DeadlineBasis = 'hours' | 'calendar_days' | 'working_days';
export type OpenDeadline = { kind: DeadlineKind; dueAt: Date; basis: DeadlineBasis };
export type DeadlinePlan = { open: OpenDeadline[]; meet: DeadlineKind[]; cancel: DeadlineKind[] };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Same local wall-clock time `days` later. Equal to days × 24 h in every Chinese zone (no DST); the offset
 * correction keeps a region in a DST zone from drifting by an hour.
 */
export function addCalendarDays(from: Date, days: number, timeZone: string): Date {
  const naive = from.getTime() + days * DAY_MS;
  const fromOffset = utcOffsetMs(from, timeZone);
  let at = naive + fromOffset - utcOffsetMs(new Date(naive), timeZone);
  at = naive + fromOffset - utcOffsetMs(new Date(at), timeZone); // second pass settles a boundary crossing
  return new Date(at);
}

/** Leaving regulator_review this way is the regulator's acceptance decision (受理 / 不予受理 / 移送 / 告知). */
const REGULATOR_DECISIONS: ReadonlySet<CaseEventType> = new Set([
  'accept_complaint',
  'decline_complaint',
  'reject',
  'transfer',
  'refer',
]);

/** What changes on the case's deadlines when `event` moves it from `prev` to `next` at `now`. prev is null when the case is created (then event is undefined). */
export function planDeadlines(args: {
  prev: CaseState | null;
  next: CaseState;
  event?: CaseEvent;
  now: Date;
  policy: DeadlinePolicy;
  calendar: WorkingDayCalendar;
}): DeadlinePlan {
  const { prev, next, event, now, policy, calendar } = args;
  const tz = policy.timeZone;
  const open: OpenDeadline[] = [];
  const meet = new Set<DeadlineKind>();
  const cancel = new Set<DeadlineKind>();
  const from = prev?.status ?? null;
  const entered = from === next.status ? null : next.status;

  if (
    from === 'awaiting_response' &&
    (event?.type === 'respond' || (event?.type === 'make_offer' && event.by === 'merchant'))
  ) {
    meet.add('merchant_response');
  }
  if (from === 'regulator_review' && event && REGULATOR_DECISIONS.has(event.type)) meet.add('regulator_acceptance');

  switch (entered) {
    case 'awaiting_response':
      open.push(
        {
          kind: 'merchant_response',
          dueAt: new Date(now.getTime() + policy.merchantResponseHours * HOUR_MS),
          basis: 'hours',
        },
        { kind: 'resolution', dueAt: addCalendarDays(now, policy.resolutionDays, tz), basis: 'calendar_days' },
      );
      break;
    case 'settled':
      for (const k of ['merchant_response', 'resolution', 'mediation', 'regulator_mediation'] as const) meet.add(k);
      open.push({ kind: 'fulfilment', dueAt: addCalendarDays(now, policy.fulfilmentDays, tz), basis: 'calendar_days' });
      break;
    case 'fulfilled':
      meet.add('fulfilment');
      break;
    case 'in_mediation':
      for (const k of ['merchant_response', 'resolution', 'fulfilment'] as const) cancel.add(k);
      open.push({ kind: 'mediation', dueAt: addCalendarDays(now, policy.mediationDays, tz), basis: 'calendar_days' });
      break;
    case 'regulator_review':
      for (const k of ['merchant_response', 'resolution', 'fulfilment', 'mediation'] as const) cancel.add(k);
      open.push({
        kind: 'regulator_acceptance',
        dueAt: calendar.addWorkingDays(now, policy.regulatorAcceptanceWorkingDays, tz),
        basis: 'working_days',
      });
      break;
    case 'regulator_mediation':
      open.push({
        kind: 'regulator_mediation',
        dueAt: calendar.addWorkingDays(now, policy.regulatorMediationWorkingDays, tz),
        basis: 'working_days',
      });
      break;
    case null: // no status change (offers, questions, a first confirmation): nothing opens
    case 'filed':
    case 'negotiating': // reached only by the merchant's reply, handled above
    case 'closed':
    case 'referred':
    case 'withdrawn':
    case 'rejected':
    case 'transferred': // terminal: handled below
      break;
    default: {
      const unreachable: never = entered;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }

  if (entered && isTerminal(entered)) {
    for (const k of DEADLINE_KINDS) if (!meet.has(k)) cancel.add(k);
  }

  // Stable order, and a kind never both met and cancelled, nor cancelled right after being opened.
  const opened = new Set(open.map((d) => d.kind));
  return {
    open,
    meet: DEADLINE_KINDS.filter((k) => meet.has(k)),
    cancel: DEADLINE_KINDS.filter((k) => cancel.has(k) && !meet.has(k) && !opened.has(k)),
  };
}

/**
 * Which event the sweeper applies when an active deadline of this kind is missed, or null when the miss is only
 * recorded (regulator_acceptance: the regulator's own miss, reported, no automatic move; or the case has moved on).
 * A case that is waiting on the consumer has its deadlines paused: the sweeper must not treat them as missed
 * (the machine refuses deadline-driven moves while waitingOnConsumer).
 */
export function eventOnMiss(kind: DeadlineKind, state: CaseState): CaseEvent | null {
  const s = state.status;
  switch (kind) {
    case 'merchant_response':
      return s === 'awaiting_response' ? { type: 'escalate', reason: 'response_deadline_missed' } : null;
    case 'resolution':
      return s === 'awaiting_response' || s === 'negotiating'
        ? { type: 'escalate', reason: 'resolution_deadline_missed' }
        : null;
    case 'fulfilment':
      return s === 'settled' ? { type: 'escalate', reason: 'fulfilment_deadline_missed' } : null;
    case 'mediation':
      return s === 'in_mediation' ? { type: 'escalate', reason: 'mediation_deadline_missed' } : null;
    case 'regulator_acceptance':
      return null;
    case 'regulator_mediation':
      return s === 'regulator_mediation' ? { type: 'mediation_expired' } : null;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown deadline kind ${String(unreachable)}`);
    }
  }
}

/**
 * New due time of an active deadline after a pause (the consumer was asked a question) from pausedFrom to
 * resumedAt: hours/calendar_days deadlines shift by the paused duration; working_days deadlines shift by the
 * number of working days that fell inside the pause and keep their end-of-day alignment.
 */
export function shiftAfterPause(
  d: { dueAt: Date; basis: DeadlineBasis },
  pausedFrom: Date,
  resumedAt: Date,
  policy: DeadlinePolicy,
  calendar: WorkingDayCalendar,
): Date {
  const pausedMs = resumedAt.getTime() - pausedFrom.getTime();
  if (pausedMs <= 0) return new Date(d.dueAt);
  switch (d.basis) {
    case 'hours':
    case 'calendar_days':
      return new Date(d.dueAt.getTime() + pausedMs);
    case 'working_days': {
      const n = calendar.workingDaysBetween(pausedFrom, resumedAt, policy.timeZone);
      return n > 0 ? calendar.addWorkingDays(d.dueAt, n, policy.timeZone) : new Date(d.dueAt);
    }
    default: {
      const unreachable: never = d.basis;
      throw new Error(`unknown deadline basis ${String(unreachable)}`);
    }
  }
}

const LABELS: Record<DeadlineKind, { zh: string; en: string }> = {
  merchant_response: { zh: '商家答复期限', en: 'merchant response deadline' },
  resolution: { zh: '协商处理期限', en: 'resolution deadline' },
  fulfilment: { zh: '和解履行期限', en: 'fulfilment deadline' },
  mediation: { zh: '调解组织调解期限', en: 'mediation deadline' },
  regulator_acceptance: { zh: '投诉受理决定期限', en: 'regulator acceptance deadline' },
  regulator_mediation: { zh: '行政调解期限', en: 'administrative mediation deadline' },
};

export function deadlineLabel(kind: DeadlineKind): { zh: string; en: string } {
  return { ...LABELS[kind] };
}
