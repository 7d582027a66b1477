// The case lifecycle end to end through the HTTP API on a real database (PGlite, or PostgreSQL with DATABASE_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { HOUR } from '../src/lib/clock.js';
import { auditEvents } from '../src/modules/audit/audit.schema.js';
import { verifyCaseChain } from '../src/modules/audit/index.js';
import { cases, deadlineMisses } from '../src/modules/cases/cases.schema.js';
import { sweepDeadlines } from '../src/modules/cases/index.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp({ start: new Date('2026-03-02T02:00:00Z') });
});
after(async () => {
  await ctx.close();
});

async function file(merchantId: string, extra: Record<string, unknown> = {}) {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      merchant: { merchantId },
      description: '在店里买的蓝牙耳机第二天就没声音了，要求退款。',
      demands: ['refund'],
      claim: { amountMinor: 29900, currency: 'CNY' },
      phone: '13812345678',
      ...extra,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.data as {
    id: string;
    number: string;
    status: string;
    accessToken: string;
    deadlines: { kind: string; dueAt: string }[];
  };
}

const asConsumer = (token: string) => ({ 'x-case-token': token });
const asCookie = (cookie: string) => ({ cookie });

async function act(headers: Record<string, string>, caseId: string, path: string, payload: unknown = {}) {
  return ctx.request({ method: 'POST', url: `/api/v1/cases/${caseId}/${path}`, headers, payload: payload as object });
}
async function get(headers: Record<string, string>, caseId: string) {
  return ctx.request({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers });
}

