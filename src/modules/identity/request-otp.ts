import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { insertOtp, lockPhone, otpSentSince } from './otp.repository.js';
import { newOtpCode, OTP_RESEND_MS, OTP_TTL_MS, OTP_WINDOW_MS, otpMessage, otpWaitSeconds } from './otp-policy.js';
import { normalizePhone } from './phone.js';

/** The keyed hash a code is stored under: bound to its row, so equal codes never share a hash. */
export const otpCodeHash = (deps: AppDeps, otpId: string, code: string) =>
  deps.secrets.lookupHash(`otp:${otpId}:${code}`);

/**
 * Sends a six-digit sign-in code by SMS. The answer is the same whether or not the phone has an account.
 * Limits per phone (1 a minute, 10 an hour) are checked under a per-phone lock, so they hold across instances.
 */
export async function requestOtp(
  deps: AppDeps,
  opts: { phone: string },
): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
  const phone = normalizePhone(opts.phone);
  const phoneHash = deps.secrets.lookupHash(phone);
  const now = deps.clock.now();

  const issued = await deps.database.db.transaction(async (tx) => {
    await lockPhone(tx, phoneHash);
    const wait = otpWaitSeconds(await otpSentSince(tx, phoneHash, new Date(now.getTime() - OTP_WINDOW_MS)), now);
    if (wait > 0) return { retryAfterSeconds: wait };
    const id = uuidv7(now.getTime());
    const code = newOtpCode();
    await insertOtp(tx, {
      id,
      phoneHash,
      codeHash: otpCodeHash(deps, id, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + OTP_TTL_MS),
    });
    return { code };
  });
  if ('retryAfterSeconds' in issued) {
    throw new AppError('RATE_LIMITED', { retryAfterSeconds: issued.retryAfterSeconds });
  }
  await deps.sms.send(phone, otpMessage(issued.code));
  return { expiresInSeconds: OTP_TTL_MS / 1000, resendAfterSeconds: OTP_RESEND_MS / 1000 };
}
