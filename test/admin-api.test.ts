// The admin pages' own API: merchant import (POST /regions/:code/merchants/import) and the institution list
// (GET /institutions), through HTTP on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { makeCreditCode } from '../src/lib/credit-code.js';
import { merchants } from '../src/modules/merchants/merchants.schema.js';
import { createMerchant, createOrg, createRegion, type RegionFixture, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
let admin: { cookie: string };
let region: RegionFixture;
let regulator: { cookie: string };
let otherRegulator: { cookie: string };
let staff: { cookie: string };

before(async () => {
  ctx = await startTestApp();
  admin = await signedInStaff(ctx, { role: 'platform_admin' });
  region = await createRegion(ctx, { code: 'IMP' });
  const bureau = await createOrg(ctx, region, { tier: 'regulator' });
  regulator = await signedInStaff(ctx, { role: 'regulator', regionId: region.id, orgId: bureau.id });
  const other = await createRegion(ctx, { code: 'OTH' });
  const otherBureau = await createOrg(ctx, other, { tier: 'regulator' });
  otherRegulator = await signedInStaff(ctx, { role: 'regulator', regionId: other.id, orgId: otherBureau.id });
  const m = await createMerchant(ctx, region);
  staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: region.id, merchantId: m.id });
});
after(async () => {
  await ctx.close();
});

type Who = { cookie: string } | null;
const call = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.request({ method, url: `/api/v1${url}`, headers: who ? { cookie: who.cookie } : {}, payload });
const ok = (res: { statusCode: number; body: string }, status: number) =>
  assert.equal(res.statusCode, status, res.body);

let seed = 500_000;
const row = (extra: Record<string, unknown> = {}) => ({
  creditCode: makeCreditCode(++seed),
  legalName: `杭州导入测试有限公司${seed}`,
  industry: 'restaurant',
  ...extra,
});
const countIn = async (regionId: string) =>
  (await ctx.deps.database.db.select({ id: merchants.id }).from(merchants).where(eq(merchants.regionId, regionId)))
    .length;

