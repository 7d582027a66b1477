/**
 * Case lifecycle state machine — pure domain core (no I/O, no clock).
 *
 * A complaint goes to the merchant (24 h to respond, 7 days to resolve); unresolved cases climb the
 * region's escalation ladder: mediation organisation → market-regulation bureau (受理 then 行政调解) → referral.
 * The legal moves live in one data table (`TRANSITIONS`, keyed by status then event type) whose rules carry
 * guard functions; `transition` only looks the rule up, runs the guards and applies the effect.
 */

export const CASE_STATUSES = [
  'filed',
  'awaiting_response',
  'negotiating',
  'settled',
  'fulfilled',
  'closed',
  'in_mediation',
  'regulator_review',
  'regulator_mediation',
  'referred',
  'withdrawn',
  'rejected',
  'transferred',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Canonical order of the tiers; a region's ladder is an ordered subset of it. */
export const TIERS = ['merchant', 'mediation', 'regulator', 'referral'] as const;
export type Tier = (typeof TIERS)[number];
/** Per region, in order; always starts 'merchant' and ends 'referral'; 'mediation' and/or 'regulator' may be absent. */
export type Ladder = readonly Tier[];
/** mediator = any human third party (mediation organisation staff or regulator). */
export type Party = 'consumer' | 'merchant' | 'mediator';

export type CaseState = {
  status: CaseStatus;
  /** Where the case is handled now. */
  tier: Tier;
  /** A question is put to the consumer: deadlines pause. */
  waitingOnConsumer: boolean;
  merchantConfirmedFulfilment: boolean;
  consumerConfirmedFulfilment: boolean;
};

export type EscalationReason =
  | 'consumer_request'
  | 'response_deadline_missed'
  | 'resolution_deadline_missed'
  | 'fulfilment_deadline_missed'
  | 'mediation_deadline_missed'
  | 'mediation_failed';

export type CaseEvent =
  | { type: 'identify_merchant' }
  | { type: 'respond' }
  | { type: 'make_offer'; by: Party }
  | { type: 'accept_offer'; by: Party; offerBy: Party }
  | { type: 'reject_offer'; by: Party; offerBy: Party }
  | { type: 'ask_consumer' }
  | { type: 'consumer_answer' }
  | { type: 'confirm_fulfilment'; by: 'consumer' | 'merchant' }
  | { type: 'close' }
  | { type: 'rate' }
  | { type: 'escalate'; reason: EscalationReason }
  | { type: 'record_agreement' }
  | { type: 'record_failure' }
  | { type: 'accept_complaint' }
  | { type: 'decline_complaint' }
  | { type: 'refer'; to: 'arbitration' | 'court' | 'formal_complaint' }
  | { type: 'mediation_expired' }
  | { type: 'withdraw' }
  | { type: 'reject'; reason: 'out_of_scope' | 'duplicate' }
  | { type: 'transfer' };
export type CaseEventType = CaseEvent['type'];

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; reason: string };

type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
/** Returns a short English reason when the event is illegal, null when it passes. */
type Guard<E extends CaseEvent = CaseEvent> = (s: CaseState, e: E, ladder: Ladder) => string | null;
type Rule<T extends CaseEventType> = {
  guards?: readonly Guard<EventOf<T>>[];
  apply: (s: CaseState, e: EventOf<T>, ladder: Ladder) => CaseState;
};
type RuleSet = { readonly [T in CaseEventType]?: Rule<T> };

/**
 * Every payload variant of every event type. Keyed by type so the compiler forces it to stay complete;
 * `allowedEvents` tries them to tell which types have at least one legal form.
 */
