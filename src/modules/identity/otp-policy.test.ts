import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newOtpCode, otpMessage, otpWaitSeconds } from './otp-policy.js';

const now = new Date('2026-03-02T02:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

test('codes are six digits, leading zeros kept, sent in Chinese', () => {
  for (let i = 0; i < 200; i++) assert.match(newOtpCode(), /^\d{6}$/);
  assert.match(otpMessage('012345'), /^【和解】.*012345.*5 分钟/);
});

test('one code a minute', () => {
  assert.equal(otpWaitSeconds([], now), 0);
  assert.equal(otpWaitSeconds([ago(0)], now), 60);
  assert.equal(otpWaitSeconds([ago(59.5)], now), 1);
  assert.equal(otpWaitSeconds([ago(60)], now), 0);
  assert.equal(otpWaitSeconds([ago(3600), ago(61)], now), 0);
});

test('ten codes an hour: the eleventh waits until the oldest of the ten leaves the window', () => {
  const ten = Array.from({ length: 10 }, (_, i) => ago(3000 - i * 100)); // 3000 s … 2100 s ago
  assert.equal(otpWaitSeconds(ten, now), 600);
  assert.equal(otpWaitSeconds(ten.slice(1), now), 0);
  const eleven = [...ten, ago(3500)]; // only the newest ten count
  assert.equal(otpWaitSeconds(eleven, now), 600);
});