describe('merchant import', () => {
  test('creates valid rows, reports each bad row with code, field and zh/en text, and changes nothing for them', async () => {
    const before = await countIn(region.id);
    const good1 = row({ industry: '餐饮', district: '第1区', tradeName: '老街面馆', phone: '0571-8888 8888', row: 2 });
    const good2 = row({ industry: 'Supermarkets', district: 'd2', address: '文三路 1 号', row: 3 });
    const badCode = row({ row: 4 });
    badCode.creditCode = `${badCode.creditCode.slice(0, 17)}${badCode.creditCode[17] === '0' ? '1' : '0'}`;
    const res = await call(regulator, 'POST', `/regions/${region.code}/merchants/import`, {
      rows: [
        good1,
        good2,
        badCode,
        row({ industry: '宠物', row: 5 }),
        row({ district: '不存在区', row: 6 }),
        row({ legalName: '  ', row: 7 }),
        row({ phone: 'call me', row: 8 }),
        { legalName: '没有代码的公司', industry: 'retail', row: 9 },
        { ...good1, legalName: '同一代码再出现', row: 10 },
      ],
    });
    ok(res, 200);
    const d = res.data;
    assert.deepEqual([d.created, d.exists, d.errors], [2, 0, 7]);
    assert.deepEqual(
      d.items.map((i: { status: string }) => i.status),
      ['created', 'created', 'error', 'error', 'error', 'error', 'error', 'error', 'error'],
    );
    const errs = d.items
      .slice(2)
      .map((i: { row: number; error: { code: string; field: string } }) => [i.row, i.error.code, i.error.field]);
    assert.deepEqual(errs, [
      [4, 'INVALID_CREDIT_CODE', 'creditCode'],
      [5, 'VALIDATION_FAILED', 'industry'],
      [6, 'VALIDATION_FAILED', 'district'],
      [7, 'VALIDATION_FAILED', 'legalName'],
      [8, 'VALIDATION_FAILED', 'phone'],
      [9, 'VALIDATION_FAILED', 'creditCode'],
      [10, 'ALREADY_EXISTS', 'creditCode'],
    ]);
    assert.match(d.items[2].error.message.zh, /校验位/);
    assert.match(d.items[2].error.message.en, /check character/);
    assert.match(d.items[8].error.message.zh, /第 2 行/);
    assert.equal(await countIn(region.id), before + 2);

    // What was stored: names resolved to codes and districts, the phone kept for staff.
    const [stored] = await ctx.deps.database.db
      .select()
      .from(merchants)
      .where(and(eq(merchants.regionId, region.id), eq(merchants.id, d.items[0].merchantId)));
    assert.equal(stored!.industry, 'restaurant');
    assert.equal(stored!.districtId, region.districtIds[0]);
    assert.equal(stored!.tradeName, '老街面馆');
    assert.equal(stored!.phone, '0571-8888 8888');
    const second = await call(regulator, 'GET', `/merchants/${d.items[1].merchantId}`);
    ok(second, 200);
    assert.equal(second.data.industry, 'supermarket');
    assert.equal(second.data.district.code, 'D2');
  });

  test('idempotent: importing the same rows again creates nothing and reports them as existing, unchanged', async () => {
    const rows = [row({ row: 2 }), row({ row: 3, legalName: '原名称' })];
    const first = await call(admin, 'POST', `/regions/${region.code}/merchants/import`, { rows });
    ok(first, 200);
    assert.equal(first.data.created, 2);
    const before = await countIn(region.id);
    const again = await call(regulator, 'POST', `/regions/${region.code}/merchants/import`, {
      rows: [rows[0], { ...rows[1], legalName: '改过的名称' }],
    });
    ok(again, 200);
    assert.deepEqual([again.data.created, again.data.exists, again.data.errors], [0, 2, 0]);
    assert.deepEqual(
      again.data.items.map((i: { merchantId: string }) => i.merchantId),
      first.data.items.map((i: { merchantId: string }) => i.merchantId),
    );
    assert.equal(await countIn(region.id), before);
    const kept = await call(admin, 'GET', `/merchants/${first.data.items[1].merchantId}`);
    assert.equal(kept.data.legalName, '原名称', 'an existing merchant is not overwritten by an import');
  });

  test('an over-long cell is that row’s error; the rest of the chunk is imported', async () => {
    const rows = [
      row({ row: 2 }),
      row({ row: 3, district: '区'.repeat(300) }),
      row({ row: 4, phone: '1'.repeat(150) }),
    ];
    const res = await call(regulator, 'POST', `/regions/${region.code}/merchants/import`, { rows });
    ok(res, 200);
    assert.deepEqual([res.data.created, res.data.errors], [1, 2]);
    assert.deepEqual(
      res.data.items.map((i: { status: string; error?: { field: string } }) => [i.status, i.error?.field ?? null]),
      [
        ['created', null],
        ['error', 'district'],
        ['error', 'phone'],
      ],
    );
  });

  test('a credit code registered in another region is a new merchant here (codes are unique per region)', async () => {
    const r = row();
    ok(await call(otherRegulator, 'POST', '/regions/OTH/merchants/import', { rows: [r] }), 200);
    const here = await call(regulator, 'POST', `/regions/${region.code}/merchants/import`, { rows: [r] });
    ok(here, 200);
    assert.equal(here.data.created, 1);
  });

  test('1,000 rows in one request', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row({ row: i + 2, tradeName: `分店${i}`, address: `杭州市西湖区文三路${i}号`, district: 'D1' }),
    );
    const res = await call(regulator, 'POST', `/regions/${region.code}/merchants/import`, { rows });
    ok(res, 200);
    assert.equal(res.data.created, 1000);
    const page = await call(null, 'GET', `/regions/${region.code}/merchants?q=${encodeURIComponent('分店999')}`);
    assert.equal(page.data.items.length, 1);
  });

  test('bad requests are refused whole with a clear error and change nothing', async () => {
    const before = await countIn(region.id);
    const url = `/regions/${region.code}/merchants/import`;
    let res = await call(regulator, 'POST', url, { rows: Array.from({ length: 1001 }, () => row()) });
    ok(res, 400);
    assert.equal(res.data.error.code, 'VALIDATION_FAILED');
    res = await call(regulator, 'POST', url, { rows: [] });
    ok(res, 400);
    res = await call(regulator, 'POST', url, { rows: [{ ...row(), colour: 'red' }] });
    ok(res, 400);
    assert.equal(res.data.error.code, 'UNKNOWN_FIELD');
    res = await call(regulator, 'POST', '/regions/NOPE/merchants/import', { rows: [row()] });
    ok(res, 404);
    assert.equal(res.data.error.code, 'REGION_NOT_FOUND');
    assert.equal(await countIn(region.id), before);
  });

  test('only the region’s regulator or a platform admin may import', async () => {
    const before = await countIn(region.id);
    const url = `/regions/${region.code}/merchants/import`;
    let res = await call(null, 'POST', url, { rows: [row()] });
    ok(res, 401);
    res = await call(staff, 'POST', url, { rows: [row()] });
    ok(res, 403);
    assert.equal(res.data.error.code, 'FORBIDDEN');
    res = await call(otherRegulator, 'POST', url, { rows: [row()] });
    ok(res, 403);
    assert.equal(await countIn(region.id), before);
  });
});

