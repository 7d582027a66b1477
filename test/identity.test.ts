// People and access through the HTTP API on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { HOUR } from '../src/lib/clock.js';
import { uuidv7 } from '../src/lib/ids.js';
import { cases } from '../src/modules/cases/cases.schema.js';
import { consumers, users } from '../src/modules/identity/identity.schema.js';
import { createStaffUser, newCaseAccessToken } from '../src/modules/identity/index.js';
import { mediationOrgs } from '../src/modules/mediation/mediation.schema.js';
import { merchants } from '../src/modules/merchants/merchants.schema.js';
import { regions } from '../src/modules/regions/regions.schema.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
const PASSWORD = 'correct horse battery';
let seq = 0;
const uniq = () => `${++seq}${uuidv7().slice(-4)}`;

type City = { regionId: string; code: string; merchantId: string; mediationOrgId: string; regulatorOrgId: string };

async function city(): Promise<City> {
  const db = ctx.deps.database.db;
  const now = ctx.clock.now();
  const code = `C${uniq()}`.toUpperCase(); // codes are stored upper case
  const regionId = uuidv7();
  await db.insert(regions).values({ id: regionId, code, name: `测试市${code}`, createdAt: now });
  const merchantId = uuidv7();
  await db.insert(merchants).values({
    id: merchantId,
    regionId,
    creditCode: `91330100MA${uniq()}`,
    legalName: '测试餐饮有限公司',
    industry: 'restaurant',
    createdAt: now,
  });
  const org = (tier: 'mediation' | 'regulator') => ({
    id: uuidv7(),
    regionId,
    name: tier === 'regulator' ? '市场监督管理局' : '人民调解委员会',
    kind: tier === 'regulator' ? ('regulator' as const) : ('community_committee' as const),
    tier,
    createdAt: now,
  });
  const mediation = org('mediation');
  const regulator = org('regulator');
  await db.insert(mediationOrgs).values([mediation, regulator]);
  return { regionId, code, merchantId, mediationOrgId: mediation.id, regulatorOrgId: regulator.id };
}

function setCookies(res: { headers: Record<string, unknown> }): string[] {
  const h = res.headers['set-cookie'];
  return h === undefined ? [] : Array.isArray(h) ? (h as string[]) : [String(h)];
}
function sessionCookie(res: { headers: Record<string, unknown> }): string {
  const c = setCookies(res).find((s) => s.startsWith('hejie_session='));
  assert.ok(c, 'a session cookie is set');
  return c.split(';')[0]!;
}
function clearsSession(res: { headers: Record<string, unknown> }): boolean {
  return setCookies(res).some((s) => /^hejie_session=;/.test(s) && /Expires=Thu, 01 Jan 1970/.test(s));
}

const login = (l: string, password = PASSWORD) =>
  ctx.request({ method: 'POST', url: '/api/v1/auth/login', payload: { login: l, password } });
const me = (headers: Record<string, string> = {}) => ctx.request({ method: 'GET', url: '/api/v1/auth/me', headers });

async function signIn(l: string): Promise<string> {
  const res = await login(l);
  assert.equal(res.statusCode, 200, res.body);
  return sessionCookie(res);
}

let adminCookie: string;
let a: City;
let b: City;

before(async () => {
  ctx = await startTestApp();
  await createStaffUser(ctx.deps, {
    regionId: null,
    input: { login: 'root', displayName: '平台管理员', password: PASSWORD, role: 'platform_admin' },
  });
  adminCookie = await signIn('root');
  a = await city();
  b = await city();
});
after(async () => {
  await ctx.close();
});

async function createUser(cookie: string, regionId: string, body: Record<string, unknown>) {
  return ctx.request({ method: 'POST', url: `/api/v1/regions/${regionId}/users`, headers: { cookie }, payload: body });
}

