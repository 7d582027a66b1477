// Regions, districts, settings, merchants, stores, payment accounts and organisations through the HTTP API
// on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { DAY, HOUR } from '../src/lib/clock.js';
import { creditCodeCheckChar, makeCreditCode } from '../src/lib/credit-code.js';
import { uuidv7 } from '../src/lib/ids.js';
import { findOrgForDistrict } from '../src/modules/mediation/index.js';
import { resolveMerchantByMid } from '../src/modules/merchants/index.js';
import { merchants, paymentAccounts } from '../src/modules/merchants/merchants.schema.js';
import { institutions } from '../src/modules/payments/payments.schema.js';
import { signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
let admin: { cookie: string };
before(async () => {
  ctx = await startTestApp({ start: new Date('2026-03-02T02:00:00Z') });
  admin = await signedInStaff(ctx, { role: 'platform_admin' });
});
after(async () => {
  await ctx.close();
});

type Who = { cookie: string } | null;
const call = (who: Who, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  ctx.request({ method, url: `/api/v1${url}`, headers: who ? { cookie: who.cookie } : {}, payload });
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const ok = (res: { statusCode: number; body: string }, status: number) =>
  assert.equal(res.statusCode, status, res.body);

let codeSeq = 0;
/** A region made through the API with a city-wide regulator bureau and a signed-in regulator. */
async function city(districtCodes: string[] = ['D1', 'D2']) {
  const code = `T${++codeSeq}${uuidv7()
    .slice(-3)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X')}`;
  let r = await call(admin, 'POST', '/regions', { code, name: `测试市${codeSeq}` });
  ok(r, 201);
  const region = r.data as { id: string; code: string };
  r = await call(admin, 'POST', `/regions/${code}/orgs`, {
    name: '市场监督管理局',
    kind: 'regulator',
    tier: 'regulator',
  });
  ok(r, 201);
  const bureau = r.data.id as string;
  const regulator = await signedInStaff(ctx, { role: 'regulator', regionId: region.id, orgId: bureau });
  const districts: string[] = [];
  for (const d of districtCodes) {
    r = await call(regulator, 'POST', `/regions/${code}/districts`, { code: d, name: `${d}区` });
    ok(r, 201);
    districts.push(r.data.id);
  }
  return { id: region.id, code, bureau, regulator, districts };
}

let seed = 1000;
async function merchant(c: Awaited<ReturnType<typeof city>>, extra: Record<string, unknown> = {}) {
  const r = await call(c.regulator, 'POST', `/regions/${c.code}/merchants`, {
    creditCode: makeCreditCode(++seed),
    legalName: `杭州测试餐饮有限公司${seed}`,
    industry: 'restaurant',
    districtId: c.districts[0],
    ...extra,
  });
  ok(r, 201);
  return r.data as { id: string; creditCode: string; legalName: string };
}

describe('regions, districts and settings', () => {
  test('create a region: settings stored complete, code upper-cased, public list and summary', async () => {
    let r = await call(admin, 'POST', '/regions', {
      code: 'hz',
      name: '杭州市',
      nameEn: 'Hangzhou',
      settings: { deadlines: { merchantResponseHours: 12 } },
    });
    ok(r, 201);
    assert.equal(r.data.code, 'HZ');
    assert.deepEqual(r.data.settings.ladder, ['merchant', 'mediation', 'regulator', 'referral']);
    assert.equal(r.data.settings.deadlines.merchantResponseHours, 12);
    assert.equal(r.data.settings.deadlines.resolutionDays, 7);
    assert.equal(r.data.settings.deadlines.timeZone, 'Asia/Shanghai');
    assert.equal(r.data.createdAt, '2026-03-02T02:00:00.000Z');

    ok(await call(admin, 'POST', '/regions', { code: 'HZ', name: '又一个杭州' }), 409);
    ok(await call(null, 'POST', '/regions', { code: 'NB', name: '宁波市' }), 401);
    r = await call(admin, 'POST', '/regions', { code: 'H-Z', name: 'x' });
    ok(r, 400);
    assert.equal(r.data.error.code, 'VALIDATION_FAILED');

    r = await call(null, 'GET', '/regions');
    ok(r, 200);
    assert.deepEqual(
      r.data.items.find((i: { code: string }) => i.code === 'HZ'),
      { code: 'HZ', name: '杭州市', nameEn: 'Hangzhou' },
    );
    r = await call(null, 'GET', '/regions/hz');
    ok(r, 200);
    assert.deepEqual(r.data.districts, []);
    assert.equal(r.data.settings, undefined, 'settings are for staff, not in the public summary');
    r = await call(null, 'GET', '/regions/NOPE');
    ok(r, 404);
    assert.equal(r.data.error.code, 'REGION_NOT_FOUND');
  });

  test('a region in another time zone gets deadlines in that zone', async () => {
    const r = await call(admin, 'POST', '/regions', {
      code: 'HKX',
      name: '香港',
      timeZone: 'Asia/Hong_Kong',
      currency: 'HKD',
    });
    ok(r, 201);
    assert.equal(r.data.timeZone, 'Asia/Hong_Kong');
    assert.equal(r.data.settings.deadlines.timeZone, 'Asia/Hong_Kong');
    ok(await call(admin, 'POST', '/regions', { code: 'BAD', name: 'x', timeZone: 'Asia/Atlantis' }), 400);
    ok(await call(admin, 'POST', '/regions', { code: 'BAD', name: 'x', currency: 'XXX' }), 400);
  });

  test('districts: the regulator adds them, duplicates are refused, the public summary lists them', async () => {
    const c = await city(['XH', 'SC']);
    ok(await call(c.regulator, 'POST', `/regions/${c.code}/districts`, { code: 'xh', name: '西湖区重复' }), 409);
    ok(await call(null, 'POST', `/regions/${c.code}/districts`, { code: 'BJ', name: '滨江区' }), 401);
    const r = await call(null, 'GET', `/regions/${c.code}`);
    ok(r, 200);
    assert.deepEqual(
      r.data.districts.map((d: { code: string }) => d.code),
      ['SC', 'XH'],
    );
  });

  test('settings round-trip; an invalid ladder is 400 and changes nothing', async () => {
    const c = await city();
    ok(await call(null, 'GET', `/regions/${c.code}/settings`), 401);
    let r = await call(c.regulator, 'GET', `/regions/${c.code}/settings`);
    ok(r, 200);
    assert.deepEqual(r.data.ladder, ['merchant', 'mediation', 'regulator', 'referral']);

    const settings = {
      deadlines: {
        merchantResponseHours: 48,
        resolutionDays: 5,
        fulfilmentDays: 2,
        mediationDays: 10,
        regulatorAcceptanceWorkingDays: 7,
        regulatorMediationWorkingDays: 30,
        timeZone: 'Asia/Shanghai',
      },
      ladder: ['merchant', 'regulator', 'referral'],
      // The AI mediator sends cases above ¥3,000 to a person in this city.
      mediator: { humanAboveMinor: 300_000, autoMaxMinor: 100_000 },
    };
    r = await call(c.regulator, 'PUT', `/regions/${c.code}/settings`, settings);
    ok(r, 200);
    assert.deepEqual(r.data, settings);
    r = await call(c.regulator, 'GET', `/regions/${c.code}/settings`);
    assert.deepEqual(r.data, settings);

    for (const ladder of [
      ['mediation', 'regulator', 'referral'],
      ['merchant', 'mediation', 'regulator'],
      ['merchant', 'mediation', 'mediation', 'referral'],
      ['merchant', 'court', 'referral'],
      ['merchant', 'regulator', 'mediation', 'referral'],
    ]) {
      r = await call(c.regulator, 'PUT', `/regions/${c.code}/settings`, { ladder });
      ok(r, 400);
      assert.equal(r.data.error.code, 'VALIDATION_FAILED', JSON.stringify(ladder));
    }
    r = await call(c.regulator, 'PUT', `/regions/${c.code}/settings`, { deadlines: { resolutionDays: 0 } });
    ok(r, 400);
    r = await call(c.regulator, 'PUT', `/regions/${c.code}/settings`, { deadlines: { slaHours: 3 } });
    ok(r, 400);
    assert.equal(r.data.error.code, 'UNKNOWN_FIELD');
    r = await call(c.regulator, 'GET', `/regions/${c.code}/settings`);
    assert.deepEqual(r.data, settings, 'refused updates changed nothing');

    // PUT replaces: missing keys go back to the defaults.
    r = await call(c.regulator, 'PUT', `/regions/${c.code}/settings`, {});
    ok(r, 200);
    assert.equal(r.data.deadlines.resolutionDays, 7);
    assert.deepEqual(r.data.ladder, ['merchant', 'mediation', 'regulator', 'referral']);
  });

  test('only the region’s regulator (or the platform) configures it; its merchant staff may read', async () => {
    const a = await city();
    const b = await city();
    const m = await merchant(a);
    const staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: a.id, merchantId: m.id });
    ok(await call(staff, 'GET', `/regions/${a.code}/settings`), 200);
    ok(await call(staff, 'PUT', `/regions/${a.code}/settings`, {}), 403);
    ok(await call(b.regulator, 'GET', `/regions/${a.code}/settings`), 403);
    ok(await call(b.regulator, 'PUT', `/regions/${a.code}/settings`, {}), 403);
    ok(await call(b.regulator, 'POST', `/regions/${a.code}/districts`, { code: 'X1', name: 'x' }), 403);
    ok(await call(admin, 'PUT', `/regions/${a.code}/settings`, { ladder: ['merchant', 'referral'] }), 200);
  });
});

