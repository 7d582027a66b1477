// The demo data set (`npm start` on an empty database, `hejie seed --demo`): seeded once on a fresh database
// (PGlite, or PostgreSQL with DATABASE_URL), then checked through the HTTP API as its users would see it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifyAllChains } from '../src/modules/audit/index.js';
import { CASE_STATUSES } from '../src/modules/cases/case.machine.js';
import { sweepDeadlines } from '../src/modules/cases/index.js';
import { seedDemoIfEmpty } from '../src/modules/demo/index.js';
import { startTestApp, type TestContext } from './support/harness.js';

const INDUSTRIES = [
  'restaurant',
  'supermarket',
  'fitness',
  'education',
  'beauty',
  'electronics',
  'online_shop',
  'tourism',
  'car_repair',
  'market_stall',
];

let ctx: TestContext;
let printed = '';
let seedMs = 0;

/** Runs fn, keeping what it writes to stdout that is the demo block (everything else passes through). */
async function capturingDemoBlock(fn: () => Promise<void>): Promise<string> {
  let captured = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.includes('Hejie demo data')) {
      captured += chunk;
      return true;
    }
    return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return captured;
}

before(async () => {
  ctx = await startTestApp();
  const started = Date.now();
  printed = await capturingDemoBlock(() => seedDemoIfEmpty(ctx.deps));
  seedMs = Date.now() - started;
});
after(async () => {
  await ctx.close();
});

type Login = { role: string; login: string; password: string };
function printedLogins(): Login[] {
  const re = /^ {2}(platform admin|regulator|mediator|merchant staff) +(\S+) +(\S+)/gm;
  return [...printed.matchAll(re)].map((m) => ({ role: m[1]!, login: m[2]!, password: m[3]! }));
}