describe('password sign-in and sessions', () => {
  test('sign-in sets an HttpOnly, SameSite=Lax session cookie and /auth/me answers as the admin', async () => {
    const res = await login('  ROOT ');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.data.kind, 'platform_admin');
    assert.equal(res.data.displayName, '平台管理员');
    assert.equal(res.data.region, null);
    const cookie = setCookies(res).find((s) => s.startsWith('hejie_session='))!;
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.match(cookie, /; Path=\//);
    assert.doesNotMatch(cookie, /; Secure/);
    const who = await me({ cookie: sessionCookie(res) });
    assert.equal(who.statusCode, 200, who.body);
    assert.equal(who.data.kind, 'platform_admin');
    assert.equal(who.data.login, 'root');
  });

  test('a wrong password and an unknown login fail the same way', async () => {
    const wrong = await login('root', 'not the password');
    const unknown = await login('nobody-here', 'not the password');
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.data.error.code, 'INVALID_CREDENTIALS');
    assert.equal(unknown.body, wrong.body);
    assert.deepEqual(setCookies(wrong), []);
  });

  test('an unknown field in the body is 400 UNKNOWN_FIELD', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'root', password: PASSWORD, remember: true },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.data.error.code, 'UNKNOWN_FIELD');
  });

  test('anonymous callers get 401 from /auth/me', async () => {
    const res = await me();
    assert.equal(res.statusCode, 401);
    assert.equal(res.data.error.code, 'UNAUTHENTICATED');
  });

  test('sign-out ends the session server-side: the old cookie no longer works and is cleared', async () => {
    const cookie = await signIn('root');
    const out = await ctx.request({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    assert.equal(out.statusCode, 204);
    assert.ok(clearsSession(out));
    const res = await me({ cookie });
    assert.equal(res.statusCode, 401);
    assert.ok(clearsSession(res), 'a dead session cookie is cleared');
  });

  test('a session expires after SESSION_TTL_HOURS: the caller is anonymous again', async () => {
    const cookie = await signIn('root');
    ctx.clock.advance(ctx.config.sessionTtlHours * HOUR - 60_000);
    assert.equal((await me({ cookie })).statusCode, 200);
    ctx.clock.advance(61_000);
    const res = await me({ cookie });
    assert.equal(res.statusCode, 401);
    assert.ok(clearsSession(res));
    adminCookie = await signIn('root');
  });

  test('a disabled account loses its live sessions and cannot sign in', async () => {
    const login1 = `temp${uniq()}`;
    const res = await createUser(adminCookie, a.regionId, {
      login: login1,
      displayName: '临时',
      password: PASSWORD,
      role: 'mediator',
      orgId: a.mediationOrgId,
    });
    assert.equal(res.statusCode, 201, res.body);
    const cookie = await signIn(login1);
    await ctx.deps.database.db.update(users).set({ disabledAt: ctx.clock.now() }).where(eq(users.id, res.data.id));
    assert.equal((await me({ cookie })).statusCode, 401);
    assert.equal((await login(login1)).data.error.code, 'INVALID_CREDENTIALS');
  });
});

