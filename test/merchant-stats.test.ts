// A merchant's own figures (GET /merchants/:id/stats) through HTTP on a real database: exact figures on a small
// known set of cases — settlement within the deadline, ratings, per status, category and store — the default
// 90-day window, and who may read them. Definitions: docs/stats.md.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { HOUR } from '../src/lib/clock.js';
import { uuidv7 } from '../src/lib/ids.js';
import { caseAnalyses, caseDeadlines, cases, offers } from '../src/modules/cases/cases.schema.js';
import { stores } from '../src/modules/merchants/merchants.schema.js';
import { cityWithLadder, createCaseRow, createOrg, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

// 10:00 in Hangzhou (Asia/Shanghai, UTC+8) on 2 March 2026.
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (iso: string) => new Date(iso);

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
let store2 = '';
type Who = 'staff' | 'otherStaff' | 'regulator' | 'mediator' | 'admin' | 'otherRegulator';
const cookies = {} as Record<Who, string>;

before(async () => {
  ctx = await startTestApp({ start: NOW });
  city = await cityWithLadder(ctx);
  const db = ctx.deps.database.db;
  const a = city.merchant;
  store2 = uuidv7();
  await db.insert(stores).values({
    id: store2,
    regionId: a.regionId,
    merchantId: a.id,
    name: '湖滨二店',
    districtId: a.districtId,
    createdAt: NOW,
  });
  const resolution = (caseId: string, dueAt: string, status: 'met' | 'missed' | 'active', endedAt?: string) =>
    db.insert(caseDeadlines).values({
      id: uuidv7(),
      regionId: a.regionId,
      caseId,
      kind: 'resolution',
      basis: 'calendar_days',
      status,
      startedAt: NOW,
      dueAt: at(dueAt),
      endedAt: endedAt ? at(endedAt) : null,
    });
  const category = (caseId: string, code: string) =>
    db.insert(caseAnalyses).values({
      caseId,
      regionId: a.regionId,
      version: 'test',
      category: code,
      route: 'merchant',
      analysis: {},
      analysedAt: NOW,
    });

  // 1. Store 1, 25 Feb: answered in 2 h, settled in 12 h (within its 7-day deadline), rated 5; refund + compensation.
  const c1 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-25T02:00:00Z'),
    firstResponseAt: at('2026-02-25T04:00:00Z'),
    settledAt: at('2026-02-25T14:00:00Z'),
    responseDueAt: at('2026-02-26T02:00:00Z'),
  });
  await db
    .update(cases)
    .set({ resolutionMs: 12 * HOUR, rating: 5 })
    .where(eq(cases.id, c1.id));
  await resolution(c1.id, '2026-03-04T02:00:00Z', 'met', '2026-02-25T14:00:00Z');
  await category(c1.id, 'quality');
  await db.insert(offers).values({
    id: uuidv7(),
    regionId: a.regionId,
    caseId: c1.id,
    by: 'merchant',
    terms: [
      { kind: 'refund', amountMinor: 5000 },
      { kind: 'compensation', amountMinor: 1000 },
    ] as never,
    totalMinor: 6000,
    currency: 'CNY',
    status: 'accepted',
    createdAt: NOW,
  });
  // 2. Store 1, 10 Feb: answered after 30 h (late), not settled in 7 days (missed), now with the mediators.
  const c2 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-10T02:00:00Z'),
    firstResponseAt: at('2026-02-11T08:00:00Z'),
    responseDueAt: at('2026-02-11T02:00:00Z'),
    status: 'in_mediation',
  });
  await db.update(cases).set({ tier: 'mediation', assignedOrgId: city.mediation.id }).where(eq(cases.id, c2.id));
  await resolution(c2.id, '2026-02-17T02:00:00Z', 'missed', '2026-02-17T02:00:00Z');
  await category(c2.id, 'quality');
  // 3. Store 2, 1 Mar: not answered, its response deadline an hour past: overdue now; 7 days still running.
  const c3 = await createCaseRow(ctx, a, {
    filedAt: at('2026-03-01T02:00:00Z'),
    responseDueAt: at('2026-03-02T01:00:00Z'),
    storeId: store2,
  });
  await resolution(c3.id, '2026-03-08T02:00:00Z', 'active');
  await category(c3.id, 'service');
  // 4. No store (an online order), 20 Feb: answered in 1 h, settled after 24 h, closed, rated 3; not analysed.
  const c4 = await createCaseRow(ctx, a, {
    filedAt: at('2026-02-20T02:00:00Z'),
    firstResponseAt: at('2026-02-20T03:00:00Z'),
    settledAt: at('2026-02-21T02:00:00Z'),
    responseDueAt: at('2026-02-21T02:00:00Z'),
    status: 'closed',
    storeId: null,
  });
  await db
    .update(cases)
    .set({ resolutionMs: 24 * HOUR, rating: 3 })
    .where(eq(cases.id, c4.id));
  await resolution(c4.id, '2026-02-27T02:00:00Z', 'met', '2026-02-21T02:00:00Z');
  // 5. Store 2, 1 Nov 2025: before the default 90-day window; rated 1.
  const c5 = await createCaseRow(ctx, a, { filedAt: at('2025-11-01T02:00:00Z'), storeId: store2 });
  await db.update(cases).set({ rating: 1 }).where(eq(cases.id, c5.id));
  // Another merchant of the region, in the window: never in A's figures.
  const b = await createCaseRow(ctx, city.other, { filedAt: at('2026-02-25T02:00:00Z'), status: 'settled' });
  await category(b.id, 'quality');

  const regionId = city.region.id;
  cookies.staff = (await signedInStaff(ctx, { role: 'merchant_staff', regionId, merchantId: a.id })).cookie;
  cookies.otherStaff = (
    await signedInStaff(ctx, { role: 'merchant_staff', regionId, merchantId: city.other.id })
  ).cookie;
  cookies.regulator = (await signedInStaff(ctx, { role: 'regulator', regionId, orgId: city.regulator.id })).cookie;
  cookies.mediator = (await signedInStaff(ctx, { role: 'mediator', regionId, orgId: city.mediation.id })).cookie;
  cookies.admin = (await signedInStaff(ctx, { role: 'platform_admin' })).cookie;
  const other = await cityWithLadder(ctx);
  const otherReg = await createOrg(ctx, other.region, { tier: 'regulator' });
  cookies.otherRegulator = (
    await signedInStaff(ctx, { role: 'regulator', regionId: other.region.id, orgId: otherReg.id })
  ).cookie;
});
after(async () => {
  await ctx?.close();
});