const PARTIES: readonly Party[] = ['consumer', 'merchant', 'mediator'];
const ESCALATION_REASONS: readonly EscalationReason[] = [
  'consumer_request',
  'response_deadline_missed',
  'resolution_deadline_missed',
  'fulfilment_deadline_missed',
  'mediation_deadline_missed',
  'mediation_failed',
];
const offerPairs = PARTIES.flatMap((by) => PARTIES.map((offerBy) => ({ by, offerBy })));
export const EVENT_VARIANTS: { readonly [T in CaseEventType]: readonly EventOf<T>[] } = {
  identify_merchant: [{ type: 'identify_merchant' }],
  respond: [{ type: 'respond' }],
  make_offer: PARTIES.map((by) => ({ type: 'make_offer', by })),
  accept_offer: offerPairs.map((p) => ({ type: 'accept_offer', ...p })),
  reject_offer: offerPairs.map((p) => ({ type: 'reject_offer', ...p })),
  ask_consumer: [{ type: 'ask_consumer' }],
  consumer_answer: [{ type: 'consumer_answer' }],
  confirm_fulfilment: [
    { type: 'confirm_fulfilment', by: 'consumer' },
    { type: 'confirm_fulfilment', by: 'merchant' },
  ],
  close: [{ type: 'close' }],
  rate: [{ type: 'rate' }],
  escalate: ESCALATION_REASONS.map((reason) => ({ type: 'escalate', reason })),
  record_agreement: [{ type: 'record_agreement' }],
  record_failure: [{ type: 'record_failure' }],
  accept_complaint: [{ type: 'accept_complaint' }],
  decline_complaint: [{ type: 'decline_complaint' }],
  refer: [
    { type: 'refer', to: 'arbitration' },
    { type: 'refer', to: 'court' },
    { type: 'refer', to: 'formal_complaint' },
  ],
  mediation_expired: [{ type: 'mediation_expired' }],
  withdraw: [{ type: 'withdraw' }],
  reject: [
    { type: 'reject', reason: 'out_of_scope' },
    { type: 'reject', reason: 'duplicate' },
  ],
  transfer: [{ type: 'transfer' }],
};
export const CASE_EVENT_TYPES = Object.keys(EVENT_VARIANTS) as CaseEventType[];

const TERMINAL: ReadonlySet<CaseStatus> = new Set(['closed', 'referred', 'withdrawn', 'rejected', 'transferred']);

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL.has(status);
}

/** A ladder is valid when it is an ordered subset of TIERS from 'merchant' to 'referral' without repeats. */
export function isValidLadder(ladder: Ladder): boolean {
  const ranks = ladder.map((t) => TIERS.indexOf(t));
  return (
    ladder[0] === 'merchant' &&
    ladder.at(-1) === 'referral' &&
    ranks.every((r, i) => i === 0 || r > (ranks[i - 1] ?? -1))
  );
}

/**
 * The next tier after `current` in the ladder. Compared by canonical rank so a tier missing from the ladder
 * still finds its successor; past the end there is nowhere to go but referral.
 */
export function nextTier(current: Tier, ladder: Ladder): Tier {
  const rank = TIERS.indexOf(current);
  return ladder.find((t) => TIERS.indexOf(t) > rank) ?? 'referral';
}

export function statusForTier(tier: Tier): CaseStatus {
  switch (tier) {
    case 'merchant':
      return 'awaiting_response';
    case 'mediation':
      return 'in_mediation';
    case 'regulator':
      return 'regulator_review';
    case 'referral':
      return 'referred';
    default: {
      const unreachable: never = tier;
      throw new Error(`unknown tier ${String(unreachable)}`);
    }
  }
}

export function initialState(merchantKnown: boolean): CaseState {
  return {
    status: merchantKnown ? 'awaiting_response' : 'filed',
    tier: 'merchant',
    waitingOnConsumer: false,
    merchantConfirmedFulfilment: false,
    consumerConfirmedFulfilment: false,
  };
}

// ---- effects ---------------------------------------------------------------------------------------------

/** A status change settles any open question to the consumer: the deadlines it paused are met or cancelled. */
const moveTo = (s: CaseState, status: CaseStatus): CaseState => ({ ...s, status, waitingOnConsumer: false });
const unchanged = (s: CaseState): CaseState => ({ ...s });
/** Confirmations belong to one settlement: a new one starts clean, and escalating abandons the old one. */
const unconfirmed = { merchantConfirmedFulfilment: false, consumerConfirmedFulfilment: false } as const;
const settle = (s: CaseState): CaseState => ({ ...moveTo(s, 'settled'), ...unconfirmed });
const toReferral = (s: CaseState): CaseState => ({ ...moveTo(s, 'referred'), tier: 'referral' });
const escalated = (s: CaseState, ladder: Ladder): CaseState => {
  const tier = nextTier(s.tier, ladder);
  return { ...moveTo(s, statusForTier(tier)), tier, ...unconfirmed };
};

