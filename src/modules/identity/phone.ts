import { AppError } from '../../lib/errors.js';

// Mainland China mobile numbers: 11 digits, 1 then 3–9. Accepts +86 / 0086 / 86 prefixes, spaces, dashes,
// brackets and full-width digits (typed by Chinese IMEs); the normal form is the bare 11 digits.
const MOBILE = /^1[3-9]\d{9}$/;

export const PHONE_RULE_EN =
  'a mainland China mobile number: 11 digits starting with 13–19, optionally prefixed with +86';
export const PHONE_RULE_ZH = '请输入中国大陆手机号：11 位数字，以 13–19 开头，可带 +86';

export type PhoneParse = { ok: true; phone: string } | { ok: false; reason: string };

export function parsePhone(raw: string): PhoneParse {
  const compact = raw.normalize('NFKC').replace(/[\s\-()]/g, '');
  let digits = compact;
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'contains characters other than digits' };
  if (digits.length !== 11) return { ok: false, reason: `has ${digits.length} digits, expected 11` };
  if (!MOBILE.test(digits)) return { ok: false, reason: 'does not start with 13–19' };
  return { ok: true, phone: digits };
}

/** The normal form of a phone number, or 400 VALIDATION_FAILED saying what is wrong with it. */
export function normalizePhone(raw: string, field = 'phone'): string {
  const parsed = parsePhone(raw);
  if (parsed.ok) return parsed.phone;
  throw new AppError('VALIDATION_FAILED', {
    field,
    reason: `${field} ${parsed.reason}; expected ${PHONE_RULE_EN}`,
    message: PHONE_RULE_ZH,
  });
}
