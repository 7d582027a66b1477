import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchPolicy, type PolicyCase } from './auto-resolution.js';
import type { AutoResolutionPolicyRow } from './auto-resolution.repository.js';

const DAY = 86_400_000;
const now = new Date('2026-06-10T04:00:00Z');
const policy = (over: Partial<AutoResolutionPolicyRow> = {}): AutoResolutionPolicyRow => ({
  id: 'p1',
  regionId: 'r',
  merchantId: 'm',
  name: '200元以下无理由退货直接退款',
  categories: ['return'],
  maxAmountMinor: 20_000,
  verifiedOnly: true,
  withinDays: 7,
  offer: 'refund_full',
  message: '',
  createdAt: now,
  createdBy: null,
  disabledAt: null,
  ...over,
});
const c = (over: Partial<PolicyCase> = {}): PolicyCase => ({
  category: 'return',
  route: 'merchant',
  verified: true,
  amountMinor: 12_000,
  paidAt: new Date(now.getTime() - 2 * DAY),
  now,
  ...over,
});

test('a case inside every condition is covered', () => {
  assert.equal(matchPolicy([policy()], c())?.id, 'p1');
  assert.equal(matchPolicy([policy()], c({ amountMinor: 20_000 }))?.id, 'p1', 'the limit itself is inside');
});

test('each condition on its own keeps a case out', () => {
  const out: [string, Partial<PolicyCase>, Partial<AutoResolutionPolicyRow>][] = [
    ['another category', { category: 'quality' }, {}],
    ['above the amount', { amountMinor: 20_001 }, {}],
    ['unverified purchase', { verified: false }, {}],
    ['outside the window', { paidAt: new Date(now.getTime() - 8 * DAY) }, {}],
    ['payment time unknown', { paidAt: null }, {}],
    ['amount unknown', { amountMinor: null }, {}],
    ['the mediator wants a person', { route: 'human' }, {}],
    ['policy disabled', {}, { disabledAt: now }],
  ];
  for (const [why, caseOver, policyOver] of out)
    assert.equal(matchPolicy([policy(policyOver)], c(caseOver)), null, why);
});

test('an unverified purchase is covered when the policy allows it, and no window means any time', () => {
  assert.ok(matchPolicy([policy({ verifiedOnly: false, withinDays: null })], c({ verified: false, paidAt: null })));
});