describe('institutions', () => {
  test('GET /institutions lists every institution for the platform admin, with keys in force and no secrets', async () => {
    let res = await call(admin, 'POST', '/institutions', { name: '测试支付', kind: 'payment' });
    ok(res, 201);
    const id = res.data.id as string;
    const { exportJWK, generateKeyPair } = await import('jose');
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwk = await exportJWK(pair.publicKey);
    ok(await call(admin, 'POST', `/institutions/${id}/keys`, { jwk, kid: 'k1' }), 201);
    const pair2 = await generateKeyPair('ES256');
    ok(
      await call(admin, 'POST', `/institutions/${id}/keys`, { jwk: await exportJWK(pair2.publicKey), kid: 'k2' }),
      201,
    );
    ok(await call(admin, 'POST', `/institutions/${id}/keys/k2/retire`, { revoke: true }), 200);
    res = await ctx.request({
      method: 'PUT',
      url: `/api/v1/institutions/${id}/webhook`,
      headers: { cookie: admin.cookie },
      payload: { url: 'https://pay.example.com/hejie' },
    });
    ok(res, 200);

    res = await call(admin, 'GET', '/institutions');
    ok(res, 200);
    const mine = res.data.items.find((i: { id: string }) => i.id === id);
    assert.deepEqual(
      { ...mine, createdAt: undefined },
      {
        id,
        name: '测试支付',
        kind: 'payment',
        webhookUrl: 'https://pay.example.com/hejie',
        webhookSecretSet: true,
        lookupUrl: null,
        activeKeys: 1,
        createdAt: undefined,
      },
    );
    assert.doesNotMatch(res.body, /whsec_/);

    const jwks = await call(admin, 'GET', `/institutions/${id}/jwks`);
    assert.deepEqual(
      jwks.data.keys.map((k: { kid: string; status: string }) => [k.kid, k.status]),
      [
        ['k1', 'active'],
        ['k2', 'revoked'],
      ],
    );
  });

  test('GET /institutions is for the platform admin only', async () => {
    ok(await call(null, 'GET', '/institutions'), 401);
    const res = await call(regulator, 'GET', '/institutions');
    ok(res, 403);
    assert.equal(res.data.error.code, 'FORBIDDEN');
  });
});
