import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterAttempt, BASE_DELAY_MS, backoffMs, MAX_ATTEMPTS, MAX_DELAY_MS } from './webhook.retry.js';

const noJitter = () => 0;
const fullJitter = () => 0.999_999;

describe('back-off schedule', () => {
  test('30 s × 2^(attempts−1): 30 s, 1 min, 2 min, 4 min … without jitter', () => {
    const schedule = Array.from({ length: 9 }, (_, i) => backoffMs(i + 1, noJitter) / 1000);
    assert.deepEqual(schedule, [30, 60, 120, 240, 480, 960, 1920, 3840, 7680]);
  });

  test('capped at 6 hours', () => {
    assert.equal(backoffMs(11, noJitter), 6 * 3_600_000);
    assert.equal(backoffMs(50, noJitter), MAX_DELAY_MS);
    assert.equal(backoffMs(1000, noJitter), MAX_DELAY_MS);
  });

  test('jitter adds at most 10 %, never subtracts', () => {
    for (let n = 1; n <= 12; n++) {
      const base = backoffMs(n, noJitter);
      const most = backoffMs(n, fullJitter);
      assert.ok(most >= base && most <= Math.round(base * 1.1), `attempt ${n}: ${most} vs ${base}`);
      const r = backoffMs(n);
      assert.ok(r >= base && r <= Math.round(base * 1.1));
    }
  });

  test('a nonsensical attempt count is treated as the first', () => {
    assert.equal(backoffMs(0, noJitter), BASE_DELAY_MS);
    assert.equal(backoffMs(-3, noJitter), BASE_DELAY_MS);
  });

  test('after an attempt: delivered, retried at now + back-off, or failed after the last attempt', () => {
    const now = new Date('2026-03-02T00:00:00Z');
    assert.deepEqual(afterAttempt(true, 3, now), { status: 'delivered' });
    assert.deepEqual(afterAttempt(false, 1, now, noJitter), {
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + 30_000),
    });
    assert.deepEqual(afterAttempt(false, MAX_ATTEMPTS - 1, now, noJitter), {
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + 7680_000),
    });
    assert.deepEqual(afterAttempt(false, MAX_ATTEMPTS, now), { status: 'failed' });
    // The whole schedule: about 4¼ hours from the first attempt to the last.
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1, noJitter)).reduce(
      (a, b) => a + b,
    );
    assert.equal(total, 15_330_000);
  });
});
