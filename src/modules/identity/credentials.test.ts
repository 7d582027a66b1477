import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sha256 } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { MAX_CASE_TOKENS, newApiKey, newCaseAccessToken, readCredentials } from './credentials.js';

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

test('minted tokens carry their prefix and are stored only as SHA-256', () => {
  const c = newCaseAccessToken();
  assert.match(c.token, /^hjc_[\w-]{43}$/);
  assert.equal(c.hash, sha256(c.token));
  const k = newApiKey();
  assert.match(k.key, /^hjk_[\w-]{43}$/);
  assert.equal(k.hash, sha256(k.key));
  assert.equal(k.prefix, k.key.slice(0, 12));
  assert.notEqual(newCaseAccessToken().token, c.token);
});

test('nothing presented: nothing read', () => {
  assert.deepEqual(readCredentials({}, undefined), { sessionToken: null, apiKey: null, caseTokens: [] });
  assert.deepEqual(readCredentials({ authorization: '' }, 'abc'), {
    sessionToken: 'abc',
    apiKey: null,
    caseTokens: [],
  });
});

test('a junk cookie is ignored rather than refused', () => {
  assert.equal(readCredentials({}, 'x y;z').sessionToken, null);
  assert.equal(readCredentials({}, 'a'.repeat(500)).sessionToken, null);
});

test('bearer API key and case tokens from both headers, comma-separated and repeated, deduplicated', () => {
  assert.equal(readCredentials({ authorization: 'Bearer hjk_abc' }, undefined).apiKey, 'hjk_abc');
  assert.equal(readCredentials({ authorization: 'bearer  hjk_abc ' }, undefined).apiKey, 'hjk_abc');
  const creds = readCredentials(
    { authorization: 'Bearer hjc_one', 'x-case-token': ['hjc_two, hjc_three', 'hjc_one,'] },
    undefined,
  );
  assert.deepEqual(creds.caseTokens, ['hjc_one', 'hjc_two', 'hjc_three']);
});

test('credentials that cannot be ours are refused with 401', () => {
  assert.throws(() => readCredentials({ authorization: 'Basic dXNlcjpwdw==' }, undefined), isCode('UNAUTHENTICATED'));
  assert.throws(() => readCredentials({ authorization: 'Bearer sk_live_1' }, undefined), isCode('UNAUTHENTICATED'));
  assert.throws(() => readCredentials({ authorization: 'Bearer' }, undefined), isCode('UNAUTHENTICATED'));
  assert.throws(() => readCredentials({ 'x-case-token': 'hjk_notacasetoken' }, undefined), isCode('UNAUTHENTICATED'));
  assert.throws(() => readCredentials({ 'x-case-token': 'hjc_a;b' }, undefined), isCode('UNAUTHENTICATED'));
  const many = Array.from({ length: MAX_CASE_TOKENS + 1 }, (_, i) => `hjc_${i}`).join(',');
  assert.throws(() => readCredentials({ 'x-case-token': many }, undefined), isCode('VALIDATION_FAILED'));
});
