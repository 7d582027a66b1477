// Receipt tokens: a compact JWS an institution signs over one payment, so that a consumer who paid can file
// without an account, naming the legal merchant whatever payment tool it used. The format is documented in
// docs/receipts.md for institutions; this file is its one verifier. Only what the signature covers is
// trusted, and only EdDSA (Ed25519) and ES256 are accepted: `alg: none`, HMAC and RSA are refused by name,
// before any key is looked up.
import { type CryptoKey, compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../lib/errors.js';
import { isCurrency } from '../../lib/money.js';
import type { KeyStatus, ReceiptAlg } from './payments.schema.js';

export const RECEIPT_ALGS: readonly ReceiptAlg[] = ['EdDSA', 'ES256'];
export const RECEIPT_TYP = 'hejie-receipt+jws';
/** A receipt fits in a QR code and a URL; anything longer is refused before it is parsed. */
export const MAX_RECEIPT_BYTES = 2048;
/** Clocks differ: a payment up to this far in the future is accepted. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Without its own `exp`, a receipt can be filed for 3 years (民法典 第一百八十八条: the limitation period). */
export const DEFAULT_RECEIPT_LIFETIME_MS = 3 * 365 * 24 * 3_600_000;

const PHONE_LIKE = /^\+?(86)?1[3-9]\d{9}$/;

export const ReceiptClaims = z.strictObject({
  /** The institution's id on this platform (a UUID). */
  iss: z.uuid(),
  /** The institution's transaction id. */
  txn: z.string().min(1).max(64),
  /** The institution's merchant id. */
  mid: z.string().min(1).max(64),
  /** Amount paid, integer minor units (fen). */
  amt: z.number().int().min(0).max(100_000_000_00),
  cur: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .refine(isCurrency, 'unsupported currency'),
  /** Payment time, seconds since the epoch. */
  paid: z.number().int().positive(),
  /** A stable payer pseudonym from the institution; never a phone number. */
  sub: z
    .string()
    .min(8)
    .max(128)
    .refine((s) => !PHONE_LIKE.test(s.replace(/[\s-]/g, '')), 'sub must be a pseudonym, not a phone number'),
  iat: z.number().int().positive().optional(),
  exp: z.number().int().positive().optional(),
  /** The institution's store or terminal reference. */
  store: z.string().min(1).max(64).optional(),
  items: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(100),
        qty: z.number().positive().optional(),
        amt: z.number().int().min(0).optional(),
      }),
    )
    .max(50)
    .optional(),
});
export type ReceiptClaims = z.infer<typeof ReceiptClaims>;

/** A registered public key as the verifier needs it. */
export type ReceiptKey = { alg: ReceiptAlg; jwk: Record<string, string>; status: KeyStatus; retiredAt: Date | null };
export type FindReceiptKey = (institutionId: string, kid: string) => Promise<ReceiptKey | undefined>;

function refuse(code: ErrorCode, reason: string, extra: Record<string, unknown> = {}): never {
  throw new AppError(code, { reason, ...extra });
}

/** The header and the claims, read without trusting them: only to find the key. */
function peek(token: string): { alg: unknown; kid: unknown; iss: unknown; typ: unknown } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)) || !parts[0] || !parts[1] || !parts[2]) {
    refuse('RECEIPT_INVALID', 'not a compact JWS (three base64url parts)');
  }
  let header: Record<string, unknown>;
  let payload: unknown;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    refuse('RECEIPT_INVALID', 'header or payload is not base64url JSON');
  }
  const iss = payload && typeof payload === 'object' ? (payload as Record<string, unknown>).iss : undefined;
  return { alg: header.alg, kid: header.kid, iss, typ: header.typ };
}

// Importing a JWK costs more than verifying with it; keys are immutable once registered, so cache by content.
const imported = new Map<string, Promise<CryptoKey | Uint8Array>>();
function importKey(k: ReceiptKey): Promise<CryptoKey | Uint8Array> {
  const id = `${k.alg}:${JSON.stringify(k.jwk)}`;
  let p = imported.get(id);
  if (!p) {
    p = importJWK(k.jwk as JWK, k.alg);
    if (imported.size > 10_000) imported.clear();
    imported.set(id, p);
  }
  return p;
}

/**
 * Verify a receipt token and return its claims. Every refusal is an AppError with a RECEIPT_* code and a
 * reason; nothing about a refused token is stored by the caller.
 */
export async function verifyReceipt(
  token: string,
  opts: { findKey: FindReceiptKey; now: Date },
): Promise<{ claims: ReceiptClaims; kid: string }> {
  if (Buffer.byteLength(token, 'utf8') > MAX_RECEIPT_BYTES) {
    refuse('RECEIPT_TOO_LARGE', `longer than ${MAX_RECEIPT_BYTES} bytes`);
  }
  const { alg, kid, iss, typ } = peek(token);
  // A token typed as something else (an ID token, another product's JWS) is never a receipt, even if the
  // institution signed it with the same key. Untyped tokens are accepted: the strict claims decide.
  if (typ !== undefined && typ !== RECEIPT_TYP) refuse('RECEIPT_INVALID', `typ must be ${RECEIPT_TYP}`);
  if (typeof alg !== 'string' || !RECEIPT_ALGS.includes(alg as ReceiptAlg)) {
    refuse('RECEIPT_ALG_NOT_ALLOWED', `alg must be one of ${RECEIPT_ALGS.join(', ')}`, { alg: String(alg) });
  }
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > 128) refuse('RECEIPT_INVALID', 'missing kid');
  if (typeof iss !== 'string' || !z.uuid().safeParse(iss).success)
    refuse('RECEIPT_INVALID', 'iss is not an institution id');

  const key = await opts.findKey(iss, kid);
  if (!key || key.status === 'revoked') refuse('RECEIPT_KEY_UNKNOWN', 'no such key for this institution', { kid });
  if (key.alg !== alg) refuse('RECEIPT_INVALID', 'alg does not match the registered key', { kid });

  let payload: Uint8Array;
  try {
    const verified = await compactVerify(token, await importKey(key), { algorithms: [key.alg] });
    payload = verified.payload;
    if (verified.protectedHeader.crit) refuse('RECEIPT_INVALID', 'unsupported critical header');
  } catch (e) {
    if (e instanceof AppError) throw e;
    refuse('RECEIPT_INVALID', 'signature does not verify');
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    refuse('RECEIPT_INVALID', 'payload is not JSON');
  }
  const parsed = ReceiptClaims.safeParse(json);
  if (!parsed.success) {
    refuse('RECEIPT_INVALID', 'claims are not valid', {
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    });
  }
  const claims = parsed.data;
  const now = opts.now.getTime();
  const paid = claims.paid * 1000;
  if (paid > now + CLOCK_SKEW_MS || (claims.iat !== undefined && claims.iat * 1000 > now + CLOCK_SKEW_MS)) {
    refuse('RECEIPT_NOT_YET_VALID', 'the payment or the receipt is dated in the future');
  }
  const expires = claims.exp !== undefined ? claims.exp * 1000 : paid + DEFAULT_RECEIPT_LIFETIME_MS;
  if (expires <= now) refuse('RECEIPT_EXPIRED', 'the receipt has expired');
  // A retired key stays good for the payments made while it was in use; a later one it cannot have signed.
  if (key.status === 'retired' && key.retiredAt && paid >= key.retiredAt.getTime()) {
    refuse('RECEIPT_KEY_UNKNOWN', 'the key was retired before this payment', { kid });
  }
  return { claims, kid };
}
