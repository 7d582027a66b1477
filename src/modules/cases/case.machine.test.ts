import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allowedEvents,
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type CaseStatus,
  EVENT_VARIANTS,
  initialState,
  isTerminal,
  isValidLadder,
  type Ladder,
  nextTier,
  statusForTier,
  type Tier,
  transition,
} from './case.machine.js';

const FULL: Ladder = ['merchant', 'mediation', 'regulator', 'referral'];
const NO_MEDIATION: Ladder = ['merchant', 'regulator', 'referral'];
const NO_REGULATOR: Ladder = ['merchant', 'mediation', 'referral'];
const BARE: Ladder = ['merchant', 'referral'];

/** The tier a case normally sits at in each status (with the full ladder). */
const TIER_OF: Record<CaseStatus, Tier> = {
  filed: 'merchant',
  awaiting_response: 'merchant',
  negotiating: 'merchant',
  settled: 'merchant',
  fulfilled: 'merchant',
  closed: 'merchant',
  in_mediation: 'mediation',
  regulator_review: 'regulator',
  regulator_mediation: 'regulator',
  referred: 'referral',
  withdrawn: 'merchant',
  rejected: 'merchant',
  transferred: 'merchant',
};

function at(status: CaseStatus, patch: Partial<CaseState> = {}): CaseState {
  return Object.freeze({
    status,
    tier: TIER_OF[status],
    waitingOnConsumer: false,
    merchantConfirmedFulfilment: false,
    consumerConfirmedFulfilment: false,
    ...patch,
  });
}

function ok(state: CaseState, event: CaseEvent, ladder: Ladder = FULL): CaseState {
  const r = transition(state, event, ladder);
  assert.ok(r.ok, `${state.status} + ${JSON.stringify(event)} should be legal, got: ${r.ok ? '' : r.reason}`);
  return r.state;
}

function refused(state: CaseState, event: CaseEvent, ladder: Ladder = FULL): string {
  const r = transition(state, event, ladder);
  assert.ok(!r.ok, `${state.status} + ${JSON.stringify(event)} should be illegal`);
  assert.ok(r.reason.length > 0);
  return r.reason;
}

/**
 * Legal event types per status, no question pending, full ladder. Written out by hand on purpose: any change
 * to the machine's table must show up here.
 */
const EXPECTED: Record<CaseStatus, CaseEventType[]> = {
  filed: ['identify_merchant', 'withdraw', 'reject', 'transfer'],
  awaiting_response: ['respond', 'make_offer', 'ask_consumer', 'escalate', 'withdraw', 'reject', 'transfer'],
  negotiating: ['make_offer', 'accept_offer', 'reject_offer', 'ask_consumer', 'escalate', 'withdraw', 'transfer'],
  settled: ['ask_consumer', 'confirm_fulfilment', 'escalate'],
  fulfilled: ['close', 'rate'],
  closed: ['rate'],
  in_mediation: [
    'make_offer',
    'accept_offer',
    'reject_offer',
    'ask_consumer',
    'escalate',
    'record_agreement',
    'record_failure',
    'refer',
    'withdraw',
    'reject',
    'transfer',
  ],
  regulator_review: [
    'ask_consumer',
    'accept_complaint',
    'decline_complaint',
    'refer',
    'withdraw',
    'reject',
    'transfer',
  ],
  regulator_mediation: [
    'make_offer',
    'accept_offer',
    'reject_offer',
    'ask_consumer',
    'record_agreement',
    'record_failure',
    'refer',
    'mediation_expired',
    'withdraw',
  ],
  referred: [],
  withdrawn: [],
  rejected: [],
  transferred: [],
};

/**
 * A question can be pending wherever ask_consumer is legal; then the same table applies with ask_consumer
 * swapped for consumer_answer, and the deadline-driven mediation_expired refused.
 */
const EXPECTED_WHILE_WAITING = (status: CaseStatus): CaseEventType[] =>
  EXPECTED[status].map((t) => (t === 'ask_consumer' ? 'consumer_answer' : t)).filter((t) => t !== 'mediation_expired');

const legalSomehow = (state: CaseState, type: CaseEventType): boolean =>
  (EVENT_VARIANTS[type] as readonly CaseEvent[]).some((e) => transition(state, e, FULL).ok);

