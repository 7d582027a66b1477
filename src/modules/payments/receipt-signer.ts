// The institution's side of receipts, for the demo institution, the `hejie receipt` command and tests: make
// a key pair and sign a receipt exactly as docs/receipts.md tells an institution to.
import { CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { ReceiptAlg } from './payments.schema.js';
import { RECEIPT_TYP, type ReceiptClaims } from './receipt.js';

export type ReceiptKeyPair = { alg: ReceiptAlg; kid: string; privateJwk: JWK; publicJwk: JWK };

export async function generateReceiptKey(alg: ReceiptAlg, kid: string): Promise<ReceiptKeyPair> {
  const { publicKey, privateKey } = await generateKeyPair(alg === 'EdDSA' ? 'Ed25519' : 'ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg };
  return { alg, kid, privateJwk, publicJwk };
}

/** Sign the claims as a compact JWS. The header carries alg, kid and typ; nothing else is needed. */
export async function signReceipt(
  key: Pick<ReceiptKeyPair, 'alg' | 'kid' | 'privateJwk'>,
  claims: ReceiptClaims | Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const k = await importJWK(key.privateJwk, key.alg);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: RECEIPT_TYP, ...header })
    .sign(k);
}