async function signIn(login: string, password: string): Promise<string> {
  const res = await ctx.request({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
  assert.equal(res.statusCode, 200, `${login}: ${res.body}`);
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('hejie_session='));
  assert.ok(cookie, 'a session cookie');
  return cookie.split(';')[0]!;
}

async function allCases(cookie: string): Promise<{ id: string; status: string }[]> {
  const items: { id: string; status: string }[] = [];
  let before = '';
  for (;;) {
    const url = `/api/v1/cases?limit=200${before ? `&before=${before}` : ''}`;
    const res = await ctx.request({ method: 'GET', url, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    items.push(...res.data.items);
    if (!res.data.nextBefore) return items;
    before = res.data.nextBefore;
  }
}

describe('the demo data set', () => {
  // How long seeding takes is a figure for bench/, not a test (DESIGN: no timed unit tests); it is printed.
  test('seeds and prints the block with no step gone wrong', () => {
    process.stderr.write(`# demo seed: ${seedMs} ms\n`);
    assert.match(printed, /Hejie demo data: 杭州市 \(HZ\)/);
    assert.match(printed, /Open http:\/\/127\.0\.0\.1:\d+/);
    assert.doesNotMatch(printed, /did not go as planned/);
  });

  test('cases in every status of the lifecycle, seen by the platform admin', async () => {
    const admin = printedLogins().find((l) => l.role === 'platform admin')!;
    const cases = await allCases(await signIn(admin.login, admin.password));
    assert.ok(cases.length >= 250, `${cases.length} cases`);
    assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'paging returns each case once');
    const seen = new Set(cases.map((c) => c.status));
    for (const status of CASE_STATUSES) assert.ok(seen.has(status), `a ${status} case`);
  });

  test('30+ merchants covering every industry of the brief, each with a valid credit code', async () => {
    const items: { industry: string; creditCode: string; district: unknown }[] = [];
    let after = '';
    for (;;) {
      const url = `/api/v1/regions/HZ/merchants?limit=100${after ? `&after=${after}` : ''}`;
      const res = await ctx.request({ method: 'GET', url });
      assert.equal(res.statusCode, 200, res.body);
      items.push(...res.data.items);
      if (!res.data.nextAfter) break;
      after = res.data.nextAfter;
    }
    assert.ok(items.length >= 30, `${items.length} merchants`);
    const industries = new Set(items.map((m) => m.industry));
    for (const i of INDUSTRIES) assert.ok(industries.has(i), `a ${i} merchant`);
    assert.equal(new Set(items.map((m) => m.creditCode)).size, items.length, 'distinct credit codes');
  });

  test('the districts of Hangzhou, one mediation organisation each, a city-wide association and the bureau', async () => {
    const region = await ctx.request({ method: 'GET', url: '/api/v1/regions/HZ' });
    assert.equal(region.statusCode, 200, region.body);
    const districts: { id: string; name: string }[] = region.data.districts;
    assert.equal(districts.length, 13);
    for (const name of [
      '上城区',
      '拱墅区',
      '西湖区',
      '滨江区',
      '萧山区',
      '余杭区',
      '临平区',
      '钱塘区',
      '富阳区',
      '临安区',
    ]) {
      assert.ok(
        districts.some((d) => d.name === name),
        name,
      );
    }
    const regulator = printedLogins().find((l) => l.role === 'regulator')!;
    const cookie = await signIn(regulator.login, regulator.password);
    const res = await ctx.request({ method: 'GET', url: '/api/v1/regions/HZ/orgs', headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    const orgs: { name: string; tier: string; district: { id: string } | null }[] = res.data.items;
    for (const d of districts) {
      const covering = orgs.filter((o) => o.tier === 'mediation' && o.district?.id === d.id);
      assert.equal(covering.length, 1, `one mediation organisation for ${d.name}`);
    }
    assert.ok(
      orgs.some((o) => o.tier === 'mediation' && o.district === null && o.name === '杭州市消费者权益保护委员会'),
    );
    assert.ok(orgs.some((o) => o.tier === 'regulator' && o.district === null && o.name === '杭州市市场监督管理局'));
  });

  test('every audit chain verifies', async () => {
    const result = await verifyAllChains(ctx.deps.database.db);
    assert.ok(result.cases >= 250, `${result.cases} chains`);
    assert.ok(result.events > result.cases * 3, `${result.events} events`);
    assert.deepEqual(result.broken, []);
  });

  test('every printed staff login signs in, in its role', async () => {
    const logins = printedLogins();
    const roles = new Set(logins.map((l) => l.role));
    for (const r of ['platform admin', 'regulator', 'mediator', 'merchant staff']) assert.ok(roles.has(r), r);
    const kinds: Record<string, string> = {
      'platform admin': 'platform_admin',
      regulator: 'regulator',
      mediator: 'mediator',
      'merchant staff': 'merchant_staff',
    };
    for (const l of logins) {
      const cookie = await signIn(l.login, l.password);
      const me = await ctx.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      assert.equal(me.data.kind, kinds[l.role], l.login);
    }
  });

  test('the showcase merchants have cases due within 24 hours; mediators have a queue', async () => {
    const logins = printedLogins();
    let due = 0;
    for (const l of logins.filter((x) => x.role === 'merchant staff')) {
      const cookie = await signIn(l.login, l.password);
      const res = await ctx.request({ method: 'GET', url: '/api/v1/cases?dueWithinHours=24', headers: { cookie } });
      assert.equal(res.statusCode, 200, res.body);
      due += res.data.items.length;
    }
    assert.ok(due > 0, 'something due today or tomorrow in a printed merchant inbox');
    const mediator = logins.find((l) => l.role === 'mediator')!;
    const cookie = await signIn(mediator.login, mediator.password);
    const queue = await ctx.request({ method: 'GET', url: '/api/v1/cases?status=in_mediation', headers: { cookie } });
    assert.ok(queue.data.items.length > 0, 'cases in mediation for the printed mediator');
    const inbox = await ctx.request({ method: 'GET', url: '/api/v1/notifications', headers: { cookie } });
    assert.equal(inbox.statusCode, 200, inbox.body);
    assert.ok(inbox.data.items.length > 0, 'the outbox was dispatched: notifications are there');
  });

  test('the printed case tokens open their cases, and the institution key works', async () => {
    const tokens = [...printed.matchAll(/^ {2}(HZ-\d{4}-\d{6}) +\S+ +x-case-token: (hjc_\S+)/gm)];
    assert.ok(tokens.length >= 1, 'at least one case token printed');
    for (const [, number, token] of tokens) {
      const list = await ctx.request({ method: 'GET', url: '/api/v1/cases', headers: { 'x-case-token': token! } });
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(
        list.data.items.map((c: { number: string }) => c.number),
        [number],
      );
    }
    const key = /Bearer (hjk_\S+)/.exec(printed)?.[1];
    assert.ok(key, 'an API key is printed');
    const me = await ctx.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${key}` },
    });
    assert.equal(me.statusCode, 200, me.body);
    assert.equal(me.data.kind, 'institution');
  });

  test('the printed receipt links file verified cases, and paying at a demo shop makes a new receipt', async () => {
    const links = [...printed.matchAll(/short code ([0-9A-Z]{5}-[0-9A-Z]{5}) {2}(\S+\/r\/(\S+))/g)];
    assert.equal(links.length, 3, printed);
    const [, shortCode, , token] = links[0]!;
    const preview = await ctx.request({ method: 'POST', url: '/api/v1/receipts/verify', payload: { receipt: token } });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.ok(preview.data.merchant, 'the demo shop is a known merchant');
    const filed = await ctx.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { receipt: token, description: '菜里吃出了头发，要求退款', demands: ['refund'] },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.data.purchase.verified, true);
    const byCode = await ctx.request({ method: 'POST', url: '/api/v1/receipts/verify', payload: { shortCode } });
    assert.equal(byCode.statusCode, 200, 'the printed short code finds the same payment');
    assert.equal(byCode.data.amountMinor, preview.data.amountMinor);

    const shops = await ctx.request({ method: 'GET', url: '/api/v1/demo/shops' });
    assert.ok(shops.data.items.length >= 30, shops.body);
    const paid = await ctx.request({
      method: 'POST',
      url: '/api/v1/demo/pay',
      payload: { mid: shops.data.items[0].mid, amountMinor: 2_500, items: [{ name: '拿铁', qty: 1 }] },
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.match(paid.data.qrSvg, /<svg/);
    const v = await ctx.request({
      method: 'POST',
      url: '/api/v1/receipts/verify',
      payload: { receipt: paid.data.token },
    });
    assert.equal(v.data.merchant.id, shops.data.items[0].merchantId);
    assert.deepEqual(v.data.items, [{ name: '拿铁', qty: 1 }]);
    const unknown = await ctx.request({
      method: 'POST',
      url: '/api/v1/demo/pay',
      payload: { mid: 'NOPE', amountMinor: 100 },
    });
    assert.equal(unknown.statusCode, 404);
  });

  test('demo shops have signed commitments, and one supermarket settles small returns by policy', async () => {
    const shops = (await ctx.request({ method: 'GET', url: '/api/v1/demo/shops' })).data.items as {
      merchantId: string;
      name: string;
    }[];
    const market = shops.find((s) => s.name === '邻里鲜超市');
    assert.ok(market, 'the supermarket is a demo shop');
    const c = await ctx.request({
      method: 'GET',
      url: `/api/v1/merchants/${market.merchantId}/commitments?inForce=true`,
    });
    const kinds = c.data.items.map((x: { kind: string }) => x.kind).sort();
    assert.deepEqual(kinds, ['offline_no_reason_return', 'reassured_consumption']);
    const ret = c.data.items.find((x: { kind: string }) => x.kind === 'offline_no_reason_return');
    assert.equal(ret.windowDays, 7);
    assert.ok(ret.exclusions.includes('生鲜'));
  });

  test('nothing is due at the end: the first sweep after start leaves the open cases be', async () => {
    const result = await sweepDeadlines(ctx.deps);
    assert.deepEqual(result, { missed: 0, moved: 0 });
  });

  test('a second call does nothing when a region exists', async () => {
    const admin = printedLogins().find((l) => l.role === 'platform admin')!;
    const cookie = await signIn(admin.login, admin.password);
    const before = (await allCases(cookie)).length;
    const again = await capturingDemoBlock(() => seedDemoIfEmpty(ctx.deps));
    assert.equal(again, '');
    assert.equal((await allCases(cookie)).length, before);
  });
});
