import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holderAt } from './mid-resolver.js';
import type { PaymentAccountRow } from './payment-account.repository.js';

const row = (id: string, merchantId: string, from: string, to: string | null): PaymentAccountRow => ({
  id,
  regionId: 'r',
  merchantId,
  institutionId: 'i',
  mid: 'M1',
  validFrom: new Date(from),
  validTo: to ? new Date(to) : null,
});

test('a payment resolves to the merchant that held the mid at that moment', () => {
  const history = [row('a', 'first', '2026-01-01', '2026-03-01'), row('b', 'second', '2026-03-01', null)];
  assert.equal(holderAt(history, new Date('2025-12-31')), null, 'before anyone held it');
  assert.equal(holderAt(history, new Date('2026-01-01'))?.merchantId, 'first', 'the start is inside');
  assert.equal(holderAt(history, new Date('2026-02-28T23:59:59Z'))?.merchantId, 'first');
  assert.equal(holderAt(history, new Date('2026-03-01'))?.merchantId, 'second', 'the end is outside');
  assert.equal(holderAt(history, new Date('2030-01-01'))?.merchantId, 'second', 'an open account has no end');
  assert.equal(holderAt([], new Date()), null);
});

test('hand-edited overlapping rows resolve to the latest start, like the SQL look-up', () => {
  const history = [row('a', 'old', '2026-01-01', null), row('b', 'new', '2026-02-01', null)];
  assert.equal(holderAt(history, new Date('2026-02-15'))?.merchantId, 'new');
});