describe('the happy path', () => {
  test('file → respond → offer → accept → both confirm → rate: closed, every step on the timeline, chain intact', async () => {
    const city = await cityWithLadder(ctx);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const filed = await file(city.merchant.id);
    assert.match(filed.number, new RegExp(`^${city.region.code}-2026-\\d{6}$`));
    assert.equal(filed.status, 'awaiting_response');
    const kinds = filed.deadlines.map((d) => d.kind).sort();
    assert.deepEqual(kinds, ['merchant_response', 'resolution']);
    const response = filed.deadlines.find((d) => d.kind === 'merchant_response')!;
    assert.equal(new Date(response.dueAt).getTime(), ctx.clock.now().getTime() + 24 * HOUR);

    ctx.clock.advance(2 * HOUR);
    let r = await act(asCookie(staff.cookie), filed.id, 'messages', { body: '您好，非常抱歉，我们马上处理。' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.status, 'negotiating');
    assert.equal(r.data.consumer.phoneMasked, '138****5678');
    assert.equal(r.data.times.responseMs, 2 * HOUR);

    r = await act(asCookie(staff.cookie), filed.id, 'offers', {
      terms: [{ kind: 'refund', amountMinor: 29900 }, { kind: 'apology' }],
      message: '全额退款并致歉',
    });
    assert.equal(r.statusCode, 200, r.body);
    const offerId = r.data.offers.at(-1).id;

    r = await act(asConsumer(filed.accessToken), filed.id, `offers/${offerId}/accept`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.status, 'settled');
    assert.ok(
      r.data.deadlines.some((d: { kind: string; status: string }) => d.kind === 'fulfilment' && d.status === 'active'),
    );

    r = await act(asCookie(staff.cookie), filed.id, 'fulfilment');
    assert.equal(r.data.status, 'settled');
    assert.equal(r.data.fulfilment.merchantConfirmed, true);
    r = await act(asConsumer(filed.accessToken), filed.id, 'fulfilment');
    assert.equal(r.data.status, 'fulfilled');
    r = await act(asConsumer(filed.accessToken), filed.id, 'rating', { score: 5, comment: '处理很快' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.status, 'closed');
    assert.deepEqual(r.data.rating, { score: 5, comment: '处理很快' });

    const actions = r.data.timeline.map((e: { action: string }) => e.action);
    assert.deepEqual(actions, [
      'filed',
      'respond',
      'make_offer',
      'accept_offer',
      'confirm_fulfilment',
      'confirm_fulfilment',
      'rate',
    ]);
    assert.ok(r.data.deadlines.every((d: { status: string }) => d.status !== 'active'));
    assert.deepEqual(await verifyCaseChain(ctx.deps.database.db, filed.id), { caseId: filed.id, events: 7, ok: true });
  });
});

describe('deadlines move cases on by themselves', () => {
  test('a merchant silent for 24 h: escalated to the district mediation committee, the miss recorded once', async () => {
    const city = await cityWithLadder(ctx);
    const mediator = await signedInStaff(ctx, { role: 'mediator', regionId: city.region.id, orgId: city.mediation.id });
    const filed = await file(city.merchant.id);
    ctx.clock.advance(23 * HOUR);
    await sweepDeadlines(ctx.deps);
    assert.equal((await get(asConsumer(filed.accessToken), filed.id)).data.status, 'awaiting_response');

    ctx.clock.advance(1 * HOUR + 1000);
    await Promise.all([sweepDeadlines(ctx.deps), sweepDeadlines(ctx.deps)]);
    await sweepDeadlines(ctx.deps);
    const seen = await get(asCookie(mediator.cookie), filed.id);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.equal(seen.data.status, 'in_mediation');
    assert.equal(seen.data.assignedOrg.id, city.mediation.id);
    const misses = await ctx.deps.database.db.select().from(deadlineMisses).where(eq(deadlineMisses.caseId, filed.id));
    assert.equal(misses.length, 1);
    assert.equal(misses[0]!.kind, 'merchant_response');
    assert.equal(misses[0]!.responsibleId, city.merchant.id);
    const queue = await ctx.request({
      method: 'GET',
      url: '/api/v1/cases?status=in_mediation',
      headers: asCookie(mediator.cookie),
    });
    assert.ok(queue.data.items.some((c: { id: string }) => c.id === filed.id));
  });

  test('responded but unresolved after 7 days: escalated', async () => {
    const city = await cityWithLadder(ctx);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const filed = await file(city.merchant.id);
    await act(asCookie(staff.cookie), filed.id, 'messages', { body: '我们在核实' });
    ctx.clock.advance(7 * 24 * HOUR - 60_000);
    await sweepDeadlines(ctx.deps);
    assert.equal((await get(asConsumer(filed.accessToken), filed.id)).data.status, 'negotiating');
    ctx.clock.advance(2 * 60_000);
    await sweepDeadlines(ctx.deps);
    const r = await get(asConsumer(filed.accessToken), filed.id);
    assert.equal(r.data.status, 'in_mediation');
    assert.ok(
      r.data.timeline.some(
        (e: { action: string; data?: { kind?: string } }) =>
          e.action === 'deadline_missed' && e.data?.kind === 'resolution',
      ),
    );
  });

  test('a settlement not carried out within 3 days: escalated', async () => {
    const city = await cityWithLadder(ctx);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const filed = await file(city.merchant.id);
    const offered = await act(asCookie(staff.cookie), filed.id, 'offers', {
      terms: [{ kind: 'refund', amountMinor: 1000 }],
    });
    await act(asConsumer(filed.accessToken), filed.id, `offers/${offered.data.offers[0].id}/accept`);
    ctx.clock.advance(3 * 24 * HOUR + 1000);
    await sweepDeadlines(ctx.deps);
    const r = await get(asConsumer(filed.accessToken), filed.id);
    assert.equal(r.data.status, 'in_mediation');
    assert.ok(r.data.timeline.some((e: { data?: { kind?: string } }) => e.data?.kind === 'fulfilment'));
  });

  test('a question to the consumer pauses the clock; the answer moves the deadlines on by the pause', async () => {
    const city = await cityWithLadder(ctx);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const filed = await file(city.merchant.id);
    ctx.clock.advance(1 * HOUR);
    let r = await act(asCookie(staff.cookie), filed.id, 'messages', { body: '请提供购买小票照片', kind: 'question' });
    assert.equal(r.data.waitingOnConsumer, true);
    assert.equal(r.data.waitingReason, '请提供购买小票照片');
    const resolutionBefore = new Date(
      r.data.deadlines.find((d: { kind: string }) => d.kind === 'resolution').dueAt,
    ).getTime();
    ctx.clock.advance(8 * 24 * HOUR);
    await sweepDeadlines(ctx.deps);
    r = await get(asConsumer(filed.accessToken), filed.id);
    assert.equal(r.data.status, 'negotiating', 'nothing escalates while the consumer owes an answer');
    r = await act(asConsumer(filed.accessToken), filed.id, 'messages', { body: '小票照片已上传' });
    assert.equal(r.data.waitingOnConsumer, false);
    const resolutionAfter = new Date(
      r.data.deadlines.find((d: { kind: string }) => d.kind === 'resolution').dueAt,
    ).getTime();
    assert.equal(resolutionAfter - resolutionBefore, 8 * 24 * HOUR);
    assert.equal(r.data.times.pausedTotalMs, 8 * 24 * HOUR);
  });
});

describe('the regulator stage counts working days', () => {
  test('acceptance within 7 working days and mediation within 45, across the National Day holiday', async () => {
    // A city without a mediation tier: the merchant's miss goes straight to the regulator.
    const city = await cityWithLadder(ctx, { ladder: ['merchant', 'regulator', 'referral'] });
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    ctx.clock.set(new Date('2026-09-27T01:00:00Z')); // Sunday 27 Sep 2026, 09:00 in Hangzhou
    const filed = await file(city.merchant.id);
    ctx.clock.advance(25 * HOUR); // Mon 28 Sep, 10:00 local
    await sweepDeadlines(ctx.deps);
    let r = await get(asCookie(regulator.cookie), filed.id);
    assert.equal(r.data.status, 'regulator_review');
    const acceptance = r.data.deadlines.find((d: { kind: string }) => d.kind === 'regulator_acceptance');
    // Working days after 28 Sep: 29, 30 Sep; 1–7 Oct holiday; 8 (Thu), 9 (Fri), 10 (Sat, make-up workday), 12, 13 Oct.
    assert.equal(acceptance.basis, 'working_days');
    assert.equal(acceptance.dueAt, '2026-10-13T15:59:59.999Z');

    r = await act(asCookie(regulator.cookie), filed.id, 'regulator-decision', { decision: 'accept' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.status, 'regulator_mediation');
    const mediation = r.data.deadlines.find((d: { kind: string }) => d.kind === 'regulator_mediation');
    assert.equal(mediation.basis, 'working_days');
    const due = new Date(mediation.dueAt);
    // 45 working days counted from 28 Sep: the holiday week does not count, so far more than 45 × 7/5 days.
    assert.equal(mediation.dueAt, ctx.deps.calendar.addWorkingDays(ctx.clock.now(), 45, 'Asia/Shanghai').toISOString());
    assert.ok(due.getTime() - ctx.clock.now().getTime() > 63 * 24 * HOUR);

    ctx.clock.set(new Date(due.getTime() + 1000));
    await sweepDeadlines(ctx.deps);
    r = await get(asCookie(regulator.cookie), filed.id);
    assert.equal(r.data.status, 'referred');
  });
});

describe('every party sees only what is theirs', () => {
  test('a merchant cannot read another merchant’s case; a consumer sees only own cases; a mediator only the org’s', async () => {
    const city = await cityWithLadder(ctx);
    const otherStaff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.other.id,
    });
    const otherOrg = await signedInStaff(ctx, { role: 'mediator', regionId: city.region.id, orgId: city.regulator.id });
    const mine = await file(city.merchant.id);
    const theirs = await file(city.other.id);

    const r = await get(asCookie(otherStaff.cookie), mine.id);
    assert.equal(r.statusCode, 404);
    assert.equal(r.data.error.code, 'CASE_NOT_FOUND');
    assert.equal((await act(asCookie(otherStaff.cookie), mine.id, 'messages', { body: 'hi' })).statusCode, 404);

    assert.equal((await get(asConsumer(theirs.accessToken), mine.id)).statusCode, 404);
    const list = await ctx.request({ method: 'GET', url: '/api/v1/cases', headers: asConsumer(mine.accessToken) });
    assert.deepEqual(
      list.data.items.map((c: { id: string }) => c.id),
      [mine.id],
    );
    const merchantList = await ctx.request({
      method: 'GET',
      url: '/api/v1/cases',
      headers: asCookie(otherStaff.cookie),
    });
    assert.ok(merchantList.data.items.every((c: { merchant: { id: string } }) => c.merchant.id === city.other.id));

    assert.equal((await get(asCookie(otherOrg.cookie), mine.id)).statusCode, 404);
    assert.equal((await get({}, mine.id)).statusCode, 404);
  });
});

describe('bad input changes nothing', () => {
  async function counts() {
    const db = ctx.deps.database.db;
    const [c] = await db.select({ n: count() }).from(cases);
    const [a] = await db.select({ n: count() }).from(auditEvents);
    return { cases: Number(c!.n), audit: Number(a!.n) };
  }

  test('malformed JSON, unknown fields, wrong types, oversize body, bad credit code → 4xx with a code', async () => {
    const city = await cityWithLadder(ctx);
    const start = await counts();
    const post = (payload: string, headers: Record<string, string> = {}) =>
      ctx.request({
        method: 'POST',
        url: '/api/v1/cases',
        payload,
        headers: { 'content-type': 'application/json', ...headers },
      });
    const good = {
      merchant: { merchantId: city.merchant.id },
      description: '买到的商品有质量问题',
      demands: ['refund'],
    };

    let r = await post('{"merchant": ');
    assert.equal(r.statusCode, 400);
    assert.equal(r.data.error.code, 'MALFORMED_JSON');
    assert.ok(r.data.error.messages['zh-CN'] && r.data.error.messages.en);

    r = await post(JSON.stringify({ ...good, isAdmin: true }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.data.error.code, 'UNKNOWN_FIELD');

    r = await post(JSON.stringify({ ...good, demands: 'refund' }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.data.error.code, 'VALIDATION_FAILED');
    assert.ok(r.data.error.details.issues.some((i: { path: string }) => i.path.includes('demands')));

    r = await post(JSON.stringify({ ...good, description: 'x'.repeat(ctx.config.bodyLimit + 10) }));
    assert.equal(r.statusCode, 413);
    assert.equal(r.data.error.code, 'BODY_TOO_LARGE');

    r = await post(JSON.stringify({ ...good, merchant: { creditCode: '91330106MA2XXXXXX1' } }));
    assert.equal(r.statusCode, 400);
    assert.equal(r.data.error.code, 'INVALID_CREDIT_CODE');

    r = await post(JSON.stringify(good), { 'accept-language': 'en' });
    assert.equal(r.statusCode, 201);
    const end = await counts();
    assert.equal(end.cases, start.cases + 1, 'only the good request created a case');
    assert.equal(end.audit, start.audit + 1);
  });

  test('an action the case’s state does not allow is a 409 that changes nothing', async () => {
    const city = await cityWithLadder(ctx);
    const filed = await file(city.merchant.id);
    const start = await counts();
    let r = await act(asConsumer(filed.accessToken), filed.id, 'fulfilment');
    assert.equal(r.statusCode, 409);
    assert.equal(r.data.error.code, 'ILLEGAL_TRANSITION');
    r = await act(asConsumer(filed.accessToken), filed.id, 'rating', { score: 4 });
    assert.equal(r.statusCode, 409);
    r = await act(asConsumer(filed.accessToken), filed.id, 'regulator-decision', { decision: 'accept' });
    assert.equal(r.statusCode, 403);
    assert.equal(r.data.error.code, 'FORBIDDEN');
    assert.deepEqual(await counts(), start);
    assert.equal((await get(asConsumer(filed.accessToken), filed.id)).data.status, 'awaiting_response');
  });
});