describe('merchants', () => {
  test('a bad check character is 400 INVALID_CREDIT_CODE and nothing is stored', async () => {
    const c = await city();
    const good = makeCreditCode(77);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await call(c.regulator, 'POST', `/regions/${c.code}/merchants`, {
      creditCode: bad,
      legalName: '校验码错误有限公司',
      industry: 'retail',
    });
    ok(r, 400);
    assert.equal(r.data.error.code, 'INVALID_CREDIT_CODE');
    assert.deepEqual(r.data.error.details, { reason: 'check_character' });
    const stored = await ctx.deps.database.db.select().from(merchants).where(eq(merchants.regionId, c.id));
    assert.equal(stored.length, 0);

    const structural = `91330A06735192840`;
    const r2 = await call(c.regulator, 'POST', `/regions/${c.code}/merchants`, {
      creditCode: structural + creditCodeCheckChar(structural),
      legalName: '区划错误有限公司',
      industry: 'retail',
    });
    ok(r2, 400);
    assert.deepEqual(r2.data.error.details, { reason: 'division' });
  });

  test('credit codes are normalised and unique per region (another region may have the same one)', async () => {
    const a = await city();
    const b = await city();
    const code = makeCreditCode(4242);
    let r = await call(a.regulator, 'POST', `/regions/${a.code}/merchants`, {
      creditCode: ` ${code.toLowerCase()} `,
      legalName: '西湖醋鱼餐饮有限公司',
      tradeName: '楼外楼',
      industry: 'restaurant',
      phone: '0571-8796 9682',
    });
    ok(r, 201);
    assert.equal(r.data.creditCode, code);
    assert.equal(r.data.phone, '0571-8796 9682');
    r = await call(a.regulator, 'POST', `/regions/${a.code}/merchants`, {
      creditCode: code,
      legalName: '重复',
      industry: 'other',
    });
    ok(r, 409);
    assert.equal(r.data.error.code, 'ALREADY_EXISTS');
    r = await call(b.regulator, 'POST', `/regions/${b.code}/merchants`, {
      creditCode: code,
      legalName: '分公司',
      industry: 'other',
    });
    ok(r, 201);
  });

  test('a regulator of region A cannot create merchants in region B; anonymous callers are asked to sign in', async () => {
    const a = await city();
    const b = await city();
    const body = { creditCode: makeCreditCode(9001), legalName: '跨区有限公司', industry: 'retail' };
    let r = await call(a.regulator, 'POST', `/regions/${b.code}/merchants`, body);
    ok(r, 403);
    assert.equal(r.data.error.code, 'FORBIDDEN');
    r = await call(null, 'POST', `/regions/${b.code}/merchants`, body);
    ok(r, 401);
    r = await call(a.regulator, 'POST', `/regions/${a.code}/merchants`, { ...body, districtId: b.districts[0] });
    ok(r, 400); // a district of another region
    ok(
      await call(a.regulator, 'POST', `/regions/${a.code}/merchants`, {
        ...body,
        creditCode: makeCreditCode(9002),
        owner: 'x',
      }),
      400,
    );
  });

  test('public list: search, filters, keyset pages, no personal data', async () => {
    const c = await city();
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        await merchant(c, {
          legalName: i < 3 ? `西湖茶叶有限公司${i}` : `滨江电子有限公司${i}`,
          tradeName: i === 4 ? '100%_好店' : '',
          industry: i < 3 ? 'retail' : 'electronics',
          districtId: c.districts[i % 2],
          phone: '13800000000',
        }),
      );
    }
    const list = (qs: string) => call(null, 'GET', `/regions/${c.code}/merchants${qs}`);
    let r = await list('');
    ok(r, 200);
    assert.equal(r.data.items.length, 5);
    assert.equal(r.data.nextAfter, null);
    assert.deepEqual(Object.keys(r.data.items[0]).sort(), [
      'address',
      'creditCode',
      'district',
      'id',
      'industry',
      'legalName',
      'tradeName',
    ]);
    assert.equal(r.data.items[0].district.code, 'D1');

    r = await list(`?q=${encodeURIComponent('茶叶')}`);
    assert.equal(r.data.items.length, 3);
    r = await list(`?q=${made[4]!.creditCode.toLowerCase()}`);
    assert.deepEqual(ids(r.data.items), [made[4]!.id]);
    r = await list(`?q=${encodeURIComponent('%_')}`);
    assert.deepEqual(ids(r.data.items), [made[4]!.id], 'LIKE wildcards typed by a user are literal');
    r = await list('?industry=electronics');
    assert.equal(r.data.items.length, 2);
    r = await list(`?districtId=${c.districts[1]}&industry=retail`);
    assert.deepEqual(ids(r.data.items), [made[1]!.id]);

    const seen: string[] = [];
    let after = '';
    for (let page = 0; page < 4; page++) {
      r = await list(`?limit=2${after ? `&after=${after}` : ''}`);
      ok(r, 200);
      seen.push(...ids(r.data.items));
      if (!r.data.nextAfter) break;
      after = r.data.nextAfter;
    }
    assert.deepEqual(seen, ids(made));
    ok(await list('?limit=0'), 400);
    ok(await list('?sort=name'), 400);
  });

  test('a merchant’s staff can update its own merchant but not another; the credit code is not editable', async () => {
    const c = await city();
    const mine = await merchant(c);
    const other = await merchant(c);
    const staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: c.id, merchantId: mine.id });
    let r = await call(staff, 'PATCH', `/merchants/${mine.id}`, { tradeName: '新招牌', districtId: c.districts[1] });
    ok(r, 200);
    assert.equal(r.data.tradeName, '新招牌');
    assert.equal(r.data.district.id, c.districts[1]);
    assert.equal(r.data.legalName, mine.legalName, 'fields not sent are kept');
    r = await call(staff, 'PATCH', `/merchants/${other.id}`, { tradeName: '不是我的' });
    ok(r, 403);
    r = await call(null, 'PATCH', `/merchants/${mine.id}`, { tradeName: 'x' });
    ok(r, 401);
    r = await call(staff, 'PATCH', `/merchants/${mine.id}`, { creditCode: makeCreditCode(1) });
    ok(r, 400);
    assert.equal(r.data.error.code, 'UNKNOWN_FIELD');
    r = await call(c.regulator, 'PATCH', `/merchants/${other.id}`, { districtId: null });
    ok(r, 200);
    assert.equal(r.data.district, null);
    r = await call(staff, 'PATCH', `/merchants/${uuidv7()}`, { tradeName: 'x' });
    ok(r, 404);
    assert.equal(r.data.error.code, 'MERCHANT_NOT_FOUND');
  });

  test('stores: the merchant’s staff adds them, the public profile shows them', async () => {
    const c = await city();
    const m = await merchant(c);
    const other = await merchant(c);
    const staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: c.id, merchantId: m.id });
    let r = await call(staff, 'POST', `/merchants/${m.id}/stores`, {
      name: '湖滨店',
      address: '东坡路1号',
      districtId: c.districts[1],
    });
    ok(r, 201);
    const storeId = r.data.id;
    assert.equal(r.data.publicUrl, `${ctx.config.publicUrl}/s/${storeId}`, 'the address its QR code opens');
    ok(await call(staff, 'POST', `/merchants/${other.id}/stores`, { name: '别人的店' }), 403);
    r = await call(null, 'GET', `/merchants/${m.id}`);
    ok(r, 200);
    assert.equal(r.data.region.code, c.code);
    assert.deepEqual(
      r.data.stores.map((s: { id: string; district: { code: string } }) => [s.id, s.district.code]),
      [[storeId, 'D2']],
    );
    assert.equal(r.data.stores[0].publicUrl, `${ctx.config.publicUrl}/s/${storeId}`);
    assert.equal(r.data.phone, undefined, 'the public profile has no phone');
    ok(await call(null, 'GET', `/merchants/${uuidv7()}`), 404);
    ok(await call(null, 'GET', '/merchants/not-a-uuid'), 400);
  });
});

