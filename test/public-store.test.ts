// Public store data, the store's QR code and printable sign, and the server-rendered store and filing pages,
// through HTTP on a real database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { DAY, HOUR } from '../src/lib/clock.js';
import { merchants, stores } from '../src/modules/merchants/merchants.schema.js';
import { qrPng, qrSvg } from '../src/modules/public/store-qr.js';
import { cityWithLadder, createCaseRow, createMerchant, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

const PUBLIC_URL = 'https://hejie.example.cn';
let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
before(async () => {
  ctx = await startTestApp({ env: { PUBLIC_URL } });
  city = await cityWithLadder(ctx);
  const staff = await signedInStaff(ctx, {
    role: 'merchant_staff',
    regionId: city.region.id,
    merchantId: city.merchant.id,
  });
  const db = ctx.deps.database.db;
  await db.update(merchants).set({ phone: '0571-87654321' }).where(eq(merchants.id, city.merchant.id));
  await db.update(stores).set({ address: '湖滨路 8 号' }).where(eq(stores.id, city.merchant.storeId));
  for (const payload of [
    { kind: 'offline_no_reason_return', windowDays: 7, exclusions: ['定制商品', '食品'] },
    { kind: 'seven_day_resolution' },
  ]) {
    const r = await ctx.request({
      method: 'POST',
      url: `/api/v1/merchants/${city.merchant.id}/commitments`,
      headers: { cookie: staff.cookie },
      payload,
    });
    assert.equal(r.statusCode, 201, r.body);
  }
});
after(async () => {
  await ctx.close();
});

const get = (url: string) => ctx.request({ method: 'GET', url });

describe('public store data', () => {
  test('names, commitments in force and real figures over the last 365 days, nothing personal', async () => {
    const now = ctx.clock.now();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const m = city.merchant;
    // Counted (5): answered in 2 h and settled; answered late (30 h); never answered (missed);
    // filed an hour ago (not yet due); answered in 4 h.
    let filed = ago(10 * DAY);
    await createCaseRow(ctx, m, {
      filedAt: filed,
      firstResponseAt: new Date(filed.getTime() + 2 * HOUR),
      responseDueAt: new Date(filed.getTime() + 24 * HOUR),
      settledAt: new Date(filed.getTime() + 3 * DAY),
    });
    filed = ago(20 * DAY);
    await createCaseRow(ctx, m, {
      filedAt: filed,
      firstResponseAt: new Date(filed.getTime() + 30 * HOUR),
      responseDueAt: new Date(filed.getTime() + 24 * HOUR),
    });
    filed = ago(5 * DAY);
    await createCaseRow(ctx, m, {
      filedAt: filed,
      responseDueAt: new Date(filed.getTime() + 24 * HOUR),
      responseMissed: true,
      status: 'in_mediation',
    });
    filed = ago(HOUR);
    await createCaseRow(ctx, m, { filedAt: filed, responseDueAt: new Date(filed.getTime() + 24 * HOUR) });
    filed = ago(30 * DAY);
    await createCaseRow(ctx, m, {
      filedAt: filed,
      firstResponseAt: new Date(filed.getTime() + 4 * HOUR),
      responseDueAt: new Date(filed.getTime() + 24 * HOUR),
      storeId: null,
    });
    // Not counted: older than a year, rejected as out of scope, another merchant's.
    filed = ago(400 * DAY);
    await createCaseRow(ctx, m, {
      filedAt: filed,
      firstResponseAt: new Date(filed.getTime() + HOUR),
      responseDueAt: new Date(filed.getTime() + 24 * HOUR),
      settledAt: new Date(filed.getTime() + DAY),
    });
    await createCaseRow(ctx, m, { filedAt: ago(3 * DAY), status: 'rejected' });
    await createCaseRow(ctx, city.other, { filedAt: ago(2 * DAY), settledAt: ago(DAY) });

    const r = await get(`/api/v1/public/stores/${m.storeId}`);
    assert.equal(r.statusCode, 200, r.body);
    const d = r.data;
    assert.equal(d.store.id, m.storeId);
    assert.equal(d.store.address, '湖滨路 8 号');
    assert.equal(d.merchant.creditCode, m.creditCode);
    assert.equal(d.merchant.industry, 'restaurant');
    assert.equal(d.merchant.industryName, '餐饮');
    assert.equal(d.district.name, '第1区');
    assert.deepEqual(d.commitments.map((c: { kind: string }) => c.kind).sort(), [
      'offline_no_reason_return',
      'seven_day_resolution',
    ]);
    assert.ok(d.commitments.some((c: { text: string }) => c.text === '7天内，除定制商品、食品外'));
    assert.deepEqual(
      { ...d.figures, since: undefined, until: undefined },
      {
        since: undefined,
        until: undefined,
        casesFiled: 5,
        answeredInTimeShare: 0.5,
        settledShare: 0.2,
        medianHoursToFirstResponse: 4,
      },
    );
    assert.equal(d.figures.until, now.toISOString());
    // Nothing personal: no phone (the merchant's or a consumer's), no complaint text.
    assert.doesNotMatch(r.body, /phone|87654321|138\*|张三|测试投诉/i);
  });

  test('a store with no cases has zero filed and no shares; an unknown store is 404', async () => {
    const fresh = await createMerchant(ctx, city.region);
    let r = await get(`/api/v1/public/stores/${fresh.storeId}`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.figures.casesFiled, 0);
    assert.equal(r.data.figures.answeredInTimeShare, null);
    assert.equal(r.data.figures.medianHoursToFirstResponse, null);
    assert.deepEqual(r.data.commitments, []);
    r = await get(`/api/v1/public/stores/${city.merchant.id}`);
    assert.equal(r.statusCode, 404);
  });
});

describe('放心消费收款码 and the printable sign', () => {
  test('SVG and PNG encode <PUBLIC_URL>/s/<storeId>, with no sign-in', async () => {
    const url = `${PUBLIC_URL}/s/${city.merchant.storeId}`;
    let r = await get(`/api/v1/stores/${city.merchant.storeId}/qr.svg`);
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^image\/svg\+xml/);
    assert.match(r.body, /^<svg[^>]*>.*<path[^>]* d="M[0-9]/s);
    assert.equal(r.body, await qrSvg(url));

    r = await get(`/api/v1/stores/${city.merchant.storeId}/qr.png`);
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-type'], 'image/png');
    const png = r.rawPayload;
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 512, 'IHDR width');
    assert.deepEqual(png, await qrPng(url, 512));
    r = await get(`/api/v1/stores/${city.merchant.storeId}/qr.png?size=200`);
    assert.equal(r.rawPayload.readUInt32BE(16), 200);

    r = await get(`/api/v1/stores/${city.merchant.id}/qr.svg`);
    assert.equal(r.statusCode, 404);
    r = await get('/api/v1/stores/not-a-uuid/qr.png');
    assert.equal(r.statusCode, 400);
  });

  test('the A6 sign is a PDF with an embedded CJK font', async () => {
    const r = await get(`/api/v1/stores/${city.merchant.storeId}/sign.pdf`);
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['content-type'], 'application/pdf');
    const pdf = r.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdf.toString('latin1');
    assert.match(text, /\/MediaBox \[0 0 297\.6\d* 419\.5\d*\]/, 'A6');
    assert.match(text, /\/FontFile2 /);
    assert.match(text, /\/BaseFont \/[A-Z]{6}\+ZCOOLXiaoWei-Regular/);
    assert.match(text, /\/ToUnicode /);
  });
});

