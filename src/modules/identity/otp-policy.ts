// Phone sign-in codes: how long they live, how often they may be asked for, how many guesses they allow. Pure.
import { randomInt } from 'node:crypto';

export const OTP_TTL_MS = 5 * 60_000;
export const OTP_RESEND_MS = 60_000;
export const OTP_WINDOW_MS = 3_600_000;
export const OTP_PER_WINDOW = 10;
export const OTP_MAX_ATTEMPTS = 5;

export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** The text of the SMS (signature first, as Chinese SMS gateways require). */
export function otpMessage(code: string): string {
  return `【和解】您的登录验证码为 ${code}，${OTP_TTL_MS / 60_000} 分钟内有效。请勿将验证码告诉他人。`;
}

/**
 * Seconds the phone must wait before another code may be sent, given when earlier codes were sent
 * (any order); 0 when one may be sent now. At most one per minute and OTP_PER_WINDOW per hour.
 */
export function otpWaitSeconds(sentAt: Date[], now: Date): number {
  const t = now.getTime();
  const recent = sentAt
    .map((d) => d.getTime())
    .filter((s) => s > t - OTP_WINDOW_MS && s <= t)
    .sort((a, b) => b - a);
  let waitMs = 0;
  if (recent.length > 0) waitMs = Math.max(waitMs, recent[0]! + OTP_RESEND_MS - t);
  if (recent.length >= OTP_PER_WINDOW) waitMs = Math.max(waitMs, recent[OTP_PER_WINDOW - 1]! + OTP_WINDOW_MS - t);
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
