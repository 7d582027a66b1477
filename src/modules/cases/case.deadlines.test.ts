import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WorkingDayCalendar } from '../../lib/calendar/index.js';
import {
  addCalendarDays,
  DEADLINE_KINDS,
  DEFAULT_DEADLINE_POLICY,
  type DeadlineKind,
  type DeadlinePlan,
  type DeadlinePolicy,
  deadlineLabel,
  eventOnMiss,
  planDeadlines,
  shiftAfterPause,
} from './case.deadlines.js';
import {
  CASE_STATUSES,
  type CaseEvent,
  type CaseState,
  type CaseStatus,
  EVENT_VARIANTS,
  initialState,
  isTerminal,
  type Ladder,
  transition,
} from './case.machine.js';

// ---- a tiny fake calendar: Asia/Shanghai only, Mon–Fri plus the 2025 National Day / Mid-Autumn break ----

const HOLIDAYS: Record<string, string> = {
  '2025-10-01': '国庆节',
  '2025-10-02': '国庆节',
  '2025-10-03': '国庆节',
  '2025-10-04': '国庆节',
  '2025-10-05': '国庆节',
  '2025-10-06': '中秋节',
  '2025-10-07': '国庆节',
  '2025-10-08': '国庆节',
};
const MAKE_UP_WORKDAYS = new Set(['2025-09-28', '2025-10-11']); // 调休: a Sunday and a Saturday worked
const SHANGHAI_MS = 8 * 3_600_000;