describe('transition matrix: every status × every event type', () => {
  test('the lists cover all 13 statuses and 20 event types', () => {
    assert.equal(CASE_STATUSES.length, 13);
    assert.equal(CASE_EVENT_TYPES.length, 20);
    for (const s of CASE_STATUSES) for (const t of EXPECTED[s]) assert.ok(CASE_EVENT_TYPES.includes(t), t);
  });
  for (const status of CASE_STATUSES) {
    describe(status, () => {
      for (const type of CASE_EVENT_TYPES) {
        const legal = EXPECTED[status].includes(type);
        test(`${type} is ${legal ? 'legal' : 'illegal'}`, () => {
          assert.equal(legalSomehow(at(status), type), legal);
        });
      }
      test('allowedEvents matches the expected table', () => {
        assert.deepEqual(allowedEvents(at(status), FULL).sort(), [...EXPECTED[status]].sort());
      });
    });
  }
  for (const status of CASE_STATUSES.filter((s) => EXPECTED[s].includes('ask_consumer'))) {
    test(`${status} while waiting on the consumer`, () => {
      const waiting = at(status, { waitingOnConsumer: true });
      assert.deepEqual(allowedEvents(waiting, FULL).sort(), [...EXPECTED_WHILE_WAITING(status)].sort());
    });
  }

  test('illegal events leave a short reason', () => {
    assert.equal(refused(at('filed'), { type: 'respond' }), 'respond is not allowed while filed');
    assert.equal(refused(at('withdrawn'), { type: 'rate' }), 'case is withdrawn');
  });
});

describe('helpers', () => {
  test('initialState', () => {
    assert.deepEqual(initialState(true), at('awaiting_response'));
    assert.deepEqual(initialState(false), at('filed'));
  });
  test('isTerminal', () => {
    const terminal = CASE_STATUSES.filter(isTerminal);
    assert.deepEqual(terminal, ['closed', 'referred', 'withdrawn', 'rejected', 'transferred']);
  });
  test('statusForTier', () => {
    assert.equal(statusForTier('merchant'), 'awaiting_response');
    assert.equal(statusForTier('mediation'), 'in_mediation');
    assert.equal(statusForTier('regulator'), 'regulator_review');
    assert.equal(statusForTier('referral'), 'referred');
  });
  test('nextTier follows the ladder and skips absent tiers', () => {
    assert.equal(nextTier('merchant', FULL), 'mediation');
    assert.equal(nextTier('mediation', FULL), 'regulator');
    assert.equal(nextTier('regulator', FULL), 'referral');
    assert.equal(nextTier('merchant', NO_MEDIATION), 'regulator');
    assert.equal(nextTier('mediation', NO_REGULATOR), 'referral');
    assert.equal(nextTier('merchant', BARE), 'referral');
    assert.equal(nextTier('mediation', NO_MEDIATION), 'regulator'); // current tier not on the ladder
    assert.equal(nextTier('referral', FULL), 'referral');
  });
  test('isValidLadder', () => {
    for (const l of [FULL, NO_MEDIATION, NO_REGULATOR, BARE]) assert.ok(isValidLadder(l));
    assert.ok(!isValidLadder(['mediation', 'referral']));
    assert.ok(!isValidLadder(['merchant', 'mediation']));
    assert.ok(!isValidLadder(['merchant', 'regulator', 'mediation', 'referral']));
    assert.ok(!isValidLadder(['merchant', 'mediation', 'mediation', 'referral']));
  });
});

