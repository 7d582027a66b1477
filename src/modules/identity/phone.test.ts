import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../lib/errors.js';
import { normalizePhone, parsePhone } from './phone.js';

test('mainland mobile numbers normalise to 11 digits whatever the prefix and separators', () => {
  for (const raw of [
    '13812345678',
    '+8613812345678',
    '+86 138 1234 5678',
    '008613812345678',
    '8613812345678',
    '138-1234-5678',
    '(138) 1234 5678',
    '１３８１２３４５６７８',
  ]) {
    assert.deepEqual(parsePhone(raw), { ok: true, phone: '13812345678' }, raw);
  }
  assert.equal(normalizePhone('19912345678'), '19912345678');
});

test('anything else is refused with a reason', () => {
  for (const raw of [
    '',
    '1381234567',
    '138123456789',
    '12812345678',
    '23812345678',
    '+1 415 555 0100',
    '1381234567a',
    '010-12345678',
  ]) {
    assert.equal(parsePhone(raw).ok, false, raw);
  }
  assert.throws(
    () => normalizePhone('12345'),
    (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.details?.field === 'phone',
  );
});
