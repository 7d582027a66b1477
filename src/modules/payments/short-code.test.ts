import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatShortCode, newShortCode, normalizeShortCode } from './short-code.js';

test('new codes are 10 Crockford characters and differ', () => {
  const a = newShortCode();
  assert.match(a, /^[0-9A-HJKMNP-TV-Z]{10}$/);
  assert.notEqual(a, newShortCode());
});

test('what a person types or misreads maps back to the code', () => {
  const code = '7K3M2Q9XD0';
  assert.equal(formatShortCode(code), '7K3M2-Q9XD0');
  assert.equal(normalizeShortCode('7k3m2-q9xdo'), code);
  assert.equal(normalizeShortCode(' 7K3M2 Q9XD0 '), code);
  assert.equal(normalizeShortCode('7K3M2Q9XDO'), code, 'O read as 0');
  assert.equal(normalizeShortCode('1L1I100000'), '1111100000', 'I and L read as 1');
});

test('anything else is not a short code', () => {
  assert.equal(normalizeShortCode('7K3M2Q9XD'), null, 'too short');
  assert.equal(normalizeShortCode('7K3M2Q9XDUU'), null, 'too long');
  assert.equal(normalizeShortCode('7K3M2Q9XDU'), null, 'U is not in the alphabet');
  assert.equal(normalizeShortCode('<script>12'), null);
});