describe('merchant tier', () => {
  test('identify_merchant: filed → awaiting_response', () => {
    assert.deepEqual(ok(at('filed'), { type: 'identify_merchant' }), at('awaiting_response'));
  });
  test('respond: → negotiating, a pending question survives the reply', () => {
    assert.deepEqual(ok(at('awaiting_response'), { type: 'respond' }), at('negotiating'));
    const s = ok(at('awaiting_response', { waitingOnConsumer: true }), { type: 'respond' });
    assert.equal(s.waitingOnConsumer, true);
  });
  test('make_offer in awaiting_response: merchant only, → negotiating', () => {
    assert.equal(ok(at('awaiting_response'), { type: 'make_offer', by: 'merchant' }).status, 'negotiating');
    refused(at('awaiting_response'), { type: 'make_offer', by: 'consumer' });
    refused(at('awaiting_response'), { type: 'make_offer', by: 'mediator' });
  });
  test('make_offer in negotiating: merchant or consumer, status stays; no mediator at this tier', () => {
    assert.deepEqual(ok(at('negotiating'), { type: 'make_offer', by: 'consumer' }), at('negotiating'));
    assert.deepEqual(ok(at('negotiating'), { type: 'make_offer', by: 'merchant' }), at('negotiating'));
    assert.equal(refused(at('negotiating'), { type: 'make_offer', by: 'mediator' }), 'no mediator at this tier');
  });
  test('accept_offer → settled; cannot accept your own offer', () => {
    const s = ok(at('negotiating', { waitingOnConsumer: true }), {
      type: 'accept_offer',
      by: 'consumer',
      offerBy: 'merchant',
    });
    assert.deepEqual(s, at('settled'));
    assert.equal(
      refused(at('negotiating'), { type: 'accept_offer', by: 'merchant', offerBy: 'merchant' }),
      'cannot accept your own offer',
    );
    refused(at('negotiating'), { type: 'accept_offer', by: 'consumer', offerBy: 'mediator' });
  });
  test('reject_offer: no change; cannot reject your own offer', () => {
    assert.deepEqual(
      ok(at('negotiating'), { type: 'reject_offer', by: 'merchant', offerBy: 'consumer' }),
      at('negotiating'),
    );
    assert.equal(
      refused(at('negotiating'), { type: 'reject_offer', by: 'consumer', offerBy: 'consumer' }),
      'cannot reject your own offer',
    );
  });
});

describe('questions to the consumer', () => {
  const open: CaseStatus[] = [
    'awaiting_response',
    'negotiating',
    'settled',
    'in_mediation',
    'regulator_review',
    'regulator_mediation',
  ];
  for (const status of open) {
    test(`${status}: ask then answer, status unchanged; no double ask, no answer without a question`, () => {
      const asked = ok(at(status), { type: 'ask_consumer' });
      assert.deepEqual(asked, at(status, { waitingOnConsumer: true }));
      refused(asked, { type: 'ask_consumer' });
      assert.deepEqual(ok(asked, { type: 'consumer_answer' }), at(status));
      refused(at(status), { type: 'consumer_answer' });
    });
  }
  test('deadline-driven moves are refused while the deadlines are paused', () => {
    const waiting = at('awaiting_response', { waitingOnConsumer: true });
    refused(waiting, { type: 'escalate', reason: 'response_deadline_missed' });
    refused(waiting, { type: 'escalate', reason: 'resolution_deadline_missed' });
    assert.equal(ok(waiting, { type: 'escalate', reason: 'consumer_request' }).waitingOnConsumer, false);
    refused(at('regulator_mediation', { waitingOnConsumer: true }), { type: 'mediation_expired' });
  });
});

describe('fulfilment', () => {
  test('one side records, both → fulfilled; confirming twice is illegal', () => {
    const one = ok(at('settled'), { type: 'confirm_fulfilment', by: 'consumer' });
    assert.deepEqual(one, at('settled', { consumerConfirmedFulfilment: true }));
    assert.equal(refused(one, { type: 'confirm_fulfilment', by: 'consumer' }), 'consumer already confirmed fulfilment');
    const both = ok(one, { type: 'confirm_fulfilment', by: 'merchant' });
    assert.deepEqual(both, at('fulfilled', { consumerConfirmedFulfilment: true, merchantConfirmedFulfilment: true }));
    const m = ok(at('settled'), { type: 'confirm_fulfilment', by: 'merchant' });
    refused(m, { type: 'confirm_fulfilment', by: 'merchant' });
    assert.equal(ok(m, { type: 'confirm_fulfilment', by: 'consumer' }).status, 'fulfilled');
  });
  test('close and rate', () => {
    assert.equal(ok(at('fulfilled'), { type: 'close' }).status, 'closed');
    assert.equal(ok(at('fulfilled'), { type: 'rate' }).status, 'closed');
    assert.deepEqual(ok(at('closed'), { type: 'rate' }), at('closed'));
    refused(at('closed'), { type: 'close' });
  });
});