function localDate(d: Date, tz: string): string {
  assert.equal(tz, 'Asia/Shanghai', 'the fake calendar only knows Asia/Shanghai');
  return new Date(d.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}
const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const endOfDay = (day: string): Date => new Date(`${day}T23:59:59.999+08:00`);

const calendar: WorkingDayCalendar = {
  years: [2025],
  covers: (year) => year === 2025,
  isWorkingDay(day) {
    if (HOLIDAYS[day]) return false;
    if (MAKE_UP_WORKDAYS.has(day)) return true;
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  },
  holidayName: (day) => HOLIDAYS[day],
  addWorkingDays(from, n, tz) {
    let day = localDate(from, tz);
    for (let counted = 0; counted < n; ) {
      day = dayAfter(day);
      if (calendar.isWorkingDay(day)) counted++;
    }
    return endOfDay(day);
  },
  workingDaysBetween(a, b, tz) {
    const last = localDate(b, tz);
    let n = 0;
    for (let day = dayAfter(localDate(a, tz)); day <= last; day = dayAfter(day)) if (calendar.isWorkingDay(day)) n++;
    return n;
  },
};

/** Beijing wall-clock time, e.g. cst('2025-09-30 10:00'). */
const cst = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const H = 3_600_000;
const D = 24 * H;
const policy = DEFAULT_DEADLINE_POLICY;
const FULL: Ladder = ['merchant', 'mediation', 'regulator', 'referral'];

function state(status: CaseStatus, patch: Partial<CaseState> = {}): CaseState {
  const tier = status === 'in_mediation' ? 'mediation' : status.startsWith('regulator') ? 'regulator' : 'merchant';
  return {
    status,
    tier,
    waitingOnConsumer: false,
    merchantConfirmedFulfilment: false,
    consumerConfirmedFulfilment: false,
    ...patch,
  };
}

/** Runs the machine, then plans: the way the application layer will use the two together. */
function step(prev: CaseState, event: CaseEvent, now: Date, p: DeadlinePolicy = policy): DeadlinePlan {
  const r = transition(prev, event, FULL);
  assert.ok(r.ok, `${prev.status} + ${event.type}: ${r.ok ? '' : r.reason}`);
  return planDeadlines({ prev, next: r.state, event, now, policy: p, calendar });
}

const NOW = cst('2025-09-15 10:00'); // a Monday
const EMPTY: DeadlinePlan = { open: [], meet: [], cancel: [] };
const others = (...met: DeadlineKind[]) => DEADLINE_KINDS.filter((k) => !met.includes(k));

describe('planDeadlines', () => {
  const merchantClock = [
    { kind: 'merchant_response', dueAt: new Date(NOW.getTime() + 24 * H), basis: 'hours' },
    { kind: 'resolution', dueAt: cst('2025-09-22 10:00'), basis: 'calendar_days' },
  ];
  test('creation with a known merchant opens the response and resolution clocks', () => {
    const plan = planDeadlines({ prev: null, next: initialState(true), now: NOW, policy, calendar });
    assert.deepEqual(plan, { open: merchantClock, meet: [], cancel: [] });
  });
  test('creation without a merchant opens nothing; identify_merchant then opens both', () => {
    assert.deepEqual(planDeadlines({ prev: null, next: initialState(false), now: NOW, policy, calendar }), EMPTY);
    assert.deepEqual(step(state('filed'), { type: 'identify_merchant' }, NOW), {
      open: merchantClock,
      meet: [],
      cancel: [],
    });
  });
  test("the merchant's first reply meets merchant_response (respond or an offer)", () => {
    const met = { open: [], meet: ['merchant_response'], cancel: [] };
    assert.deepEqual(step(state('awaiting_response'), { type: 'respond' }, NOW), met);
    assert.deepEqual(step(state('awaiting_response'), { type: 'make_offer', by: 'merchant' }, NOW), met);
  });
  test('events that change no status plan nothing', () => {
    assert.deepEqual(step(state('negotiating'), { type: 'make_offer', by: 'consumer' }, NOW), EMPTY);
    assert.deepEqual(
      step(state('negotiating'), { type: 'reject_offer', by: 'consumer', offerBy: 'merchant' }, NOW),
      EMPTY,
    );
    assert.deepEqual(step(state('awaiting_response'), { type: 'ask_consumer' }, NOW), EMPTY);
    assert.deepEqual(step(state('settled'), { type: 'confirm_fulfilment', by: 'merchant' }, NOW), EMPTY);
  });
  const settledPlan: DeadlinePlan = {
    open: [{ kind: 'fulfilment', dueAt: cst('2025-09-18 10:00'), basis: 'calendar_days' }],
    meet: ['merchant_response', 'resolution', 'mediation', 'regulator_mediation'],
    cancel: [],
  };
  test('entering settled meets the negotiation clocks and opens fulfilment', () => {
    assert.deepEqual(
      step(state('negotiating'), { type: 'accept_offer', by: 'consumer', offerBy: 'merchant' }, NOW),
      settledPlan,
    );
    assert.deepEqual(step(state('in_mediation'), { type: 'record_agreement' }, NOW), settledPlan);
    assert.deepEqual(step(state('regulator_mediation'), { type: 'record_agreement' }, NOW), settledPlan);
  });
  test('entering fulfilled meets fulfilment; closing cancels whatever is left', () => {
    const half = state('settled', { consumerConfirmedFulfilment: true });
    assert.deepEqual(step(half, { type: 'confirm_fulfilment', by: 'merchant' }, NOW), {
      open: [],
      meet: ['fulfilment'],
      cancel: [],
    });
    assert.deepEqual(step(state('fulfilled'), { type: 'close' }, NOW), {
      open: [],
      meet: [],
      cancel: [...DEADLINE_KINDS],
    });
    assert.deepEqual(step(state('closed'), { type: 'rate' }, NOW), EMPTY);
  });
  test('entering in_mediation cancels the merchant-tier clocks and opens mediation', () => {
    const plan: DeadlinePlan = {
      open: [{ kind: 'mediation', dueAt: cst('2025-09-30 10:00'), basis: 'calendar_days' }],
      meet: [],
      cancel: ['merchant_response', 'resolution', 'fulfilment'],
    };
    assert.deepEqual(
      step(state('awaiting_response'), { type: 'escalate', reason: 'response_deadline_missed' }, NOW),
      plan,
    );
    assert.deepEqual(step(state('settled'), { type: 'escalate', reason: 'fulfilment_deadline_missed' }, NOW), plan);
  });
  test('entering regulator_review opens regulator_acceptance in working days', () => {
    const plan: DeadlinePlan = {
      open: [{ kind: 'regulator_acceptance', dueAt: endOfDay('2025-09-24'), basis: 'working_days' }],
      meet: [],
      cancel: ['merchant_response', 'resolution', 'fulfilment', 'mediation'],
    };
    assert.deepEqual(step(state('in_mediation'), { type: 'record_failure' }, NOW), plan);
    assert.deepEqual(step(state('in_mediation'), { type: 'escalate', reason: 'mediation_deadline_missed' }, NOW), plan);
  });
  test('accept_complaint meets regulator_acceptance and opens the 45-working-day mediation', () => {
    assert.deepEqual(step(state('regulator_review'), { type: 'accept_complaint' }, NOW), {
      open: [
        {
          kind: 'regulator_mediation',
          dueAt: calendar.addWorkingDays(NOW, 45, 'Asia/Shanghai'),
          basis: 'working_days',
        },
      ],
      meet: ['regulator_acceptance'],
      cancel: [],
    });
  });
  test('decline_complaint meets regulator_acceptance, then the terminal rule cancels the rest', () => {
    const decided = { open: [], meet: ['regulator_acceptance'], cancel: others('regulator_acceptance') };
    assert.deepEqual(step(state('regulator_review'), { type: 'decline_complaint' }, NOW), decided);
    // reject / transfer / refer are the regulator's decision too; only the consumer's withdrawal is not
    assert.deepEqual(step(state('regulator_review'), { type: 'reject', reason: 'out_of_scope' }, NOW), decided);
    assert.deepEqual(step(state('regulator_review'), { type: 'transfer' }, NOW), decided);
    assert.deepEqual(step(state('regulator_review'), { type: 'refer', to: 'court' }, NOW), decided);
    assert.deepEqual(step(state('regulator_review'), { type: 'withdraw' }, NOW), {
      open: [],
      meet: [],
      cancel: [...DEADLINE_KINDS],
    });
  });
  test('every terminal entry cancels every kind not met', () => {
    const all = { open: [], meet: [], cancel: [...DEADLINE_KINDS] };
    assert.deepEqual(step(state('negotiating'), { type: 'withdraw' }, NOW), all);
    assert.deepEqual(step(state('filed'), { type: 'reject', reason: 'duplicate' }, NOW), all);
    assert.deepEqual(step(state('awaiting_response'), { type: 'transfer' }, NOW), all);
    assert.deepEqual(step(state('in_mediation'), { type: 'refer', to: 'arbitration' }, NOW), all);
    assert.deepEqual(step(state('regulator_mediation'), { type: 'mediation_expired' }, NOW), all);
    assert.deepEqual(step(state('regulator_mediation'), { type: 'record_failure' }, NOW), all);
    const bare = transition(state('negotiating'), { type: 'escalate', reason: 'consumer_request' }, [
      'merchant',
      'referral',
    ]);
    assert.ok(bare.ok);
    assert.deepEqual(planDeadlines({ prev: state('negotiating'), next: bare.state, now: NOW, policy, calendar }), all);
  });
  test('the policy is honoured', () => {
    const p: DeadlinePolicy = {
      ...policy,
      merchantResponseHours: 48,
      resolutionDays: 10,
      regulatorAcceptanceWorkingDays: 3,
    };
    const created = planDeadlines({ prev: null, next: initialState(true), now: NOW, policy: p, calendar });
    assert.deepEqual(
      created.open.map((d) => d.dueAt),
      [cst('2025-09-17 10:00'), cst('2025-09-25 10:00')],
    );
    const review = step(state('in_mediation'), { type: 'record_failure' }, NOW, p);
    assert.deepEqual(review.open[0]?.dueAt, endOfDay('2025-09-18'));
  });
});

describe('planDeadlines across the National Day holiday', () => {
  const eve = cst('2025-09-30 10:00'); // Tuesday before the 1–8 October break
  test('working-day deadlines skip the holiday and count the make-up Saturday', () => {
    const plan = step(state('in_mediation'), { type: 'record_failure' }, eve);
    // after 9-30: 10-09 Thu, 10-10 Fri, 10-11 Sat (调休), 10-13…10-16 Mon–Thu = 7
    assert.deepEqual(plan.open, [
      { kind: 'regulator_acceptance', dueAt: endOfDay('2025-10-16'), basis: 'working_days' },
    ]);
  });
  test('the 45-working-day administrative mediation', () => {
    const plan = step(state('regulator_review'), { type: 'accept_complaint' }, cst('2025-09-29 16:30'));
    assert.deepEqual(plan.open, [
      { kind: 'regulator_mediation', dueAt: endOfDay('2025-12-08'), basis: 'working_days' },
    ]);
  });
  test('calendar-day deadlines run straight through the holiday', () => {
    const plan = planDeadlines({ prev: null, next: initialState(true), now: eve, policy, calendar });
    assert.deepEqual(
      plan.open.map((d) => d.dueAt),
      [cst('2025-10-01 10:00'), cst('2025-10-07 10:00')],
    );
  });
});

test('addCalendarDays keeps the local wall-clock time across a DST change', () => {
  const ny = new Date('2025-03-08T12:00:00-05:00');
  assert.deepEqual(addCalendarDays(ny, 1, 'America/New_York'), new Date('2025-03-09T12:00:00-04:00'));
  assert.deepEqual(addCalendarDays(ny, 0, 'America/New_York'), ny);
  assert.deepEqual(addCalendarDays(NOW, 7, 'Asia/Shanghai'), new Date(NOW.getTime() + 7 * D));
});

describe('eventOnMiss', () => {
  const TRIGGERS: Record<DeadlineKind, [CaseStatus[], CaseEvent | null]> = {
    merchant_response: [['awaiting_response'], { type: 'escalate', reason: 'response_deadline_missed' }],
    resolution: [['awaiting_response', 'negotiating'], { type: 'escalate', reason: 'resolution_deadline_missed' }],
    fulfilment: [['settled'], { type: 'escalate', reason: 'fulfilment_deadline_missed' }],
    mediation: [['in_mediation'], { type: 'escalate', reason: 'mediation_deadline_missed' }],
    regulator_acceptance: [[], null],
    regulator_mediation: [['regulator_mediation'], { type: 'mediation_expired' }],
  };
  for (const kind of DEADLINE_KINDS) {
    test(kind, () => {
      const [statuses, event] = TRIGGERS[kind];
      for (const status of CASE_STATUSES) {
        const got = eventOnMiss(kind, state(status));
        assert.deepEqual(got, statuses.includes(status) ? event : null, `${kind} missed while ${status}`);
        // whatever the sweeper is told to apply must be legal for the machine
        if (got) assert.ok(transition(state(status), got, FULL).ok, `${kind} → ${got.type} while ${status}`);
      }
    });
  }
});

describe('shiftAfterPause', () => {
  const due = cst('2025-09-20 10:00');
  test('hours and calendar days shift by the paused duration', () => {
    for (const basis of ['hours', 'calendar_days'] as const) {
      const got = shiftAfterPause(
        { dueAt: due, basis },
        cst('2025-09-15 10:00'),
        cst('2025-09-17 15:30'),
        policy,
        calendar,
      );
      assert.deepEqual(got, new Date(due.getTime() + 2 * D + 5.5 * H));
    }
  });
  test('an empty or inverted pause changes nothing', () => {
    assert.deepEqual(shiftAfterPause({ dueAt: due, basis: 'hours' }, NOW, NOW, policy, calendar), due);
    assert.deepEqual(
      shiftAfterPause({ dueAt: due, basis: 'hours' }, NOW, cst('2025-09-14 10:00'), policy, calendar),
      due,
    );
  });
  const wd = { dueAt: endOfDay('2025-09-17'), basis: 'working_days' } as const; // a Wednesday
  test('working days: a pause spanning a weekend counts only the working days in it', () => {
    // Fri 12th → Tue 16th: Mon 15 and Tue 16 fell inside → due moves Wed 17 → Fri 19, still end of day
    assert.deepEqual(
      shiftAfterPause(wd, cst('2025-09-12 10:00'), cst('2025-09-16 09:00'), policy, calendar),
      endOfDay('2025-09-19'),
    );
    // Fri → Mon counts Monday only; Wed 17 → Thu 18
    assert.deepEqual(
      shiftAfterPause(wd, cst('2025-09-12 10:00'), cst('2025-09-15 09:00'), policy, calendar),
      endOfDay('2025-09-18'),
    );
  });
  test('working days: a pause within one day or a weekend shifts nothing', () => {
    assert.deepEqual(shiftAfterPause(wd, cst('2025-09-15 09:00'), cst('2025-09-15 17:00'), policy, calendar), wd.dueAt);
    assert.deepEqual(shiftAfterPause(wd, cst('2025-09-13 09:00'), cst('2025-09-14 20:00'), policy, calendar), wd.dueAt);
  });
  test('working days: the shift itself skips holidays', () => {
    const beforeBreak = { dueAt: endOfDay('2025-09-30'), basis: 'working_days' } as const;
    // Fri 26th → Mon 29th: the make-up Sunday 28th and Monday 29th fell inside → 10-09, 10-10 after the break
    assert.deepEqual(
      shiftAfterPause(beforeBreak, cst('2025-09-26 18:00'), cst('2025-09-29 08:00'), policy, calendar),
      endOfDay('2025-10-10'),
    );
    // a pause over the whole break counts only Thu 10-09 (and not the holiday days)
    assert.deepEqual(
      shiftAfterPause(wd, cst('2025-09-30 10:00'), cst('2025-10-09 10:00'), policy, calendar),
      endOfDay('2025-09-18'),
    );
  });
});

test('deadlineLabel gives distinct Chinese and English labels', () => {
  assert.deepEqual(deadlineLabel('merchant_response'), { zh: '商家答复期限', en: 'merchant response deadline' });
  const labels = DEADLINE_KINDS.map(deadlineLabel);
  assert.equal(new Set(labels.map((l) => l.zh)).size, DEADLINE_KINDS.length);
  assert.equal(new Set(labels.map((l) => l.en)).size, DEADLINE_KINDS.length);
});

/** Which deadlines must be active in each status when every transition's plan has been applied. */
const ACTIVE_IN: Partial<Record<CaseStatus, DeadlineKind[]>> = {
  awaiting_response: ['merchant_response', 'resolution'],
  negotiating: ['resolution'],
  settled: ['fulfilment'],
  in_mediation: ['mediation'],
  regulator_review: ['regulator_acceptance'],
  regulator_mediation: ['regulator_mediation'],
};

test('random walks: plans keep exactly the right deadlines active, and none survive the end', () => {
  let seed = 20250930;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const allEvents = Object.values(EVENT_VARIANTS).flat() as CaseEvent[];
  const ladders: Ladder[] = [
    FULL,
    ['merchant', 'regulator', 'referral'],
    ['merchant', 'mediation', 'referral'],
    ['merchant', 'referral'],
  ];
  let transitions = 0;
  let ended = 0;
  const visited = new Set<CaseStatus>();
  for (let walk = 0; walk < 400; walk++) {
    const ladder = ladders[walk % ladders.length]!;
    let now = cst('2025-09-01 09:00');
    let s = initialState(walk % 3 !== 0);
    const active = new Set<DeadlineKind>();
    const apply = (plan: DeadlinePlan) => {
      for (const k of [...plan.meet, ...plan.cancel]) active.delete(k);
      for (const d of plan.open) {
        assert.ok(!active.has(d.kind), `${d.kind} opened twice`);
        assert.ok(d.dueAt > now);
        active.add(d.kind);
      }
    };
    visited.add(s.status);
    apply(planDeadlines({ prev: null, next: s, now, policy, calendar }));
    for (let i = 0; i < 60 && !isTerminal(s.status); i++) {
      const legal = allEvents.flatMap((e) => {
        const r = transition(s, e, ladder);
        return r.ok ? [{ e, next: r.state }] : [];
      });
      // Mostly stay open, or withdraw/reject/transfer would end nearly every walk within two steps.
      const staying = legal.filter((c) => !isTerminal(c.next.status));
      const pool = staying.length > 0 && random() < 0.9 ? staying : legal;
      const { e: event, next } = pool[Math.floor(random() * pool.length)]!;
      now = new Date(now.getTime() + 5 * H);
      apply(planDeadlines({ prev: s, next, event, now, policy, calendar }));
      s = next;
      visited.add(s.status);
      transitions++;
      assert.deepEqual(
        [...active].sort(),
        [...(ACTIVE_IN[s.status] ?? [])].sort(),
        `after ${event.type} into ${s.status}`,
      );
    }
    if (isTerminal(s.status)) ended++;
  }
  assert.ok(transitions > 2000 && ended > 300, `${transitions} transitions, ${ended} walks ended`);
  assert.deepEqual([...visited].sort(), [...CASE_STATUSES].sort(), 'every status reached');
});