// ---- guards ----------------------------------------------------------------------------------------------

const notWaiting: Guard = (s) => (s.waitingOnConsumer ? 'already waiting on the consumer' : null);
const isWaiting: Guard = (s) => (s.waitingOnConsumer ? null : 'no question is pending');
/** Deadline-driven moves cannot happen while the consumer's pending answer pauses the deadlines. */
const notPaused: Guard = (s) => (s.waitingOnConsumer ? 'deadlines are paused while waiting on the consumer' : null);

/** True when p is a mediator but the case is still at the merchant tier, where only the two sides take part. */
const mediatorAbsent = (s: CaseState, p: Party): boolean => s.tier === 'merchant' && p === 'mediator';
const offerByPresent: Guard<EventOf<'make_offer'>> = (s, e) =>
  mediatorAbsent(s, e.by) ? 'no mediator at this tier' : null;
const merchantFirst: Guard<EventOf<'make_offer'>> = (_s, e) =>
  e.by === 'merchant' ? null : 'only the merchant can answer the complaint';
const notOwnOffer =
  (verb: string): Guard<EventOf<'accept_offer' | 'reject_offer'>> =>
  (_s, e) =>
    e.by === e.offerBy ? `cannot ${verb} your own offer` : null;
const partiesPresent: Guard<EventOf<'accept_offer' | 'reject_offer'>> = (s, e) =>
  mediatorAbsent(s, e.by) || mediatorAbsent(s, e.offerBy) ? 'no mediator at this tier' : null;
const acceptorIsParty: Guard<EventOf<'accept_offer'>> = (_s, e) =>
  e.by === 'mediator' ? 'only the consumer or the merchant can accept' : null;
const notConfirmedYet: Guard<EventOf<'confirm_fulfilment'>> = (s, e) =>
  (e.by === 'consumer' ? s.consumerConfirmedFulfilment : s.merchantConfirmedFulfilment)
    ? `${e.by} already confirmed fulfilment`
    : null;

/** Where each escalation reason can arise; mirrors the deadlines' eventOnMiss so audit reasons stay truthful. */
const ESCALATION_FROM: Record<EscalationReason, readonly CaseStatus[]> = {
  consumer_request: ['awaiting_response', 'negotiating', 'settled', 'in_mediation'],
  response_deadline_missed: ['awaiting_response'],
  resolution_deadline_missed: ['awaiting_response', 'negotiating'],
  fulfilment_deadline_missed: ['settled'],
  mediation_deadline_missed: ['in_mediation'],
  mediation_failed: ['in_mediation'],
};
const reasonFits: Guard<EventOf<'escalate'>> = (s, e) =>
  ESCALATION_FROM[e.reason].includes(s.status) ? null : `${e.reason} does not apply to a ${s.status} case`;
const deadlineReasonNotPaused: Guard<EventOf<'escalate'>> = (s, e, l) =>
  e.reason.endsWith('_deadline_missed') ? notPaused(s, e, l) : null;

// ---- the table -------------------------------------------------------------------------------------------

const ask: Rule<'ask_consumer'> = { guards: [notWaiting], apply: (s) => ({ ...s, waitingOnConsumer: true }) };
const answer: Rule<'consumer_answer'> = { guards: [isWaiting], apply: (s) => ({ ...s, waitingOnConsumer: false }) };
const escalate: Rule<'escalate'> = {
  guards: [reasonFits, deadlineReasonNotPaused],
  apply: (s, _e, l) => escalated(s, l),
};
const offer: Rule<'make_offer'> = { guards: [offerByPresent], apply: unchanged };
const accept: Rule<'accept_offer'> = {
  guards: [notOwnOffer('accept'), acceptorIsParty, partiesPresent],
  apply: settle,
};
const rejectOffer: Rule<'reject_offer'> = { guards: [notOwnOffer('reject'), partiesPresent], apply: unchanged };
const recordAgreement: Rule<'record_agreement'> = { apply: settle };
const refer: Rule<'refer'> = { apply: toReferral };
const withdraw: Rule<'withdraw'> = { apply: (s) => moveTo(s, 'withdrawn') };
const reject: Rule<'reject'> = { apply: (s) => moveTo(s, 'rejected') };
const transfer: Rule<'transfer'> = { apply: (s) => moveTo(s, 'transferred') };
const rate: Rule<'rate'> = { apply: (s) => moveTo(s, 'closed') };

