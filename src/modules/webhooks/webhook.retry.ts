// The retry schedule of a webhook delivery and when a subscription is given up on (DESIGN.md §9).

/** Attempts per delivery before it is marked failed (≈ 4¼ hours of retries). */
export const MAX_ATTEMPTS = 10;
/** Failed attempts in a row, across deliveries, after which the subscription is disabled. */
export const DISABLE_AFTER_CONSECUTIVE_FAILURES = 20;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 6 * 3_600_000;
/** Up to this fraction is added at random, so receivers that came back are not hit by a synchronised wave. */
export const JITTER = 0.1;

/** Delay after the `attempts`-th failed attempt: 30 s × 2^(attempts−1), capped at 6 h, plus 0–10 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempts));
  // 2^(n-1) overflows nothing for n ≤ 1000, and the cap applies long before.
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(n - 1, 30));
  return Math.round(base * (1 + JITTER * random()));
}

export type AttemptOutcome =
  | { status: 'delivered' }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'failed' };

/** What becomes of a delivery after an attempt, given the attempts made so far (including this one). */
export function afterAttempt(
  ok: boolean,
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): AttemptOutcome {
  if (ok) return { status: 'delivered' };
  if (attempts >= MAX_ATTEMPTS) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, random)) };
}