describe('payment accounts', () => {
  test('re-assigning a mid keeps the old holder for an old timestamp', async () => {
    const db = ctx.deps.database.db;
    const c = await city();
    const first = await merchant(c);
    const second = await merchant(c);
    const institutionId = uuidv7();
    await db
      .insert(institutions)
      .values({ id: institutionId, name: '测试支付', kind: 'payment', createdAt: ctx.clock.now() });
    const t0 = ctx.clock.now();

    let r = await call(c.regulator, 'POST', `/merchants/${first.id}/payment-accounts`, {
      institutionId,
      mid: 'M-10001',
    });
    ok(r, 201);
    assert.equal(r.data.account.validFrom, t0.toISOString());
    assert.equal(r.data.account.validTo, null);
    r = await call(c.regulator, 'POST', `/merchants/${first.id}/payment-accounts`, { institutionId, mid: 'M-10001' });
    ok(r, 200);
    assert.deepEqual(r.data.closed, [], 'adding a mid the merchant already holds changes nothing');

    ctx.clock.advance(30 * DAY);
    const t1 = ctx.clock.now();
    r = await call(admin, 'POST', `/merchants/${second.id}/payment-accounts`, { institutionId, mid: 'M-10001' });
    ok(r, 201);
    assert.equal(r.data.closed.length, 1);
    assert.equal(r.data.closed[0].merchantId, first.id);
    assert.equal(r.data.closed[0].validTo, t1.toISOString());

    const at = (d: Date) => resolveMerchantByMid(db, institutionId, 'M-10001', d);
    assert.equal(await at(new Date(t0.getTime() - 1)), null, 'before anyone held it');
    assert.equal((await at(t0))?.merchantId, first.id);
    assert.equal(
      (await at(new Date(t1.getTime() - HOUR)))?.merchantId,
      first.id,
      'an old receipt finds the old holder',
    );
    assert.equal((await at(t1))?.merchantId, second.id, 'the intervals meet without overlap');
    assert.equal((await at(new Date(t1.getTime() + DAY)))?.merchantId, second.id);
    assert.equal((await at(t1))?.regionId, c.id);
    assert.equal(await resolveMerchantByMid(db, institutionId, 'M-99999', t1), null);
  });

  test('only the region’s regulator or the platform maps mids; a mid of another region is not taken', async () => {
    const db = ctx.deps.database.db;
    const a = await city();
    const b = await city();
    const ma = await merchant(a);
    const mb = await merchant(b);
    const institutionId = uuidv7();
    await db
      .insert(institutions)
      .values({ id: institutionId, name: '测试清算', kind: 'clearing', createdAt: ctx.clock.now() });
    const staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: a.id, merchantId: ma.id });
    const body = { institutionId, mid: '8888' };
    ok(await call(staff, 'POST', `/merchants/${ma.id}/payment-accounts`, body), 403);
    ok(await call(b.regulator, 'POST', `/merchants/${ma.id}/payment-accounts`, body), 403);
    ok(await call(a.regulator, 'POST', `/merchants/${ma.id}/payment-accounts`, body), 201);
    let r = await call(b.regulator, 'POST', `/merchants/${mb.id}/payment-accounts`, body);
    ok(r, 403);
    assert.equal((await resolveMerchantByMid(db, institutionId, '8888', ctx.clock.now()))?.merchantId, ma.id);
    ctx.clock.advance(HOUR);
    r = await call(admin, 'POST', `/merchants/${mb.id}/payment-accounts`, body);
    ok(r, 201); // the platform may move a mid between regions
    assert.equal(r.data.closed[0].merchantId, ma.id);
    assert.equal((await resolveMerchantByMid(db, institutionId, '8888', ctx.clock.now()))?.regionId, b.id);
    ok(
      await call(a.regulator, 'POST', `/merchants/${ma.id}/payment-accounts`, { institutionId: uuidv7(), mid: '1' }),
      404,
    );
    ok(
      await call(a.regulator, 'POST', `/merchants/${ma.id}/payment-accounts`, { institutionId, mid: 'has space' }),
      400,
    );
  });
  test('concurrent requests for one mid leave exactly one open holder', async () => {
    const db = ctx.deps.database.db;
    const c = await city();
    const ms = await Promise.all([1, 2, 3, 4].map(() => merchant(c)));
    const institutionId = uuidv7();
    await db
      .insert(institutions)
      .values({ id: institutionId, name: '并发支付', kind: 'payment', createdAt: ctx.clock.now() });
    const results = await Promise.all(
      ms.map((m) => call(c.regulator, 'POST', `/merchants/${m.id}/payment-accounts`, { institutionId, mid: 'RACE-1' })),
    );
    for (const r of results) ok(r, 201);
    const rows = await db.select().from(paymentAccounts).where(eq(paymentAccounts.institutionId, institutionId));
    assert.equal(rows.length, 4);
    const open = rows.filter((a) => a.validTo === null);
    assert.equal(open.length, 1);
    assert.equal(
      (await resolveMerchantByMid(db, institutionId, 'RACE-1', ctx.clock.now()))?.merchantId,
      open[0]!.merchantId,
    );
  });
});

