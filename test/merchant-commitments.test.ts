// Merchant commitments through the HTTP API: sign, replace, withdraw (history kept), who may do it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HOUR } from '../src/lib/clock.js';
import { cityWithLadder, createRegion, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
let staff: { cookie: string };
let otherStaff: { cookie: string };
let regulator: { cookie: string };
before(async () => {
  ctx = await startTestApp();
  city = await cityWithLadder(ctx);
  staff = await signedInStaff(ctx, { role: 'merchant_staff', regionId: city.region.id, merchantId: city.merchant.id });
  otherStaff = await signedInStaff(ctx, {
    role: 'merchant_staff',
    regionId: city.region.id,
    merchantId: city.other.id,
  });
  regulator = await signedInStaff(ctx, { role: 'regulator', regionId: city.region.id, orgId: city.regulator.id });
});
after(async () => {
  await ctx.close();
});

type Who = { cookie: string } | null;
const call = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.request({ method, url: `/api/v1${url}`, headers: who ? { cookie: who.cookie } : {}, payload });
const ok = (res: { statusCode: number; body: string }, status: number) =>
  assert.equal(res.statusCode, status, res.body);

const noReasonReturn = { kind: 'offline_no_reason_return', windowDays: 7, exclusions: ['定制商品', '食品'] };

describe('merchant commitments', () => {
  test('staff sign; anyone reads them in Chinese; re-signing replaces; withdrawing keeps the row', async () => {
    const m = city.merchant.id;
    let r = await call(staff, 'POST', `/merchants/${m}/commitments`, noReasonReturn);
    ok(r, 201);
    const first = r.data;
    assert.equal(first.status, 'in_force');
    assert.equal(first.text, '7天内，除定制商品、食品外');
    assert.deepEqual(first.title, { zh: '线下无理由退货', en: 'In-store no-reason returns' });
    assert.equal(first.windowDays, 7);

    r = await call(regulator, 'POST', `/merchants/${m}/commitments`, { kind: 'seven_day_resolution' });
    ok(r, 201);
    const seven = r.data;
    assert.equal(seven.windowDays, null);

    ctx.clock.advance(HOUR);
    r = await call(staff, 'POST', `/merchants/${m}/commitments`, { ...noReasonReturn, windowDays: 15 });
    ok(r, 201);
    const second = r.data;

    r = await call(null, 'GET', `/merchants/${m}/commitments?inForce=true`);
    ok(r, 200);
    assert.deepEqual(r.data.items.map((c: { id: string }) => c.id).sort(), [second.id, seven.id].sort());

    r = await call(staff, 'POST', `/merchants/${m}/commitments/${seven.id}/withdraw`);
    ok(r, 200);
    assert.equal(r.data.status, 'withdrawn');
    assert.ok(r.data.withdrawnAt);
    // Idempotent.
    r = await call(staff, 'POST', `/merchants/${m}/commitments/${seven.id}/withdraw`);
    ok(r, 200);
    assert.equal(r.data.status, 'withdrawn');

    r = await call(null, 'GET', `/merchants/${m}/commitments`);
    ok(r, 200);
    const byId = new Map(r.data.items.map((c: { id: string; status: string }) => [c.id, c.status]));
    assert.deepEqual(Object.fromEntries(byId), {
      [first.id]: 'replaced',
      [second.id]: 'in_force',
      [seven.id]: 'withdrawn',
    });
    r = await call(null, 'GET', `/merchants/${m}/commitments?inForce=true`);
    assert.deepEqual(
      r.data.items.map((c: { id: string }) => c.id),
      [second.id],
    );
  });

  test("another merchant's staff, a regulator of another region and anonymous callers are refused", async () => {
    const m = city.merchant.id;
    let r = await call(otherStaff, 'POST', `/merchants/${m}/commitments`, { kind: 'reassured_consumption' });
    ok(r, 403);
    assert.equal(r.data.error.code, 'FORBIDDEN');
    r = await call(null, 'POST', `/merchants/${m}/commitments`, { kind: 'reassured_consumption' });
    ok(r, 401);
    const elsewhere = await createRegion(ctx);
    const farRegulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: elsewhere.id,
      orgId: city.regulator.id,
    });
    r = await call(farRegulator, 'POST', `/merchants/${m}/commitments`, { kind: 'reassured_consumption' });
    ok(r, 403);

    r = await call(staff, 'POST', `/merchants/${m}/commitments`, { kind: 'reassured_consumption' });
    ok(r, 201);
    r = await call(otherStaff, 'POST', `/merchants/${m}/commitments/${r.data.id}/withdraw`);
    ok(r, 403);
  });

  test('bad input: window on the wrong kind, missing window, unknown commitment or merchant', async () => {
    const m = city.merchant.id;
    let r = await call(staff, 'POST', `/merchants/${m}/commitments`, { kind: 'seven_day_resolution', windowDays: 7 });
    ok(r, 400);
    r = await call(staff, 'POST', `/merchants/${m}/commitments`, { kind: 'offline_no_reason_return' });
    ok(r, 400);
    r = await call(staff, 'POST', `/merchants/${m}/commitments`, { ...noReasonReturn, windowDays: 0 });
    ok(r, 400);
    r = await call(staff, 'POST', `/merchants/${m}/commitments/${city.other.id}/withdraw`);
    ok(r, 404);
    r = await call(null, 'GET', `/merchants/${city.region.id}/commitments`);
    ok(r, 404);
    assert.equal(r.data.error.code, 'MERCHANT_NOT_FOUND');
  });
});
