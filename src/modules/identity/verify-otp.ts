import type { AppDeps } from '../../deps.js';
import { maskPhone, safeEqualHex } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { findOrCreateConsumer } from './consumer.repository.js';
import { describeActor } from './describe-actor.js';
import type { MeView } from './identity.contracts.js';
import { countOtpAttempt, lockNewestOtp, markOtpUsed } from './otp.repository.js';
import { OTP_MAX_ATTEMPTS } from './otp-policy.js';
import { normalizePhone } from './phone.js';
import { otpCodeHash } from './request-otp.js';
import { type OpenedSession, openSession } from './session.js';

type Outcome =
  | { ok: true; consumerId: string; session: OpenedSession }
  | { ok: false; details: Record<string, unknown> };

/**
 * Signs a consumer in with the code sent to their phone; the first sign-in creates the consumer
 * (phone encrypted, found by its keyed hash, shown masked). Only the newest code counts, once,
 * within its lifetime, and after OTP_MAX_ATTEMPTS wrong guesses not even the right code works.
 */
export async function verifyOtp(
  deps: AppDeps,
  opts: { phone: string; code: string },
): Promise<{ session: OpenedSession; me: MeView }> {
  const phone = normalizePhone(opts.phone);
  const phoneHash = deps.secrets.lookupHash(phone);
  const now = deps.clock.now();

  // Wrong guesses must be counted, so failures are returned (committed), not thrown (rolled back).
  const outcome = await deps.database.db.transaction(async (tx): Promise<Outcome> => {
    const otp = await lockNewestOtp(tx, phoneHash);
    if (!otp || otp.usedAt || otp.expiresAt <= now)
      return { ok: false, details: { reason: 'no valid code; request a new one' } };
    if (otp.attempts >= OTP_MAX_ATTEMPTS) {
      return { ok: false, details: { reason: 'too many wrong attempts; request a new code', attemptsLeft: 0 } };
    }
    if (!safeEqualHex(otpCodeHash(deps, otp.id, opts.code), otp.codeHash)) {
      await countOtpAttempt(tx, otp.id);
      return { ok: false, details: { attemptsLeft: OTP_MAX_ATTEMPTS - otp.attempts - 1 } };
    }
    await markOtpUsed(tx, otp.id, now);
    const consumer = await findOrCreateConsumer(tx, {
      id: uuidv7(now.getTime()),
      phoneHash,
      phoneEnc: deps.secrets.encrypt(phone),
      phoneMasked: maskPhone(phone),
      createdAt: now,
    });
    const session = await openSession(tx, deps, { consumerId: consumer.id });
    return { ok: true, consumerId: consumer.id, session };
  });
  if (!outcome.ok) throw new AppError('INVALID_CODE', outcome.details);
  const me = await describeActor(deps, { actor: { kind: 'consumer', consumerId: outcome.consumerId, caseIds: [] } });
  return { session: outcome.session, me };
}