describe('mediation organisations', () => {
  test('findOrgForDistrict: the district’s own org, else the region-wide one, else null', async () => {
    const db = ctx.deps.database.db;
    const c = await city(['D1', 'D2', 'D3']);
    let r = await call(c.regulator, 'POST', `/regions/${c.code}/orgs`, {
      name: '西湖区消费者权益保护联络站',
      kind: 'liaison_station',
      tier: 'mediation',
      districtId: c.districts[0],
    });
    ok(r, 201);
    const d1Org = r.data.id;
    assert.equal(r.data.district.code, 'D1');

    assert.equal(await findOrgForDistrict(db, c.id, 'mediation', c.districts[1]!), null, 'no region-wide org yet');
    r = await call(c.regulator, 'POST', `/regions/${c.code}/orgs`, {
      name: '市消费者协会',
      kind: 'consumer_association',
      tier: 'mediation',
    });
    ok(r, 201);
    const cityOrg = r.data.id;
    assert.equal(r.data.district, null);

    assert.equal((await findOrgForDistrict(db, c.id, 'mediation', c.districts[0]!))?.id, d1Org);
    assert.equal(
      (await findOrgForDistrict(db, c.id, 'mediation', c.districts[1]!))?.id,
      cityOrg,
      'falls back to the region-wide org',
    );
    assert.equal((await findOrgForDistrict(db, c.id, 'mediation', null))?.id, cityOrg);
    assert.equal((await findOrgForDistrict(db, c.id, 'regulator', c.districts[2]!))?.id, c.bureau);
    const other = await city();
    assert.equal(await findOrgForDistrict(db, other.id, 'mediation', null), null, 'another region’s orgs never match');
    assert.equal(await findOrgForDistrict(db, other.id, 'mediation', c.districts[0]!), null);

    r = await call(c.regulator, 'GET', `/regions/${c.code}/orgs`);
    ok(r, 200);
    assert.equal(r.data.items.length, 3);
    r = await call(c.regulator, 'GET', `/regions/${c.code}/orgs?tier=regulator`);
    assert.deepEqual(ids(r.data.items), [c.bureau]);
  });

  test('organisations: who may list and add them, and what is refused', async () => {
    const a = await city();
    const b = await city();
    const m = await merchant(a);
    const staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: a.id, merchantId: m.id });
    const body = { name: '社区人民调解委员会', kind: 'community_committee', tier: 'mediation' };
    ok(await call(null, 'GET', `/regions/${a.code}/orgs`), 401);
    ok(await call(b.regulator, 'GET', `/regions/${a.code}/orgs`), 403);
    ok(await call(staff, 'GET', `/regions/${a.code}/orgs`), 200);
    ok(await call(staff, 'POST', `/regions/${a.code}/orgs`, body), 403);
    ok(await call(b.regulator, 'POST', `/regions/${a.code}/orgs`, body), 403);
    ok(await call(a.regulator, 'POST', `/regions/${a.code}/orgs`, { ...body, tier: 'regulator' }), 400);
    ok(await call(a.regulator, 'POST', `/regions/${a.code}/orgs`, { ...body, districtId: b.districts[0] }), 400);
    ok(await call(a.regulator, 'POST', `/regions/${a.code}/orgs`, body), 201);
  });
});

test('the OpenAPI document describes these routes', async () => {
  const r = await ctx.request({ method: 'GET', url: '/api/v1/openapi.json' });
  ok(r, 200);
  for (const path of [
    '/api/v1/regions',
    '/api/v1/regions/{code}',
    '/api/v1/regions/{code}/settings',
    '/api/v1/regions/{code}/districts',
    '/api/v1/regions/{code}/merchants',
    '/api/v1/merchants/{id}',
    '/api/v1/merchants/{id}/stores',
    '/api/v1/merchants/{id}/payment-accounts',
    '/api/v1/regions/{code}/orgs',
  ]) {
    assert.ok(r.data.paths[path], path);
  }
});