const stats = (who: Who | null, query = '', merchantId = city.merchant.id) =>
  ctx.request({
    method: 'GET',
    url: `/api/v1/merchants/${merchantId}/stats${query}`,
    headers: who ? { cookie: cookies[who] } : {},
  });

const WINDOW = '?from=2026-02-01&to=2026-03-02';

describe('merchant stats', () => {
  test('totals: volumes, response in time, settlement in time, times, overdue, money, ratings', async () => {
    const r = await stats('staff', WINDOW);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.data.merchant.id, city.merchant.id);
    assert.deepEqual(r.data.range, {
      from: '2026-02-01',
      to: '2026-03-02',
      since: '2026-01-31T16:00:00.000Z',
      until: '2026-03-02T16:00:00.000Z',
    });
    assert.deepEqual(r.data.totals, {
      filed: 4,
      open: 2,
      settled: 2,
      closed: 1,
      escalated: 1,
      withdrawn: 0,
      rejected: 0,
      transferred: 0,
      resolutionRate: 0.5,
      responseDue: 4,
      respondedInTime: 2,
      respondedInTimeRate: 0.5,
      // Responses of 1, 2 and 30 h; settlements of 12 and 24 h (percentile_cont interpolates).
      firstResponseHours: { median: 2, p90: 24.4 },
      settlementHours: { median: 18, p90: 22.8 },
      overdueNow: 1,
      money: [{ currency: 'CNY', refundMinor: 5000, compensationMinor: 1000 }],
      resolutionDue: 3,
      settledInTime: 2,
      settledInTimeRate: 0.6667,
      ratings: { count: 2, mean: 4, byScore: [0, 0, 1, 0, 1] },
    });
  });

  test('by status, by category (named) and by store (named), largest first', async () => {
    const r = await stats('staff', WINDOW);
    assert.deepEqual(r.data.byStatus, [
      { status: 'awaiting_response', filed: 1 },
      { status: 'closed', filed: 1 },
      { status: 'in_mediation', filed: 1 },
      { status: 'settled', filed: 1 },
    ]);
    const cats = r.data.byCategory.map((c: Record<string, unknown>) => [c.category, c.filed, c.settled, c.overdueNow]);
    assert.deepEqual(cats, [
      ['quality', 2, 1, 0],
      ['service', 1, 0, 1],
      [null, 1, 1, 0],
    ]);
    const quality = r.data.byCategory[0];
    assert.deepEqual(quality.name, { zh: '商品质量', en: 'Product quality' });
    assert.deepEqual(quality.money, [{ currency: 'CNY', refundMinor: 5000, compensationMinor: 1000 }]);
    assert.equal(quality.settledInTimeRate, 0.5);
    assert.equal(r.data.byCategory[2].name, null);

    const byStore = r.data.byStore.map((s: Record<string, unknown>) => [s.storeId, s.filed]);
    assert.deepEqual(byStore, [
      [city.merchant.storeId, 2],
      [store2, 1],
      [null, 1],
    ]);
    assert.match(r.data.byStore[0].name, /^测试店/);
    assert.equal(r.data.byStore[1].name, '湖滨二店');
    assert.equal(r.data.byStore[2].name, null);
    assert.deepEqual(r.data.byStore[0].ratings, { count: 1, mean: 5, byScore: [0, 0, 0, 0, 1] });
    assert.deepEqual(r.data.byStore[1].money, []);
  });

  test('the daily series and the default window of 90 days', async () => {
    const r = await stats('staff', WINDOW);
    const daily = Object.fromEntries(
      r.data.daily.map((d: { day: string; filed: number; settled: number }) => [d.day, [d.filed, d.settled]]),
    );
    assert.equal(r.data.daily.length, 30);
    assert.deepEqual(daily['2026-02-25'], [1, 1], 'filed at 10:00 and settled at 22:00 local');
    assert.deepEqual(daily['2026-02-20'], [1, 0]);
    assert.deepEqual(daily['2026-02-21'], [0, 1]);

    const dflt = await stats('staff');
    assert.equal(dflt.statusCode, 200, dflt.body);
    assert.equal(dflt.data.range.from, '2025-12-03');
    assert.equal(dflt.data.range.to, '2026-03-02');
    assert.equal(dflt.data.daily.length, 90);
    assert.equal(dflt.data.totals.filed, 4, 'the November case is older than 90 days');

    const longer = await stats('staff', '?from=2025-11-01&to=2026-03-02');
    assert.equal(longer.data.totals.filed, 5);
    assert.deepEqual(longer.data.totals.ratings, { count: 3, mean: 3, byScore: [1, 0, 1, 0, 1] });
  });

  test('nothing personal leaves: no phone, name or complaint text', async () => {
    const r = await stats('staff', WINDOW);
    assert.doesNotMatch(r.body, /138\*\*\*\*|张三|测试投诉/);
  });

  test('its staff, the regulator of its region and a platform admin read it; nobody else', async () => {
    const own = (await stats('staff', WINDOW)).data.totals;
    for (const who of ['regulator', 'admin'] as const) {
      const r = await stats(who, WINDOW);
      assert.equal(r.statusCode, 200, `${who}: ${r.body}`);
      assert.deepEqual(r.data.totals, own, `${who} sees the same figures`);
    }
    for (const who of ['otherStaff', 'mediator', 'otherRegulator'] as const) {
      const r = await stats(who, WINDOW);
      assert.equal(r.statusCode, 403, `${who}: ${r.body}`);
      assert.equal(r.data.error.code, 'FORBIDDEN');
    }
    const anon = await stats(null, WINDOW);
    assert.equal(anon.statusCode, 401);
    assert.equal(anon.data.error.code, 'UNAUTHENTICATED');
    const other = await stats('otherStaff', WINDOW, city.other.id);
    assert.equal(other.statusCode, 200, 'the other merchant reads its own');
    assert.equal(other.data.totals.filed, 1);
  });

  test('bad requests: unknown merchant, bad id, reversed or too long range, unknown parameter', async () => {
    const missing = await stats('admin', '', uuidv7());
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.data.error.code, 'MERCHANT_NOT_FOUND');
    assert.equal((await stats('admin', '', 'not-a-uuid')).statusCode, 400);
    const bad: [string, string][] = [
      ['?from=2026-03-02&to=2026-03-01', 'VALIDATION_FAILED'],
      ['?from=2024-01-01&to=2026-03-01', 'VALIDATION_FAILED'],
      ['?to=2026-03-01&from=2026-03-05', 'VALIDATION_FAILED'],
      ['?from=2026-02-30', 'VALIDATION_FAILED'],
      ['?x=1', 'UNKNOWN_FIELD'],
    ];
    for (const [q, code] of bad) {
      const r = await stats('staff', q);
      assert.equal(r.statusCode, 400, `${q}: ${r.body}`);
      assert.equal(r.data.error.code, code, q);
      assert.ok(r.data.error.message, 'a message to show');
    }
  });
});