describe('staff accounts of a region', () => {
  let regulatorCookie: string;
  before(async () => {
    adminCookie = await signIn('root'); // earlier tests move the clock past the session lifetime
    const res = await createUser(adminCookie, a.regionId, {
      login: `reg${uniq()}`,
      displayName: '监管员',
      password: PASSWORD,
      role: 'regulator',
      orgId: a.regulatorOrgId,
    });
    assert.equal(res.statusCode, 201, res.body);
    regulatorCookie = await signIn(res.data.login);
  });

  test('/auth/me describes each role with its region and scope', async () => {
    const reg = await me({ cookie: regulatorCookie });
    assert.equal(reg.data.kind, 'regulator');
    assert.deepEqual(reg.data.region, { id: a.regionId, code: a.code, name: `测试市${a.code}` });
    assert.equal(reg.data.orgId, a.regulatorOrgId);

    const staffLogin = `shop${uniq()}`;
    let res = await createUser(regulatorCookie, a.regionId, {
      login: staffLogin,
      displayName: '店长',
      password: PASSWORD,
      role: 'merchant_staff',
      merchantId: a.merchantId,
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.data.passwordHash, undefined);
    const staff = await me({ cookie: await signIn(staffLogin) });
    assert.equal(staff.data.kind, 'merchant_staff');
    assert.equal(staff.data.merchantId, a.merchantId);
    assert.equal(staff.data.region.code, a.code);
    assert.equal(staff.data.displayName, '店长');

    const mediatorLogin = `med${uniq()}`;
    res = await createUser(regulatorCookie, a.regionId, {
      login: mediatorLogin,
      displayName: '调解员',
      password: PASSWORD,
      role: 'mediator',
      orgId: a.mediationOrgId,
    });
    assert.equal(res.statusCode, 201, res.body);
    const mediator = await me({ cookie: await signIn(mediatorLogin) });
    assert.equal(mediator.data.kind, 'mediator');
    assert.equal(mediator.data.orgId, a.mediationOrgId);
  });

  test('a regulator of region A cannot create users in region B', async () => {
    const res = await createUser(regulatorCookie, b.regionId, {
      login: `x${uniq()}`,
      displayName: 'x',
      password: PASSWORD,
      role: 'merchant_staff',
      merchantId: b.merchantId,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.data.error.code, 'FORBIDDEN');
    const list = await ctx.request({
      method: 'GET',
      url: `/api/v1/regions/${b.regionId}/users`,
      headers: { cookie: regulatorCookie },
    });
    assert.equal(list.statusCode, 403);
  });

  test('anonymous callers are 401, merchant staff 403', async () => {
    const body = {
      login: `y${uniq()}`,
      displayName: 'y',
      password: PASSWORD,
      role: 'mediator',
      orgId: a.mediationOrgId,
    };
    const anon = await ctx.request({ method: 'POST', url: `/api/v1/regions/${a.regionId}/users`, payload: body });
    assert.equal(anon.statusCode, 401);
    assert.equal(anon.data.error.code, 'UNAUTHENTICATED');
    const staffLogin = `shop${uniq()}`;
    await createUser(adminCookie, a.regionId, {
      ...body,
      login: staffLogin,
      role: 'merchant_staff',
      orgId: undefined,
      merchantId: a.merchantId,
    });
    const res = await createUser(await signIn(staffLogin), a.regionId, body);
    assert.equal(res.statusCode, 403);
  });

  test('the merchant or organisation must be of the region and of the right kind', async () => {
    const base = { displayName: 'z', password: PASSWORD };
    let res = await createUser(regulatorCookie, a.regionId, {
      ...base,
      login: `z${uniq()}`,
      role: 'merchant_staff',
      merchantId: b.merchantId,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.data.error.code, 'VALIDATION_FAILED');
    assert.equal(res.data.error.details.field, 'merchantId');
    res = await createUser(regulatorCookie, a.regionId, {
      ...base,
      login: `z${uniq()}`,
      role: 'mediator',
      orgId: a.regulatorOrgId,
    });
    assert.equal(res.data.error.details.field, 'orgId');
    res = await createUser(regulatorCookie, a.regionId, { ...base, login: `z${uniq()}`, role: 'regulator' });
    assert.equal(res.data.error.details.field, 'orgId');
    res = await createUser(regulatorCookie, a.regionId, {
      ...base,
      login: `z${uniq()}`,
      role: 'mediator',
      orgId: a.mediationOrgId,
      password: 'short',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.data.error.code, 'VALIDATION_FAILED');
  });

  test('logins are unique', async () => {
    const body = {
      login: `dup${uniq()}`,
      displayName: 'd',
      password: PASSWORD,
      role: 'mediator',
      orgId: a.mediationOrgId,
    };
    assert.equal((await createUser(regulatorCookie, a.regionId, body)).statusCode, 201);
    const res = await createUser(regulatorCookie, a.regionId, { ...body, login: body.login.toUpperCase() });
    assert.equal(res.statusCode, 409);
    assert.equal(res.data.error.code, 'ALREADY_EXISTS');
  });

  test('listing pages through the region’s users and shows no other region’s', async () => {
    const url = `/api/v1/regions/${a.regionId}/users`;
    const all = await ctx.request({ method: 'GET', url, headers: { cookie: regulatorCookie } });
    assert.equal(all.statusCode, 200, all.body);
    assert.ok(all.data.items.length >= 3);
    assert.ok(all.data.items.every((u: { regionId: string }) => u.regionId === a.regionId));
    const first = await ctx.request({ method: 'GET', url: `${url}?limit=1`, headers: { cookie: regulatorCookie } });
    assert.equal(first.data.items.length, 1);
    const second = await ctx.request({
      method: 'GET',
      url: `${url}?limit=1&after=${first.data.nextAfter}`,
      headers: { cookie: regulatorCookie },
    });
    assert.equal(second.data.items[0].id, all.data.items[1].id);
    // Like the other region routes, the region may be named by its code.
    const byCode = await ctx.request({
      method: 'GET',
      url: `/api/v1/regions/${a.code.toLowerCase()}/users`,
      headers: { cookie: regulatorCookie },
    });
    assert.deepEqual(byCode.data.items, all.data.items);
    const unknown = await ctx.request({
      method: 'GET',
      url: '/api/v1/regions/NOPE/users',
      headers: { cookie: regulatorCookie },
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.data.error.code, 'REGION_NOT_FOUND');
  });
});

describe('phone sign-in with a one-time code', () => {
  const sent = () => (ctx.deps.sms as unknown as { sent: { phone: string; text: string }[] }).sent;
  const requestCode = (phone: string) =>
    ctx.request({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
  const verify = (phone: string, code: string) =>
    ctx.request({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } });
  const lastCode = (phone: string) => {
    const msg = sent().findLast((m) => m.phone === phone);
    assert.ok(msg, `an SMS went to ${phone}`);
    assert.match(msg.text, /验证码/);
    return /\d{6}/.exec(msg.text)![0];
  };
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  test('request, verify, signed in as a new consumer with the phone encrypted; the code works once', async () => {
    const res = await requestCode('+86 139 0000 0001');
    assert.equal(res.statusCode, 202, res.body);
    assert.deepEqual(res.data, { expiresInSeconds: 300, resendAfterSeconds: 60 });
    const code = lastCode('13900000001');
    const ok = await verify('13900000001', code);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.data.kind, 'consumer');
    assert.equal(ok.data.phoneMasked, '139****0001');
    const cookie = sessionCookie(ok);
    const who = await me({ cookie });
    assert.equal(who.data.id, ok.data.id);

    const [row] = await ctx.deps.database.db.select().from(consumers).where(eq(consumers.id, ok.data.id));
    assert.ok(row);
    assert.doesNotMatch(row.phoneEnc, /13900000001/);
    assert.equal(ctx.deps.secrets.decrypt(row.phoneEnc), '13900000001');
    assert.equal(row.phoneHash, ctx.deps.secrets.lookupHash('13900000001'));

    const again = await verify('13900000001', code);
    assert.equal(again.statusCode, 401);
    assert.equal(again.data.error.code, 'INVALID_CODE');

    ctx.clock.advance(61_000);
    await requestCode('13900000001');
    const second = await verify('13900000001', lastCode('13900000001'));
    assert.equal(second.data.id, ok.data.id, 'the same consumer on later sign-ins');
  });

  test('five wrong codes lock the code: then even the right one fails', async () => {
    const phone = '13900000002';
    await requestCode(phone);
    const code = lastCode(phone);
    for (let left = 4; left >= 0; left--) {
      const res = await verify(phone, wrong(code));
      assert.equal(res.statusCode, 401);
      assert.equal(res.data.error.code, 'INVALID_CODE');
      assert.equal(res.data.error.details.attemptsLeft, left);
    }
    const locked = await verify(phone, code);
    assert.equal(locked.statusCode, 401);
    assert.equal(locked.data.error.details.attemptsLeft, 0);
  });

  test('a code expires after five minutes, and only the newest code counts', async () => {
    const phone = '13900000003';
    await requestCode(phone);
    const first = lastCode(phone);
    ctx.clock.advance(5 * 60_000);
    assert.equal((await verify(phone, first)).statusCode, 401);
    await requestCode(phone);
    const second = lastCode(phone);
    if (second !== first) assert.equal((await verify(phone, first)).statusCode, 401);
    assert.equal((await verify(phone, second)).statusCode, 200);
  });

  test('one code a minute and ten an hour per phone, whatever way the number is written', async () => {
    const phone = '13900000004';
    assert.equal((await requestCode(phone)).statusCode, 202);
    let res = await requestCode(`+86${phone}`);
    assert.equal(res.statusCode, 429);
    assert.equal(res.data.error.code, 'RATE_LIMITED');
    assert.equal(res.data.error.details.retryAfterSeconds, 60);
    ctx.clock.advance(30_000);
    res = await requestCode(phone);
    assert.equal(res.data.error.details.retryAfterSeconds, 30);
    ctx.clock.advance(31_000); // 61 s after the first
    for (let i = 2; i <= 10; i++) {
      assert.equal((await requestCode(phone)).statusCode, 202, `code ${i}`);
      ctx.clock.advance(61_000);
    }
    // 10 codes, the first sent 10 × 61 s = 610 s ago: the 11th waits until it is an hour old.
    res = await requestCode(phone);
    assert.equal(res.statusCode, 429);
    assert.equal(res.data.error.details.retryAfterSeconds, 3600 - 610);
    assert.equal((await requestCode('13900000005')).statusCode, 202, 'other phones are not affected');
  });

  test('a number that is not a mainland mobile is 400 with a clear message', async () => {
    for (const phone of ['12345', '12900000000', '+1 415 555 0100']) {
      const res = await requestCode(phone);
      assert.equal(res.statusCode, 400, phone);
      assert.equal(res.data.error.code, 'VALIDATION_FAILED');
      assert.equal(res.data.error.details.field, 'phone');
      assert.match(res.data.error.details.reason, /mainland China mobile/);
    }
    const res = await verify('13900000001', '12ab56');
    assert.equal(res.statusCode, 400);
  });
});

describe('institutions and API keys', () => {
  before(async () => {
    adminCookie = await signIn('root');
  });

  test('a key works until it is revoked, then it is 401', async () => {
    const inst = await ctx.request({
      method: 'POST',
      url: '/api/v1/institutions',
      headers: { cookie: adminCookie },
      payload: { name: '中国银联', kind: 'clearing', webhookUrl: 'https://example.cn/hejie' },
    });
    assert.equal(inst.statusCode, 201, inst.body);
    const keysUrl = `/api/v1/institutions/${inst.data.id}/api-keys`;
    const issued = await ctx.request({
      method: 'POST',
      url: keysUrl,
      headers: { cookie: adminCookie },
      payload: { label: '生产' },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    assert.match(issued.data.key, /^hjk_/);
    assert.equal(issued.data.prefix, issued.data.key.slice(0, 12));
    const bearer = { authorization: `Bearer ${issued.data.key}` };

    const who = await me(bearer);
    assert.equal(who.statusCode, 200, who.body);
    assert.equal(who.data.kind, 'institution');
    assert.equal(who.data.displayName, '中国银联');
    assert.equal(who.data.institutionId, inst.data.id);

    const list = await ctx.request({ method: 'GET', url: keysUrl, headers: { cookie: adminCookie } });
    assert.equal(list.data.items.length, 1);
    assert.equal(list.data.items[0].key, undefined);

    const del = await ctx.request({
      method: 'DELETE',
      url: `${keysUrl}/${issued.data.id}`,
      headers: { cookie: adminCookie },
    });
    assert.equal(del.statusCode, 204);
    const after = await me(bearer);
    assert.equal(after.statusCode, 401);
    assert.equal(after.data.error.code, 'UNAUTHENTICATED');
    const again = await ctx.request({
      method: 'DELETE',
      url: `${keysUrl}/${issued.data.id}`,
      headers: { cookie: adminCookie },
    });
    assert.equal(again.statusCode, 204, 'revoking twice is harmless');
    const unknown = await ctx.request({
      method: 'DELETE',
      url: `${keysUrl}/${uuidv7()}`,
      headers: { cookie: adminCookie },
    });
    assert.equal(unknown.statusCode, 404);
  });

  test('a wrong key or an unknown bearer token is 401, not anonymous', async () => {
    for (const authorization of ['Bearer hjk_wrongwrongwrong', 'Bearer something-else', 'Basic cm9vdDpwdw==']) {
      const res = await ctx.request({ method: 'GET', url: '/healthz', headers: { authorization } });
      assert.equal(res.statusCode, 401, authorization);
    }
  });

  test('only a platform admin registers institutions', async () => {
    const payload = { name: '某支付', kind: 'payment' };
    assert.equal((await ctx.request({ method: 'POST', url: '/api/v1/institutions', payload })).statusCode, 401);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/institutions',
      payload: { ...payload, extra: 1 },
      headers: { cookie: adminCookie },
    });
    assert.equal(res.data.error.code, 'UNKNOWN_FIELD');
    const missing = await ctx.request({
      method: 'POST',
      url: `/api/v1/institutions/${uuidv7()}/api-keys`,
      payload: {},
      headers: { cookie: adminCookie },
    });
    assert.equal(missing.statusCode, 404);
  });
});

describe('case access tokens', () => {
  async function caseWithToken(regionId: string): Promise<{ id: string; token: string }> {
    const { token, hash } = newCaseAccessToken();
    const id = uuidv7();
    const now = ctx.clock.now();
    await ctx.deps.database.db.insert(cases).values({
      id,
      regionId,
      number: `T-${uniq()}`,
      consumerTokenHash: hash,
      status: 'awaiting_response',
      tier: 'merchant',
      title: '耳机坏了',
      description: '买的耳机第二天就坏了',
      demands: ['refund'],
      currency: 'CNY',
      purchase: { verified: false },
      filedAt: now,
      updatedAt: now,
    });
    return { id, token };
  }

  test('x-case-token (one or several) and Bearer hjc_ make a consumer actor with those cases', async () => {
    const one = await caseWithToken(a.regionId);
    const two = await caseWithToken(b.regionId);
    let res = await me({ 'x-case-token': one.token });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.data.kind, 'consumer');
    assert.equal(res.data.id, null);
    assert.deepEqual(res.data.caseIds, [one.id]);
    res = await me({ authorization: `Bearer ${two.token}` });
    assert.deepEqual(res.data.caseIds, [two.id]);
    res = await me({ 'x-case-token': `${one.token}, ${two.token}` });
    assert.deepEqual([...res.data.caseIds].sort(), [one.id, two.id].sort());
  });

  test('an unknown case token is 401', async () => {
    const one = await caseWithToken(a.regionId);
    const res = await me({ 'x-case-token': `${one.token},${newCaseAccessToken().token}` });
    assert.equal(res.statusCode, 401);
    assert.equal(res.data.error.code, 'UNAUTHENTICATED');
  });

  test('case tokens merge with a phone sign-in', async () => {
    const one = await caseWithToken(a.regionId);
    const phone = '13900000009';
    await ctx.request({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
    const code = /\d{6}/.exec((ctx.deps.sms as unknown as { sent: { text: string }[] }).sent.at(-1)!.text)![0];
    const signedIn = await ctx.request({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } });
    const res = await me({ cookie: sessionCookie(signedIn), 'x-case-token': one.token });
    assert.equal(res.data.id, signedIn.data.id);
    assert.equal(res.data.phoneMasked, '139****0009');
    assert.deepEqual(res.data.caseIds, [one.id]);
  });
});

test('the OpenAPI document describes the identity routes', async () => {
  const res = await ctx.request({ method: 'GET', url: '/api/v1/openapi.json' });
  const paths = res.data.paths;
  for (const [path, method] of [
    ['/api/v1/auth/login', 'post'],
    ['/api/v1/auth/me', 'get'],
    ['/api/v1/auth/otp/verify', 'post'],
    ['/api/v1/regions/{regionId}/users', 'post'],
    ['/api/v1/institutions/{id}/api-keys/{keyId}', 'delete'],
  ] as const) {
    const op = paths[path]?.[method];
    assert.ok(op, `${method} ${path}`);
    assert.ok(op.summary && op.tags?.length, `${method} ${path} has a summary and tags`);
  }
});
