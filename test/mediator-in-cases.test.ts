// The AI mediator in the product, through HTTP on a real database: advice before filing, the reading
// attached to each case and refreshed when the consumer adds facts, and merchants' auto-resolution policies.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runJobsOnce } from '../src/jobs/index.js';
import { generateReceiptKey, type ReceiptKeyPair, signReceipt } from '../src/modules/payments/index.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the AI mediator in cases', () => {
  let ctx: TestContext;
  let city: Awaited<ReturnType<typeof cityWithLadder>>;
  let staff: { cookie: string };
  let key: ReceiptKeyPair;
  let institutionId: string;
  let txn = 0;

  const call = (
    who: { cookie: string } | Record<string, string> | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    ctx.request({
      method,
      url: `/api/v1${url}`,
      headers:
        who === null
          ? {}
          : 'cookie' in who
            ? { cookie: (who as { cookie: string }).cookie }
            : (who as Record<string, string>),
      ...(payload ? { payload } : {}),
    });
  const receipt = (amt: number, paidAgo = HOUR) =>
    signReceipt(key, {
      iss: institutionId,
      txn: `M${++txn}`,
      mid: 'SHOP-1',
      amt,
      cur: 'CNY',
      paid: Math.floor((ctx.clock.now().getTime() - paidAgo) / 1000),
      sub: 'payer-a1b2c3d4',
    });
  const RETURN_TEXT = '昨天在你们店买的一件外套，回家试了不喜欢，吊牌都没拆，店里承诺7天无理由退货，现在要求退货退款';

  before(async () => {
    ctx = await startTestApp();
    city = await cityWithLadder(ctx);
    staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const admin = await signedInStaff(ctx, { role: 'platform_admin' });
    const inst = await call(admin, 'POST', '/institutions', { name: '测试支付', kind: 'payment' });
    institutionId = inst.data.id;
    key = await generateReceiptKey('EdDSA', 'k1');
    assert.equal(
      (await call(admin, 'POST', `/institutions/${institutionId}/keys`, { jwk: key.publicJwk })).statusCode,
      201,
    );
    await call(admin, 'POST', `/merchants/${city.merchant.id}/payment-accounts`, { institutionId, mid: 'SHOP-1' });
    ctx.clock.advance(3 * DAY);
  });
  after(() => ctx.close());

  test('before filing: the reading of a complaint, with the law and the remedy, and nothing stored', async () => {
    const r = await call(null, 'POST', '/mediator/analyze', {
      text: '在超市买的牛奶已经过期三天了，孩子喝了拉肚子，花了58元，要求十倍赔偿',
      facts: { amountMinor: 5_800 },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.category, 'food_safety');
    const refs = r.data.articles.map((a: { ref: string }) => a.ref);
    assert.ok(refs.includes('food-safety:148'), refs.join(' '));
    const cited = r.data.articles.find((a: { ref: string }) => a.ref === 'food-safety:148');
    assert.match(cited.text, /十倍/, 'the article comes with its text');
    assert.ok(r.data.remedy, 'a remedy is computed');
    assert.equal(r.data.route, 'human', 'an injury goes to a person');
    const labels = await call(null, 'GET', '/mediator/labels');
    assert.equal(labels.data.categories.length, 12);
    const bad = await call(null, 'POST', '/mediator/analyze', { text: '' });
    assert.equal(bad.statusCode, 400);
  });

  test('every case gets the reading after filing, and a new one when the consumer adds facts', async () => {
    const filed = await call(null, 'POST', '/cases', {
      merchant: { storeId: city.merchant.storeId },
      description: '在店里做的美甲第二天就掉了三个，店家不给补',
      demands: ['performance'],
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const token = { 'x-case-token': filed.data.accessToken };
    assert.equal((await call(token, 'GET', `/cases/${filed.data.id}`)).data.analysis, null, 'not read yet');
    await runJobsOnce(ctx.deps);
    const first = (await call(staff, 'GET', `/cases/${filed.data.id}`)).data.analysis;
    assert.ok(first, 'the merchant sees the reading');
    assert.ok(first.articles.length > 0);
    assert.ok(first.explanation.zh.length > 0 && first.explanation.en.length > 0);

    ctx.clock.advance(60_000);
    await call(token, 'POST', `/cases/${filed.data.id}/messages`, {
      body: '补充一下：当时付了298元，店家承诺一个月内免费补',
    });
    await runJobsOnce(ctx.deps);
    const second = (await call(token, 'GET', `/cases/${filed.data.id}`)).data.analysis;
    assert.notEqual(second.analysedAt, first.analysedAt, 'read again');
    assert.equal(first.facts.amounts.length, 0, 'no amount in the complaint');
    assert.equal(second.facts.priceMinor, 29_800, 'the amount the consumer added is read');
  });

  test("a merchant's auto-resolution policy makes the offer at once; the consumer still decides", async () => {
    const other = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.other.id,
    });
    const policy = {
      name: '200元以下7天无理由退货直接退款',
      categories: ['return'],
      maxAmountMinor: 20_000,
      withinDays: 7,
      offer: 'refund_full',
    };
    assert.equal((await call(other, 'POST', `/merchants/${city.merchant.id}/auto-resolution`, policy)).statusCode, 403);
    const set = await call(staff, 'POST', `/merchants/${city.merchant.id}/auto-resolution`, policy);
    assert.equal(set.statusCode, 201, set.body);
    assert.equal(set.data.verifiedOnly, true);

    const covered = await call(null, 'POST', '/cases', {
      receipt: await receipt(12_800),
      description: RETURN_TEXT,
      demands: ['return_refund'],
    });
    const tooDear = await call(null, 'POST', '/cases', {
      receipt: await receipt(39_900),
      description: RETURN_TEXT,
      demands: ['return_refund'],
    });
    const unverified = await call(null, 'POST', '/cases', {
      merchant: { storeId: city.merchant.storeId },
      description: RETURN_TEXT,
      demands: ['return_refund'],
      purchase: { amountMinor: 12_800, paidAt: new Date(ctx.clock.now().getTime() - DAY).toISOString() },
    });
    await runJobsOnce(ctx.deps);

    const token = { 'x-case-token': covered.data.accessToken };
    const c = (await call(token, 'GET', `/cases/${covered.data.id}`)).data;
    assert.equal(c.analysis.category, 'return', JSON.stringify(c.analysis.categoryName));
    assert.equal(c.status, 'negotiating', 'the offer was made at once');
    const offer = c.offers.at(-1);
    assert.equal(offer.by, 'merchant');
    assert.deepEqual(offer.terms, [{ kind: 'refund', amountMinor: 12_800 }]);
    assert.ok(c.times.firstResponseAt, 'it counts as the merchant’s response');
    assert.equal(
      (await call(staff, 'GET', `/cases/${tooDear.data.id}`)).data.status,
      'awaiting_response',
      'above the limit',
    );
    assert.equal(
      (await call(staff, 'GET', `/cases/${unverified.data.id}`)).data.status,
      'awaiting_response',
      'not verified',
    );

    const accepted = await call(token, 'POST', `/cases/${covered.data.id}/offers/${offer.id}/accept`, {});
    assert.equal(accepted.data.status, 'settled');

    const list = await call(staff, 'GET', `/merchants/${city.merchant.id}/auto-resolution`);
    const disabled = await call(
      staff,
      'POST',
      `/merchants/${city.merchant.id}/auto-resolution/${list.data.items[0].id}/disable`,
    );
    assert.equal(disabled.data.active, false);
    const after = await call(null, 'POST', '/cases', {
      receipt: await receipt(12_800),
      description: RETURN_TEXT,
      demands: ['return_refund'],
    });
    await runJobsOnce(ctx.deps);
    assert.equal(
      (await call(staff, 'GET', `/cases/${after.data.id}`)).data.status,
      'awaiting_response',
      'a disabled policy offers nothing',
    );
  });

  test("the region's own limit sends larger cases to a person", async () => {
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    const put = await call(regulator, 'PUT', `/regions/${city.region.code}/settings`, {
      mediator: { humanAboveMinor: 10_000, autoMaxMinor: 5_000 },
    });
    assert.equal(put.statusCode, 200, put.body);
    const filed = await call(null, 'POST', '/cases', {
      receipt: await receipt(39_900),
      description: RETURN_TEXT,
      demands: ['return_refund'],
    });
    await runJobsOnce(ctx.deps);
    const a = (await call(staff, 'GET', `/cases/${filed.data.id}`)).data.analysis;
    assert.equal(a.route, 'human');
    assert.ok(
      a.routeReasons.some((r: { code: string }) => r.code === 'amount_above_limit'),
      JSON.stringify(a.routeReasons),
    );
  });

  test('each party can ask for a draft of its next message; others cannot', async () => {
    const filed = await call(null, 'POST', '/cases', {
      merchant: { storeId: city.merchant.storeId },
      description: '买的电饭煲用了三天就坏了，花了399元，要求换新',
      demands: ['exchange'],
    });
    const d = await call(staff, 'POST', `/cases/${filed.data.id}/draft`, {});
    assert.equal(d.statusCode, 200, d.body);
    assert.equal(d.data.source, 'local', 'no model configured');
    assert.match(d.data.text, new RegExp(filed.data.number));
    const other = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.other.id,
    });
    assert.equal((await call(other, 'POST', `/cases/${filed.data.id}/draft`, {})).statusCode, 404);
  });
});
