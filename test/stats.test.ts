// The region dashboard (GET /regions/:code/stats) through HTTP on a real database: exact figures on a small
// known set of cases, the district and industry breakdowns, the date range in the region's time zone, and who
// may read it. Definitions: docs/stats.md.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { HOUR } from '../src/lib/clock.js';
import { uuidv7 } from '../src/lib/ids.js';
import { cases, offers } from '../src/modules/cases/cases.schema.js';
import { merchants } from '../src/modules/merchants/merchants.schema.js';
import { cityWithLadder, createCaseRow, createMerchant, createOrg, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

// 10:00 in Hangzhou (Asia/Shanghai, UTC+8) on 2 March 2026.
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (iso: string) => new Date(iso);

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
const cookies: Record<'regulator' | 'mediator' | 'merchant' | 'admin' | 'otherRegulator', string> = {
  regulator: '',
  mediator: '',
  merchant: '',
  admin: '',
  otherRegulator: '',
};

before(async () => {
  ctx = await startTestApp({ start: NOW });
  city = await cityWithLadder(ctx);
  const db = ctx.deps.database.db;
  // Merchant A: district 1, restaurant (the factory's default). Merchant B: district 2, fitness.
  const a = city.merchant;
  const b = await createMerchant(ctx, city.region, { districtId: city.region.districtIds[1] });
  await db.update(merchants).set({ industry: 'fitness' }).where(eq(merchants.id, b.id));

  // 1. A, 25 Feb: answered in 2 h (in time), settled after 10 h; an accepted offer of 50.00 refund + 15.00 compensation.
  const c1 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-25T02:00:00Z'),
    firstResponseAt: at('2026-02-25T04:00:00Z'),
    settledAt: at('2026-02-25T12:00:00Z'),
    responseDueAt: at('2026-02-26T02:00:00Z'),
  });
  await db
    .update(cases)
    .set({ resolutionMs: 10 * HOUR })
    .where(eq(cases.id, c1.id));
  const offer = (caseId: string, status: 'accepted' | 'rejected', terms: { kind: string; amountMinor?: number }[]) =>
    db.insert(offers).values({
      id: uuidv7(),
      regionId: city.region.id,
      caseId,
      by: 'merchant',
      terms: terms as never,
      totalMinor: terms.reduce((s, t) => s + (t.amountMinor ?? 0), 0),
      currency: 'CNY',
      status,
      createdAt: NOW,
    });
  await offer(c1.id, 'accepted', [
    { kind: 'refund', amountMinor: 5000 },
    { kind: 'compensation', amountMinor: 1500 },
    { kind: 'apology' },
  ]);
  // 2. A, 26 Feb: answered after 30 h (late), still negotiating; a rejected offer (not counted).
  const c2 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-26T02:00:00Z'),
    firstResponseAt: at('2026-02-27T08:00:00Z'),
    responseDueAt: at('2026-02-27T02:00:00Z'),
  });
  await offer(c2.id, 'rejected', [{ kind: 'refund', amountMinor: 9999 }]);
  // 3. A, 27 Feb: never answered (missed), escalated to the mediation committee.
  const c3 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-27T02:00:00Z'),
    responseDueAt: at('2026-02-28T02:00:00Z'),
    responseMissed: true,
    status: 'in_mediation',
  });
  await db.update(cases).set({ tier: 'mediation', assignedOrgId: city.mediation.id }).where(eq(cases.id, c3.id));
  // 4. B, 28 Feb: not answered, its response deadline (1 Mar) past due and still active: overdue now.
  await createCaseRow(ctx, b, { filedAt: at('2026-02-28T02:00:00Z'), responseDueAt: at('2026-03-01T02:00:00Z') });
  // 5. B, 1 Mar 10:00 local: answered in 4 h, settled after 20 h (6:00 on 2 Mar local), closed.
  const c5 = await createCaseRow(ctx, b, {
    filedAt: at('2026-03-01T02:00:00Z'),
    firstResponseAt: at('2026-03-01T06:00:00Z'),
    settledAt: at('2026-03-01T22:00:00Z'),
    responseDueAt: at('2026-03-02T02:00:00Z'),
    status: 'closed',
  });
  await db
    .update(cases)
    .set({ resolutionMs: 20 * HOUR, closedAt: at('2026-03-01T23:00:00Z') })
    .where(eq(cases.id, c5.id));
  // 6. B, 20:00 UTC on 1 Mar = 04:00 on 2 Mar local: withdrawn.
  await createCaseRow(ctx, b, { filedAt: at('2026-03-01T20:00:00Z'), status: 'withdrawn' });
  // 7. A, 24 Feb: rejected.
  await createCaseRow(ctx, a, { filedAt: at('2026-02-24T02:00:00Z'), status: 'rejected' });
  // 8. A, 23:30 on 19 Feb local (15:30 UTC): outside a window starting 20 Feb.
  await createCaseRow(ctx, a, { filedAt: at('2026-02-19T15:30:00Z'), settledAt: at('2026-02-19T15:40:00Z') });
  // 9. A, 00:30 on 20 Feb local (16:30 UTC on 19 Feb): inside it.
  await createCaseRow(ctx, a, { filedAt: at('2026-02-19T16:30:00Z') });

  // Another city, with a case of its own that must never show up here.
  const other = await cityWithLadder(ctx);
  await createCaseRow(ctx, other.merchant, {
    filedAt: at('2026-02-25T02:00:00Z'),
    settledAt: at('2026-02-25T03:00:00Z'),
  });

  const regionId = city.region.id;
  cookies.regulator = (await signedInStaff(ctx, { role: 'regulator', regionId, orgId: city.regulator.id })).cookie;
  cookies.mediator = (await signedInStaff(ctx, { role: 'mediator', regionId, orgId: city.mediation.id })).cookie;
  cookies.merchant = (await signedInStaff(ctx, { role: 'merchant_staff', regionId, merchantId: a.id })).cookie;
  cookies.admin = (await signedInStaff(ctx, { role: 'platform_admin' })).cookie;
  const otherReg = await createOrg(ctx, other.region, { tier: 'regulator' });
  cookies.otherRegulator = (
    await signedInStaff(ctx, { role: 'regulator', regionId: other.region.id, orgId: otherReg.id })
  ).cookie;
});
after(async () => {
  await ctx?.close();
});

