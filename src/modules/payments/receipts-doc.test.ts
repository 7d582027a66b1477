// docs/receipts.md is what institutions implement from: its worked example must verify with the code as it is,
// and its tables must name every claim and every refusal code the verifier has. This test reads the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importJWK, type JWK } from 'jose';
import { ERROR_CATALOGUE, isAppError } from '../../lib/errors.js';
import {
  CLOCK_SKEW_MS,
  DEFAULT_RECEIPT_LIFETIME_MS,
  MAX_RECEIPT_BYTES,
  ReceiptClaims,
  verifyReceipt,
} from './receipt.js';
import { KEY_CACHE_MS } from './receipt-keys.js';
import { signReceipt } from './receipt-signer.js';
import { SHORT_CODE_LENGTH } from './short-code.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/receipts.md', import.meta.url)), 'utf8');

/** The first fenced block after `<!-- example:NAME -->`, as text. */
function example(name: string): string {
  const at = doc.indexOf(`<!-- example:${name} -->`);
  assert.ok(at >= 0, `docs/receipts.md has no example:${name}`);
  const m = /```[a-z]*\n([\s\S]*?)\n```/.exec(doc.slice(at));
  assert.ok(m, `example:${name} has no fenced block`);
  return m[1]!.trim();
}

/** The text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`. */
function section(name: string): string {
  const b = doc.indexOf(`<!-- ${name}:begin -->`);
  const e = doc.indexOf(`<!-- ${name}:end -->`);
  assert.ok(b >= 0 && e > b, `docs/receipts.md has no ${name} section`);
  return doc.slice(b, e);
}

const b64json = (part: string) => Buffer.from(part, 'base64url').toString('utf8');

describe('docs/receipts.md, worked example', () => {
  const publicJwk = JSON.parse(example('public-jwk')) as JWK & { kid: string; alg: 'EdDSA' };
  const privateJwk = JSON.parse(example('private-jwk')) as JWK & { kid: string; alg: 'EdDSA' };
  const headerText = example('header');
  const claimsText = example('claims');
  const token = example('token');
  const claims = JSON.parse(claimsText) as ReceiptClaims;

  test('the token is the header and the claims, byte for byte, and a compact JWS within the size limit', () => {
    const parts = token.split('.');
    assert.equal(parts.length, 3);
    assert.equal(b64json(parts[0]!), headerText);
    assert.equal(b64json(parts[1]!), claimsText);
    assert.equal(Buffer.from(parts[2]!, 'base64url').length, 64, 'an Ed25519 signature');
    assert.ok(Buffer.byteLength(token) <= MAX_RECEIPT_BYTES);
    assert.deepEqual(JSON.parse(headerText), { alg: 'EdDSA', kid: publicJwk.kid, typ: 'hejie-receipt+jws' });
    assert.ok(doc.includes(`(${Buffer.byteLength(token)} bytes`), 'the size the page states');
  });

  test('it verifies with the published public key and decodes to the published claims', async () => {
    assert.equal(ReceiptClaims.safeParse(claims).success, true);
    const now = new Date((Math.max(claims.paid, claims.iat ?? 0) + 60) * 1000);
    // What the platform keeps of a registered Ed25519 key (institution-keys.ts).
    const stored = { kty: 'OKP', crv: 'Ed25519', x: String(publicJwk.x) };
    const findKey = async (iss: string, kid: string) =>
      iss === claims.iss && kid === publicJwk.kid
        ? { alg: publicJwk.alg, jwk: stored, status: 'active' as const, retiredAt: null }
        : undefined;
    const verified = await verifyReceipt(token, { findKey, now });
    assert.deepEqual(verified.claims, claims);
    assert.equal(verified.kid, publicJwk.kid);
    // Still good three years less a day after payment (no exp), and not a day after that.
    const late = new Date(claims.paid * 1000 + DEFAULT_RECEIPT_LIFETIME_MS - 86_400_000);
    assert.ok(await verifyReceipt(token, { findKey, now: late }));
    await assert.rejects(
      verifyReceipt(token, { findKey, now: new Date(late.getTime() + 2 * 86_400_000) }),
      (e: unknown) => isAppError(e) && e.code === 'RECEIPT_EXPIRED',
    );
  });

  test('signing the published claims with the published private key gives exactly the published token', async () => {
    assert.equal(privateJwk.x, publicJwk.x, 'the two halves of one key pair');
    assert.equal(await signReceipt({ alg: 'EdDSA', kid: privateJwk.kid, privateJwk }, claims), token);
  });

  test('the P-256 example is a public key on its curve', async () => {
    const p256 = JSON.parse(example('p256-public-jwk')) as JWK;
    assert.equal(p256.kty, 'EC');
    assert.equal(p256.crv, 'P-256');
    assert.equal(p256.d, undefined);
    await importJWK(p256, 'ES256');
  });

  test('the filing example files this token', () => {
    assert.ok(example('filing').includes(`"receipt": "${token}"`));
  });
});

describe('docs/receipts.md, reference tables', () => {
  test('the claims table names every claim the verifier knows, and no other', () => {
    const named = [...section('claims-table').matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(named.sort(), Object.keys(ReceiptClaims.shape).sort());
  });

  test('the refusals table uses every RECEIPT_* code, and only those', () => {
    const used = new Set([...section('refusals').matchAll(/`(RECEIPT_[A-Z_]+)`/g)].map((m) => m[1]));
    const codes = Object.keys(ERROR_CATALOGUE).filter((c) => c.startsWith('RECEIPT_'));
    assert.deepEqual([...used].sort(), codes.sort());
  });

  test('the limits the page states are the code’s', () => {
    assert.ok(doc.includes(`at most **${MAX_RECEIPT_BYTES} bytes**`));
    assert.ok(doc.includes(`up to **${CLOCK_SKEW_MS / 60_000} minutes**`));
    assert.ok(doc.includes(`**${DEFAULT_RECEIPT_LIFETIME_MS / (365 * 86_400_000)} years after \`paid\`**`));
    assert.ok(doc.includes(`within **${KEY_CACHE_MS / 1000} seconds**`));
    assert.ok(doc.includes(`${SHORT_CODE_LENGTH} characters of Crockford base32`));
  });
});
