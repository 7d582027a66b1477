// Per-client limits on what anyone may call without an account (src/http/rate-limits.ts): the limit answers
// 429 RATE_LIMITED with when to retry, each address has its own budget, a client cannot pick its own address,
// and institutions and staff are not limited. The other suites run with the limits off.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { RATE_LIMITS } from '../src/http/rate-limits.js';
import { signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp({ env: { RATE_LIMITS: '1' } });
});
after(async () => {
  await ctx.close();
});

let phoneSeq = 0;
const nextPhone = () => `1390000${String(++phoneSeq).padStart(4, '0')}`;
const askCode = (headers: Record<string, string> = {}, remoteAddress?: string) =>
  ctx.request({
    method: 'POST',
    url: '/api/v1/auth/otp/request',
    payload: { phone: nextPhone() },
    headers,
    ...(remoteAddress ? { remoteAddress } : {}),
  });

test('every limited route exists as written in the table', () => {
  for (const key of Object.keys(RATE_LIMITS)) {
    const [method, url] = key.split(' ') as [string, string];
    assert.ok(ctx.app.hasRoute({ method: method as 'POST', url }), `${key} is a route`);
  }
});

test('the 11th sign-in code a minute from one address is refused, with when to retry; others are not affected', async () => {
  const max = RATE_LIMITS['POST /api/v1/auth/otp/request']!.max;
  const client = { 'x-forwarded-for': '203.0.113.10' };
  for (let i = 0; i < max; i++) assert.equal((await askCode(client)).statusCode, 202);
  const refused = await askCode(client);
  assert.equal(refused.statusCode, 429);
  assert.equal(refused.data.error.code, 'RATE_LIMITED');
  assert.ok(refused.data.error.messages['zh-CN'] && refused.data.error.messages.en);
  assert.ok(refused.data.error.details.retryAfterSeconds >= 1);
  assert.ok(Number(refused.headers['retry-after']) >= 1);
  assert.equal(refused.headers['x-ratelimit-limit'], String(max));

  assert.equal((await askCode({ 'x-forwarded-for': '203.0.113.11' })).statusCode, 202, 'another address');
});

test('a client reaching the server directly cannot choose its address with X-Forwarded-For', async () => {
  const max = RATE_LIMITS['POST /api/v1/auth/otp/request']!.max;
  let last = 0;
  for (let i = 0; i <= max; i++) {
    last = (await askCode({ 'x-forwarded-for': `198.51.100.${i + 1}` }, '192.0.2.50')).statusCode;
  }
  assert.equal(last, 429, 'counted by the socket address, not by the header it made up');
});

test('signed-in staff are not limited (nor are payment institutions, by the same rule)', async () => {
  const staff = await signedInStaff(ctx, { role: 'platform_admin' });
  const max = RATE_LIMITS['POST /api/v1/auth/otp/request']!.max;
  for (let i = 0; i <= max; i++) {
    const r = await askCode({ cookie: staff.cookie, 'x-forwarded-for': '203.0.113.20' });
    assert.equal(r.statusCode, 202, `request ${i + 1}`);
  }
});