describe('escalation', () => {
  const cases: [string, CaseState, Ladder, CaseStatus, Tier][] = [
    ['awaiting_response, full ladder', at('awaiting_response'), FULL, 'in_mediation', 'mediation'],
    ['negotiating, full ladder', at('negotiating'), FULL, 'in_mediation', 'mediation'],
    ['in_mediation, full ladder', at('in_mediation'), FULL, 'regulator_review', 'regulator'],
    ['awaiting_response, no mediation tier', at('awaiting_response'), NO_MEDIATION, 'regulator_review', 'regulator'],
    ['in_mediation, no regulator tier', at('in_mediation'), NO_REGULATOR, 'referred', 'referral'],
    ['negotiating, bare ladder', at('negotiating'), BARE, 'referred', 'referral'],
    ['settled at the merchant tier', at('settled'), FULL, 'in_mediation', 'mediation'],
    ['settled at the mediation tier', at('settled', { tier: 'mediation' }), FULL, 'regulator_review', 'regulator'],
    ['settled at the regulator tier', at('settled', { tier: 'regulator' }), FULL, 'referred', 'referral'],
  ];
  for (const [name, from, ladder, status, tier] of cases) {
    test(name, () => {
      const s = ok({ ...from, waitingOnConsumer: true }, { type: 'escalate', reason: 'consumer_request' }, ladder);
      assert.deepEqual(s, { ...from, status, tier, waitingOnConsumer: false });
    });
  }
  test('an abandoned settlement drops its confirmations', () => {
    const s = ok(at('settled', { consumerConfirmedFulfilment: true }), {
      type: 'escalate',
      reason: 'fulfilment_deadline_missed',
    });
    assert.deepEqual(s, at('in_mediation'));
  });
  test('the reason must fit the status', () => {
    ok(at('awaiting_response'), { type: 'escalate', reason: 'response_deadline_missed' });
    ok(at('negotiating'), { type: 'escalate', reason: 'resolution_deadline_missed' });
    ok(at('settled'), { type: 'escalate', reason: 'fulfilment_deadline_missed' });
    ok(at('in_mediation'), { type: 'escalate', reason: 'mediation_deadline_missed' });
    ok(at('in_mediation'), { type: 'escalate', reason: 'mediation_failed' });
    assert.equal(
      refused(at('negotiating'), { type: 'escalate', reason: 'response_deadline_missed' }),
      'response_deadline_missed does not apply to a negotiating case',
    );
    refused(at('settled'), { type: 'escalate', reason: 'resolution_deadline_missed' });
    refused(at('awaiting_response'), { type: 'escalate', reason: 'mediation_failed' });
  });
  test('not from the regulator tier, filed, fulfilled or terminal statuses', () => {
    for (const s of ['regulator_review', 'regulator_mediation', 'filed', 'fulfilled', 'closed', 'referred'] as const) {
      refused(at(s), { type: 'escalate', reason: 'consumer_request' });
    }
  });
});

describe('mediation organisation tier', () => {
  test('any party may propose; the mediator cannot accept', () => {
    for (const by of ['consumer', 'merchant', 'mediator'] as const) {
      assert.deepEqual(ok(at('in_mediation'), { type: 'make_offer', by }), at('in_mediation'));
    }
    const s = ok(at('in_mediation'), { type: 'accept_offer', by: 'merchant', offerBy: 'mediator' });
    assert.deepEqual(s, at('settled', { tier: 'mediation' }));
    refused(at('in_mediation'), { type: 'accept_offer', by: 'mediator', offerBy: 'consumer' });
    ok(at('in_mediation'), { type: 'reject_offer', by: 'mediator', offerBy: 'merchant' });
    refused(at('in_mediation'), { type: 'reject_offer', by: 'mediator', offerBy: 'mediator' });
  });
  test('record_agreement → settled at this tier, flags reset', () => {
    assert.deepEqual(
      ok(at('in_mediation', { waitingOnConsumer: true }), { type: 'record_agreement' }),
      at('settled', { tier: 'mediation' }),
    );
  });
  test('record_failure escalates like mediation_failed', () => {
    assert.deepEqual(ok(at('in_mediation'), { type: 'record_failure' }), at('regulator_review'));
    assert.deepEqual(ok(at('in_mediation'), { type: 'record_failure' }, NO_REGULATOR), at('referred'));
  });
  test('refer, reject, transfer, withdraw', () => {
    assert.deepEqual(ok(at('in_mediation'), { type: 'refer', to: 'arbitration' }), at('referred'));
    assert.deepEqual(
      ok(at('in_mediation'), { type: 'reject', reason: 'duplicate' }),
      at('rejected', { tier: 'mediation' }),
    );
    assert.deepEqual(ok(at('in_mediation'), { type: 'transfer' }), at('transferred', { tier: 'mediation' }));
    assert.deepEqual(ok(at('in_mediation'), { type: 'withdraw' }), at('withdrawn', { tier: 'mediation' }));
  });
});

