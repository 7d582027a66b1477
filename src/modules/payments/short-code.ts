// Short codes for thermal-printer receipts: 10 Crockford base32 characters (50 random bits), printed as
// XXXXX-XXXXX. Crockford's alphabet has no I, L, O or U, so what a person misreads maps back: I/L→1, O→0.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 10;

export function newShortCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(SHORT_CODE_LENGTH);
  let out = '';
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const b of bytes) out += ALPHABET[b % 32];
  return out;
}

/** The canonical form of what a consumer typed, or null when it cannot be a short code. */
export function normalizeShortCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (s.length !== SHORT_CODE_LENGTH) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}

export function formatShortCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