const stats = (who: keyof typeof cookies | null, query = '') =>
  ctx.request({
    method: 'GET',
    url: `/api/v1/regions/${city.region.code}/stats${query}`,
    headers: who ? { cookie: cookies[who] } : {},
  });

const WINDOW = '?from=2026-02-20&to=2026-03-02';

describe('region stats', () => {
  test('totals on a known set: volumes, resolution rate, response in time, percentiles, overdue, money', async () => {
    const r = await stats('regulator', WINDOW);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.scope, 'region');
    assert.deepEqual(r.data.range, {
      from: '2026-02-20',
      to: '2026-03-02',
      since: '2026-02-19T16:00:00.000Z',
      until: '2026-03-02T16:00:00.000Z',
    });
    assert.deepEqual(r.data.totals, {
      filed: 8,
      open: 4,
      settled: 2,
      closed: 1,
      escalated: 1,
      withdrawn: 1,
      rejected: 1,
      transferred: 0,
      resolutionRate: 0.25,
      responseDue: 5,
      respondedInTime: 2,
      respondedInTimeRate: 0.4,
      // Responses of 2, 4 and 30 h; settlements of 10 and 20 h (percentile_cont interpolates).
      firstResponseHours: { median: 4, p90: 24.8 },
      settlementHours: { median: 15, p90: 19 },
      overdueNow: 1,
      money: [{ currency: 'CNY', refundMinor: 5000, compensationMinor: 1500 }],
    });
  });

  test('by district and by industry, with names', async () => {
    const r = await stats('regulator', WINDOW);
    assert.equal(r.statusCode, 200, r.body);
    const districts = r.data.byDistrict.map((d: Record<string, unknown>) => ({
      code: d.code,
      name: d.name,
      filed: d.filed,
      settled: d.settled,
      resolutionRate: d.resolutionRate,
      overdueNow: d.overdueNow,
      money: d.money,
    }));
    assert.deepEqual(districts, [
      {
        code: 'D1',
        name: '第1区',
        filed: 5,
        settled: 1,
        resolutionRate: 0.2,
        overdueNow: 0,
        money: [{ currency: 'CNY', refundMinor: 5000, compensationMinor: 1500 }],
      },
      { code: 'D2', name: '第2区', filed: 3, settled: 1, resolutionRate: 0.3333, overdueNow: 1, money: [] },
    ]);
    assert.equal(r.data.byDistrict[0].districtId, city.region.districtIds[0]);
    const industries = r.data.byIndustry.map((d: Record<string, unknown>) => [d.industry, d.filed, d.escalated]);
    assert.deepEqual(industries, [
      ['restaurant', 5, 1],
      ['fitness', 3, 0],
    ]);
    const fitness = r.data.byIndustry[1];
    assert.deepEqual(fitness.name, { zh: '健身', en: 'Fitness' }, 'the industry is named for people');
    assert.equal(fitness.respondedInTime, 1);
    assert.equal(fitness.responseDue, 2);
    assert.deepEqual(fitness.settlementHours, { median: 20, p90: 20 });
  });

  test('the daily series counts local days of the region: filed by filing day, settled by settlement day', async () => {
    const r = await stats('regulator', WINDOW);
    const daily = Object.fromEntries(
      r.data.daily.map((d: { day: string; filed: number; settled: number }) => [d.day, [d.filed, d.settled]]),
    );
    assert.equal(r.data.daily.length, 11);
    assert.deepEqual(daily, {
      '2026-02-20': [1, 0],
      '2026-02-21': [0, 0],
      '2026-02-22': [0, 0],
      '2026-02-23': [0, 0],
      '2026-02-24': [1, 0],
      '2026-02-25': [1, 1],
      '2026-02-26': [1, 0],
      '2026-02-27': [1, 0],
      '2026-02-28': [1, 0],
      '2026-03-01': [1, 0],
      '2026-03-02': [1, 1],
    });
  });

  test('the date range: local day boundaries, the default of 30 days, and invalid ranges', async () => {
    const one = await stats('regulator', '?from=2026-03-01&to=2026-03-01');
    assert.equal(one.statusCode, 200, one.body);
    assert.equal(one.data.totals.filed, 1);
    assert.equal(one.data.totals.settled, 1);
    const eve = await stats('regulator', '?from=2026-02-19&to=2026-02-19');
    assert.equal(eve.data.totals.filed, 1);
    assert.deepEqual(eve.data.daily, [{ day: '2026-02-19', filed: 1, settled: 1 }]);

    const dflt = await stats('regulator');
    assert.equal(dflt.statusCode, 200, dflt.body);
    assert.equal(dflt.data.range.from, '2026-02-01');
    assert.equal(dflt.data.range.to, '2026-03-02');
    assert.equal(dflt.data.daily.length, 30);
    assert.equal(dflt.data.totals.filed, 9);

    assert.equal((await stats('regulator', '?from=2026-03-02&to=2026-03-01')).statusCode, 400);
    assert.equal((await stats('regulator', '?from=2024-01-01&to=2026-03-01')).statusCode, 400);
    assert.equal((await stats('regulator', '?from=2026-02-30')).statusCode, 400);
    assert.equal((await stats('regulator', '?region=x')).statusCode, 400);
  });

  test('a mediator sees only their organisation’s cases; the platform admin sees the region', async () => {
    const m = await stats('mediator', WINDOW);
    assert.equal(m.statusCode, 200, m.body);
    assert.equal(m.data.scope, 'org');
    assert.equal(m.data.totals.filed, 1);
    assert.equal(m.data.totals.escalated, 1);
    assert.equal(m.data.totals.open, 1);
    assert.deepEqual(m.data.totals.money, []);

    const admin = await stats('admin', WINDOW);
    assert.equal(admin.statusCode, 200, admin.body);
    assert.equal(admin.data.totals.filed, 8);
  });

  test('merchants and other regions are refused, anonymous callers must sign in', async () => {
    assert.equal((await stats('merchant', WINDOW)).statusCode, 403);
    assert.equal((await stats('otherRegulator', WINDOW)).statusCode, 403);
    assert.equal((await stats(null, WINDOW)).statusCode, 401);
    const missing = await ctx.request({
      method: 'GET',
      url: '/api/v1/regions/NOPE/stats',
      headers: { cookie: cookies.admin },
    });
    assert.equal(missing.statusCode, 404);
  });
});