describe('regulator tier', () => {
  const regulator = { tier: 'regulator' } as const;
  test('accept_complaint (受理) → regulator_mediation; decline_complaint (不予受理) → rejected', () => {
    assert.deepEqual(
      ok(at('regulator_review', { waitingOnConsumer: true }), { type: 'accept_complaint' }),
      at('regulator_mediation'),
    );
    assert.deepEqual(ok(at('regulator_review'), { type: 'decline_complaint' }), at('rejected', regulator));
  });
  test('regulator_review: refer, reject, transfer, withdraw', () => {
    assert.deepEqual(ok(at('regulator_review'), { type: 'refer', to: 'court' }), at('referred'));
    assert.deepEqual(ok(at('regulator_review'), { type: 'reject', reason: 'out_of_scope' }), at('rejected', regulator));
    assert.deepEqual(ok(at('regulator_review'), { type: 'transfer' }), at('transferred', regulator));
    assert.deepEqual(ok(at('regulator_review'), { type: 'withdraw' }), at('withdrawn', regulator));
  });
  test('regulator_mediation: agreement, failure, expiry, referral', () => {
    assert.deepEqual(ok(at('regulator_mediation'), { type: 'record_agreement' }), at('settled', regulator));
    assert.deepEqual(
      ok(at('regulator_mediation'), { type: 'accept_offer', by: 'consumer', offerBy: 'mediator' }),
      at('settled', regulator),
    );
    assert.deepEqual(ok(at('regulator_mediation'), { type: 'record_failure' }), at('referred'));
    assert.deepEqual(ok(at('regulator_mediation'), { type: 'mediation_expired' }), at('referred'));
    assert.deepEqual(ok(at('regulator_mediation'), { type: 'refer', to: 'formal_complaint' }), at('referred'));
    refused(at('regulator_mediation'), { type: 'reject', reason: 'out_of_scope' });
    refused(at('regulator_mediation'), { type: 'transfer' });
  });
});

describe('ending early', () => {
  test('withdraw from every open status except settled/fulfilled', () => {
    for (const s of CASE_STATUSES) {
      const legal = !isTerminal(s) && s !== 'settled' && s !== 'fulfilled';
      assert.equal(transition(at(s), { type: 'withdraw' }, FULL).ok, legal, s);
    }
    assert.equal(ok(at('negotiating', { waitingOnConsumer: true }), { type: 'withdraw' }).waitingOnConsumer, false);
  });
  test('reject and transfer from the merchant tier', () => {
    assert.deepEqual(ok(at('filed'), { type: 'reject', reason: 'out_of_scope' }), at('rejected'));
    assert.deepEqual(ok(at('awaiting_response'), { type: 'reject', reason: 'duplicate' }), at('rejected'));
    refused(at('negotiating'), { type: 'reject', reason: 'duplicate' });
    assert.deepEqual(ok(at('filed'), { type: 'transfer' }), at('transferred'));
    assert.deepEqual(ok(at('negotiating'), { type: 'transfer' }), at('transferred'));
  });
});

test('transition never mutates its input', () => {
  const s = at('settled'); // frozen: a write would throw in strict mode
  ok(s, { type: 'confirm_fulfilment', by: 'merchant' });
  assert.deepEqual(s, at('settled'));
});

test('a whole journey: filing to referral through every tier', () => {
  let s = initialState(false);
  const steps: CaseEvent[] = [
    { type: 'identify_merchant' },
    { type: 'respond' },
    { type: 'make_offer', by: 'merchant' },
    { type: 'reject_offer', by: 'consumer', offerBy: 'merchant' },
    { type: 'escalate', reason: 'resolution_deadline_missed' },
    { type: 'make_offer', by: 'mediator' },
    { type: 'accept_offer', by: 'consumer', offerBy: 'mediator' },
    { type: 'confirm_fulfilment', by: 'consumer' },
    { type: 'escalate', reason: 'fulfilment_deadline_missed' },
    { type: 'ask_consumer' },
    { type: 'consumer_answer' },
    { type: 'accept_complaint' },
    { type: 'mediation_expired' },
  ];
  const seen = steps.map((e) => {
    s = ok(s, e);
    return s.status;
  });
  assert.deepEqual(seen, [
    'awaiting_response',
    'negotiating',
    'negotiating',
    'negotiating',
    'in_mediation',
    'in_mediation',
    'settled',
    'settled',
    'regulator_review',
    'regulator_review',
    'regulator_review',
    'regulator_mediation',
    'referred',
  ]);
  assert.deepEqual(allowedEvents(s, FULL), []);
});