describe('server-rendered pages', () => {
  test('the store page shows the store, its commitments and figures, and links to the filing page', async () => {
    const r = await get(`/s/${city.merchant.storeId}`);
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(String(r.headers['content-security-policy']), /script-src 'nonce-/);
    const storeName = (await get(`/api/v1/public/stores/${city.merchant.storeId}`)).data.store.name;
    assert.ok(r.body.includes(`<h1>${storeName}</h1>`));
    assert.ok(r.body.includes('线下无理由退货'));
    assert.ok(r.body.includes('7天内，除定制商品、食品外'));
    assert.ok(r.body.includes(`href="/file?store=${city.merchant.storeId}"`));
    assert.ok(r.body.includes('我要投诉 / File a complaint'));
    assert.equal((await get(`/s/${city.merchant.id}`)).statusCode, 404);
    assert.equal((await get('/s/nope')).statusCode, 404);
  });

  test('the filing page: by store, by receipt, or neither', async () => {
    let r = await get(`/file?store=${city.merchant.storeId}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<textarea name="description"/);
    assert.ok(r.body.includes('value="triple_compensation"> 退一赔三'));
    assert.ok(r.body.includes(`"storeId":"${city.merchant.storeId}"`));
    assert.ok(r.body.includes("'idempotency-key': state.key"));

    r = await get('/file?receipt=eyJhbGciOiJFZERTQSJ9.eyJ0eG4iOiIxIn0.c2ln');
    assert.equal(r.statusCode, 200);
    assert.ok(r.body.includes('"receipt":"eyJhbGciOiJFZERTQSJ9.eyJ0eG4iOiIxIn0.c2ln"'));
    assert.ok(r.body.includes('/api/v1/receipts/verify'));
    assert.equal((await get('/file?receipt=%3Cscript%3E')).statusCode, 400);
    assert.equal((await get(`/file?store=${city.merchant.id}`)).statusCode, 404);
    r = await get('/file');
    assert.equal(r.statusCode, 200);
    assert.ok(r.body.includes('二维码'));
  });

  test('a store named like markup is escaped everywhere it is shown', async () => {
    const evil = await createMerchant(ctx, city.region, { name: '</script><img src=x onerror=alert(2)>' });
    await ctx.deps.database.db
      .update(stores)
      .set({ name: '<script>alert(1)</script>"&\'' })
      .where(eq(stores.id, evil.storeId));
    for (const url of [`/s/${evil.storeId}`, `/file?store=${evil.storeId}`]) {
      const r = await get(url);
      assert.equal(r.statusCode, 200, url);
      assert.ok(r.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;'), url);
      assert.doesNotMatch(r.body, /<script>alert|<img src=x/, url);
    }
    const sign = await get(`/api/v1/stores/${evil.storeId}/sign.pdf`);
    assert.equal(sign.statusCode, 200);
  });

  test('pages stay out of the OpenAPI document; the public API is in it', async () => {
    const r = await get('/api/v1/openapi.json');
    const paths = Object.keys(r.data.paths);
    assert.ok(paths.includes('/api/v1/stores/{id}/qr.svg'));
    assert.ok(paths.includes('/api/v1/public/stores/{id}'));
    assert.ok(paths.includes('/api/v1/merchants/{id}/commitments'));
    assert.ok(!paths.some((p) => p.startsWith('/s/') || p === '/file'));
  });
});

test('the filing page script parses (it is shipped as a string, so the compiler never sees it)', async () => {
  const { FILE_PAGE_SCRIPT } = await import('../src/modules/public/pages/file-page.client.js');
  assert.doesNotThrow(() => new Function(FILE_PAGE_SCRIPT));
  assert.doesNotMatch(FILE_PAGE_SCRIPT, /innerHTML/);
});