export const TRANSITIONS: Readonly<Record<CaseStatus, RuleSet>> = {
  filed: { identify_merchant: { apply: (s) => moveTo(s, 'awaiting_response') }, withdraw, reject, transfer },
  awaiting_response: {
    // The merchant's reply does not answer a question put to the consumer, so the pause survives it.
    respond: { apply: (s) => ({ ...s, status: 'negotiating' }) },
    make_offer: { guards: [merchantFirst], apply: (s) => ({ ...s, status: 'negotiating' }) },
    ask_consumer: ask,
    consumer_answer: answer,
    escalate,
    withdraw,
    reject,
    transfer,
  },
  negotiating: {
    make_offer: offer,
    accept_offer: accept,
    reject_offer: rejectOffer,
    ask_consumer: ask,
    consumer_answer: answer,
    escalate,
    withdraw,
    transfer,
  },
  settled: {
    ask_consumer: ask,
    consumer_answer: answer,
    confirm_fulfilment: {
      guards: [notConfirmedYet],
      apply: (s, e) => {
        const next = {
          ...s,
          consumerConfirmedFulfilment: s.consumerConfirmedFulfilment || e.by === 'consumer',
          merchantConfirmedFulfilment: s.merchantConfirmedFulfilment || e.by === 'merchant',
        };
        return next.consumerConfirmedFulfilment && next.merchantConfirmedFulfilment ? moveTo(next, 'fulfilled') : next;
      },
    },
    escalate, // an unfulfilled settlement climbs from the tier where it was made
  },
  fulfilled: { close: { apply: (s) => moveTo(s, 'closed') }, rate },
  closed: { rate },
  in_mediation: {
    make_offer: offer,
    accept_offer: accept,
    reject_offer: rejectOffer,
    ask_consumer: ask,
    consumer_answer: answer,
    escalate,
    record_agreement: recordAgreement,
    record_failure: { apply: (s, _e, l) => escalated(s, l) },
    refer,
    withdraw,
    reject,
    transfer,
  },
  regulator_review: {
    ask_consumer: ask,
    consumer_answer: answer,
    accept_complaint: { apply: (s) => moveTo(s, 'regulator_mediation') },
    decline_complaint: { apply: (s) => moveTo(s, 'rejected') },
    refer,
    withdraw,
    reject,
    transfer,
  },
  regulator_mediation: {
    make_offer: offer,
    accept_offer: accept,
    reject_offer: rejectOffer,
    ask_consumer: ask,
    consumer_answer: answer,
    record_agreement: recordAgreement,
    record_failure: { apply: toReferral },
    refer,
    mediation_expired: { guards: [notPaused], apply: toReferral },
    withdraw,
  },
  referred: {},
  withdrawn: {},
  rejected: {},
  transferred: {},
};

// ---- API -------------------------------------------------------------------------------------------------

export function transition(state: CaseState, event: CaseEvent, ladder: Ladder): TransitionResult {
  // The table is keyed by event type, so the rule found always matches the event's own variant.
  const rule = TRANSITIONS[state.status][event.type] as Rule<CaseEventType> | undefined;
  if (!rule) {
    return {
      ok: false,
      reason: isTerminal(state.status)
        ? `case is ${state.status}`
        : `${event.type} is not allowed while ${state.status}`,
    };
  }
  for (const guard of rule.guards ?? []) {
    const reason = guard(state, event, ladder);
    if (reason !== null) return { ok: false, reason };
  }
  return { ok: true, state: rule.apply(state, event, ladder) };
}

/** For UIs: event types with at least one payload that is legal now. */
export function allowedEvents(state: CaseState, ladder: Ladder): CaseEventType[] {
  return CASE_EVENT_TYPES.filter((type) => {
    const variants: readonly CaseEvent[] = EVENT_VARIANTS[type];
    return variants.some((e) => transition(state, e, ladder).ok);
  });
}
