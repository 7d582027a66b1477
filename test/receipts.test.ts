// One-click filing from a payment, through HTTP on a real database: signed receipts, printed short codes,
// institutions' keys and their rotation, merchant identity across payment providers, and refunds through
// the original payment.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/client.js';
import { runJobsOnce } from '../src/jobs/index.js';
import { generateReceiptKey, type ReceiptKeyPair, signReceipt } from '../src/modules/payments/index.js';
import { verifyWebhookSignature } from '../src/modules/webhooks/index.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('filing from a payment', () => {
  let ctx: TestContext;
  let city: Awaited<ReturnType<typeof cityWithLadder>>;
  let admin: { cookie: string };
  let institutionId: string;
  let apiKey: string;
  let key: ReceiptKeyPair;
  let txnSeq = 0;

  const as = (who: { cookie: string } | string | null) =>
    who === null ? {} : typeof who === 'string' ? { authorization: `Bearer ${who}` } : { cookie: who.cookie };
  async function call(
    who: { cookie: string } | string | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    return ctx.request({
      method,
      url: `/api/v1${url}`,
      headers: { ...as(who), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  const claims = (over: Record<string, unknown> = {}) => ({
    iss: institutionId,
    txn: `T${++txnSeq}`,
    mid: 'MID-001',
    amt: 12_800,
    cur: 'CNY',
    paid: Math.floor((ctx.clock.now().getTime() - HOUR) / 1000),
    sub: 'payer-7f3a9c1e',
    ...over,
  });
  const complaint = { description: '买的羊肉串不新鲜，吃了肚子疼', demands: ['refund'] };
  const countCases = async () =>
    Number(rowsOf<{ n: number }>(await ctx.deps.database.db.execute(sql`select count(*)::int as n from cases`))[0]!.n);

  before(async () => {
    ctx = await startTestApp();
    city = await cityWithLadder(ctx);
    admin = await signedInStaff(ctx, { role: 'platform_admin' });
    const inst = await call(admin, 'POST', '/institutions', { name: '测试支付', kind: 'payment' });
    assert.equal(inst.statusCode, 201, inst.body);
    institutionId = inst.data.id;
    const issued = await call(admin, 'POST', `/institutions/${institutionId}/api-keys`, { label: 'test' });
    apiKey = issued.data.key;
    key = await generateReceiptKey('EdDSA', 'k1');
    const reg = await call(apiKey, 'POST', `/institutions/${institutionId}/keys`, { jwk: key.publicJwk });
    assert.equal(reg.statusCode, 201, reg.body);
    const acct = await call(admin, 'POST', `/merchants/${city.merchant.id}/payment-accounts`, {
      institutionId,
      mid: 'MID-001',
    });
    assert.equal(acct.statusCode, 201, acct.body);
    ctx.clock.advance(2 * DAY); // payments below are made after the mid was registered
  });
  after(() => ctx.close());

  test('a valid receipt files a verified case against the right merchant, for the amount paid', async () => {
    const c = claims({ items: [{ name: '羊肉串', qty: 10, amt: 12_800 }] });
    const receipt = await signReceipt(key, c);
    const preview = await call(null, 'POST', '/receipts/verify', { receipt });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.data.merchant.id, city.merchant.id);
    assert.equal(preview.data.amountMinor, 12_800);
    assert.equal(preview.data.institution.name, '测试支付');

    const filed = await call(null, 'POST', '/cases', { receipt, ...complaint });
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.data.verified, true);
    assert.equal(filed.data.status, 'awaiting_response', 'it goes straight to the merchant');
    assert.deepEqual(filed.data.purchase, {
      verified: true,
      amountMinor: 12_800,
      currency: 'CNY',
      paidAt: new Date(c.paid * 1000).toISOString(),
    });
    assert.match(filed.data.number, new RegExp(`^${city.region.code}-2026-\\d{6}$`));
    assert.ok(filed.data.deadlines.some((d: { kind: string }) => d.kind === 'merchant_response'));

    const merchantStaff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const seen = await call(merchantStaff, 'GET', `/cases/${filed.data.id}`);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.equal(seen.data.purchase.verified, true);
    assert.equal(seen.data.purchase.amountMinor, 12_800);
  });

  test('every bad token is a 400 with its own code, and nothing is stored', async () => {
    const before = await countCases();
    const good = await signReceipt(key, claims());
    const [h, p, s] = good.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), amt: 999_999 }),
    ).toString('base64url');
    const other = await generateReceiptKey('EdDSA', 'k1'); // same kid, different key
    const es = await generateReceiptKey('ES256', 'nobody');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const cases: [string, string, string][] = [
      ['tampered payload', `${h}.${forged}.${s}`, 'RECEIPT_INVALID'],
      ['signed by another key', await signReceipt(other, claims()), 'RECEIPT_INVALID'],
      ['unknown kid', await signReceipt(es, claims()), 'RECEIPT_KEY_UNKNOWN'],
      ['alg none', `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims())}.`, 'RECEIPT_INVALID'],
      [
        'alg none, with a signature part',
        `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims())}.AAAA`,
        'RECEIPT_ALG_NOT_ALLOWED',
      ],
      ['HS256', `${b64({ alg: 'HS256', kid: 'k1' })}.${b64(claims())}.c2lnbmF0dXJl`, 'RECEIPT_ALG_NOT_ALLOWED'],
      [
        'expired',
        await signReceipt(key, claims({ exp: Math.floor(ctx.clock.now().getTime() / 1000) - 60 })),
        'RECEIPT_EXPIRED',
      ],
      [
        'older than the limitation period',
        await signReceipt(key, claims({ paid: Math.floor((ctx.clock.now().getTime() - 4 * 365 * DAY) / 1000) })),
        'RECEIPT_EXPIRED',
      ],
      [
        'paid in the future',
        await signReceipt(key, claims({ paid: Math.floor((ctx.clock.now().getTime() + HOUR) / 1000) })),
        'RECEIPT_NOT_YET_VALID',
      ],
      ['malformed', 'not-a-token', 'RECEIPT_INVALID'],
      ['not JSON inside', `${h}.${Buffer.from('hello').toString('base64url')}.${s}`, 'RECEIPT_INVALID'],
      ['oversized', `${h}.${'A'.repeat(3000)}.${s}`, 'RECEIPT_TOO_LARGE'],
      ['a phone number as the payer', await signReceipt(key, claims({ sub: '13812345678' })), 'RECEIPT_INVALID'],
      ['typed as something else', await signReceipt(key, claims(), { typ: 'JWT' }), 'RECEIPT_INVALID'],
      ['a claim the format does not have', await signReceipt(key, claims({ admin: true })), 'RECEIPT_INVALID'],
    ];
    for (const [what, receipt, code] of cases) {
      const r = await call(null, 'POST', '/cases', { receipt, ...complaint });
      assert.equal(r.statusCode, 400, `${what}: ${r.body}`);
      assert.equal(r.data.error.code, code, what);
      assert.ok(r.data.error.message, `${what}: a human message`);
      const v = await call(null, 'POST', '/receipts/verify', { receipt });
      assert.equal(v.data.error.code, code, `${what} (preview)`);
    }
    assert.equal(await countCases(), before, 'no refused receipt left a case');
  });

  test('the same receipt filed again by the same payer returns the open case, with a token that works', async () => {
    const receipt = await signReceipt(key, claims());
    const first = await call(null, 'POST', '/cases', { receipt, ...complaint });
    assert.equal(first.statusCode, 201, first.body);
    const again = await call(null, 'POST', '/cases', {
      receipt,
      description: '再次投诉：还是没人理我',
      demands: ['refund'],
    });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.data.existing, true);
    assert.equal(again.data.id, first.data.id);
    assert.notEqual(again.data.accessToken, first.data.accessToken);
    for (const token of [first.data.accessToken, again.data.accessToken]) {
      const r = await ctx.request({
        method: 'GET',
        url: `/api/v1/cases/${first.data.id}`,
        headers: { 'x-case-token': token },
      });
      assert.equal(r.statusCode, 200, r.body);
    }
    // Many filings of one receipt at once still make one case.
    const burst = await signReceipt(key, claims());
    const all = await Promise.all(
      Array.from({ length: 8 }, () => call(null, 'POST', '/cases', { receipt: burst, ...complaint })),
    );
    assert.equal(new Set(all.map((r) => r.data.id)).size, 1);
    assert.deepEqual(all.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
  });

  test('an Idempotency-Key makes a retry safe, and refuses the key for a different request', async () => {
    const body = { merchant: { storeId: city.merchant.storeId }, ...complaint };
    const headers = { 'idempotency-key': 'retry-0001-abcdef' };
    const a = await call(null, 'POST', '/cases', body, headers);
    const b = await call(null, 'POST', '/cases', body, headers);
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(b.statusCode, 200, b.body);
    assert.equal(b.data.id, a.data.id);
    const c = await call(null, 'POST', '/cases', { ...body, description: '另一件事情，完全不同' }, headers);
    assert.equal(c.statusCode, 422, c.body);
    assert.equal(c.data.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const bad = await call(null, 'POST', '/cases', body, { 'idempotency-key': 'short' });
    assert.equal(bad.statusCode, 400);
  });

  test('a receipt whose mid nobody holds becomes a case in the regulator’s identification queue', async () => {
    const receipt = await signReceipt(key, claims({ mid: 'MID-UNKNOWN-9' }));
    const filed = await call(null, 'POST', '/cases', { receipt, region: city.region.code, ...complaint });
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.data.status, 'filed');
    assert.equal(filed.data.deadlines.length, 0, 'no merchant, no merchant deadline yet');
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    const queue = await call(regulator, 'GET', '/cases?status=filed');
    assert.ok(
      queue.data.items.some((c: { id: string }) => c.id === filed.data.id),
      'the regulator sees it',
    );
    const named = await call(regulator, 'POST', `/cases/${filed.data.id}/identify-merchant`, {
      merchantId: city.other.id,
    });
    assert.equal(named.statusCode, 200, named.body);
    assert.equal(named.data.status, 'awaiting_response');
  });

  test('key rotation: a new key signs, a retired key still vouches for earlier payments, a revoked one for none', async () => {
    const k2 = await generateReceiptKey('ES256', 'k2');
    const added = await call(apiKey, 'POST', `/institutions/${institutionId}/keys`, { jwk: k2.publicJwk });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.data.alg, 'ES256');
    const earlier = claims({ paid: Math.floor((ctx.clock.now().getTime() - HOUR) / 1000) });
    const retired = await call(apiKey, 'POST', `/institutions/${institutionId}/keys/k1/retire`, {});
    assert.equal(retired.data.status, 'retired');
    ctx.clock.advance(HOUR);
    const ok = async (receipt: string) => (await call(null, 'POST', '/receipts/verify', { receipt })).statusCode;
    assert.equal(await ok(await signReceipt(k2, claims())), 200, 'the new key');
    assert.equal(await ok(await signReceipt(key, earlier)), 200, 'the retired key, for a payment before retirement');
    const late = await call(null, 'POST', '/receipts/verify', { receipt: await signReceipt(key, claims()) });
    assert.equal(late.data.error.code, 'RECEIPT_KEY_UNKNOWN', 'the retired key, for a later payment');
    await call(apiKey, 'POST', `/institutions/${institutionId}/keys/k1/retire`, { revoke: true });
    const revoked = await call(null, 'POST', '/receipts/verify', { receipt: await signReceipt(key, earlier) });
    assert.equal(revoked.data.error.code, 'RECEIPT_KEY_UNKNOWN', 'revoked: nothing verifies');
    const jwks = await call(null, 'GET', `/institutions/${institutionId}/jwks`);
    assert.deepEqual(
      jwks.data.keys.map((k: { kid: string; status: string }) => [k.kid, k.status]),
      [
        ['k1', 'revoked'],
        ['k2', 'active'],
      ],
    );
    key = k2;
  });

  test('registering keys: the public part only, for one’s own institution only', async () => {
    const k = await generateReceiptKey('EdDSA', 'k9');
    const priv = await call(apiKey, 'POST', `/institutions/${institutionId}/keys`, { jwk: k.privateJwk });
    assert.equal(priv.statusCode, 400);
    assert.match(priv.data.error.details.reason, /private/);
    const other = await call(admin, 'POST', '/institutions', { name: '别家支付', kind: 'payment' });
    const denied = await call(apiKey, 'POST', `/institutions/${other.data.id}/keys`, { jwk: k.publicJwk });
    assert.equal(denied.statusCode, 403);
    const anonymous = await call(null, 'POST', `/institutions/${institutionId}/keys`, { jwk: k.publicJwk });
    assert.equal(anonymous.statusCode, 401);
    const dup = await call(apiKey, 'POST', `/institutions/${institutionId}/keys`, { jwk: k.publicJwk, kid: 'k2' });
    assert.equal(dup.statusCode, 409);
  });

  test('a merchant that changed payment provider still receives complaints from old receipts', async () => {
    const oldPaid = Math.floor((ctx.clock.now().getTime() - HOUR) / 1000);
    const oldReceipt = await signReceipt(key, claims({ mid: 'MID-001', paid: oldPaid }));
    ctx.clock.advance(DAY);
    // The mid moves to another merchant (the old one switched provider); the new provider's mid is the old merchant's.
    const moved = await call(admin, 'POST', `/merchants/${city.other.id}/payment-accounts`, {
      institutionId,
      mid: 'MID-001',
    });
    assert.equal(moved.statusCode, 201, moved.body);
    const newInst = await call(admin, 'POST', '/institutions', { name: '新支付', kind: 'payment' });
    await call(admin, 'POST', `/merchants/${city.merchant.id}/payment-accounts`, {
      institutionId: newInst.data.id,
      mid: 'NEW-77',
    });

    const filed = await call(null, 'POST', '/cases', { receipt: oldReceipt, ...complaint });
    assert.equal(filed.statusCode, 201, filed.body);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    assert.equal(
      (await call(staff, 'GET', `/cases/${filed.data.id}`)).statusCode,
      200,
      'the merchant that took the money gets it',
    );
    ctx.clock.advance(2 * HOUR);
    const newReceipt = await signReceipt(key, claims({ mid: 'MID-001' }));
    const toNew = await call(null, 'POST', '/cases', { receipt: newReceipt, ...complaint });
    const otherStaff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.other.id,
    });
    assert.equal(
      (await call(otherStaff, 'GET', `/cases/${toNew.data.id}`)).statusCode,
      200,
      'a later payment goes to the new holder',
    );
  });

  test('pushed transactions: idempotent, and their printed short code files a verified case', async () => {
    const paidAt = new Date(ctx.clock.now().getTime() - HOUR).toISOString();
    const body = {
      transactions: [
        { txn: 'P-1', mid: 'MID-001', amountMinor: 5_000, currency: 'CNY', paidAt, payer: 'payer-abcdef12' },
      ],
    };
    const first = await call(apiKey, 'POST', '/transactions', body);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.data.items[0].created, true);
    assert.match(first.data.items[0].shortCode, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const again = await call(apiKey, 'POST', '/transactions', body);
    assert.equal(again.data.items[0].created, false);
    assert.equal(again.data.items[0].shortCode, first.data.items[0].shortCode, 'the same code for the same payment');
    assert.equal((await call(admin, 'POST', '/transactions', body)).statusCode, 403, 'only an institution pushes');

    const code = first.data.items[0].shortCode.toLowerCase(); // as typed on a phone
    const filed = await call(null, 'POST', '/cases', { shortCode: code, ...complaint });
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.data.purchase.amountMinor, 5_000);
    const missing = await call(null, 'POST', '/cases', { shortCode: '00000-00000', ...complaint });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.data.error.code, 'SHORT_CODE_NOT_FOUND');
    const both = await call(null, 'POST', '/cases', {
      shortCode: code,
      merchant: { storeId: city.merchant.storeId },
      ...complaint,
    });
    assert.equal(both.statusCode, 400, 'one proof at a time');
  });

  test('a settled refund is instructed to the institution, signed, retried until acknowledged, and its confirmation fulfils the case', async () => {
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let failFirst = 1;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = failFirst-- > 0 ? 503 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/refunds`;
      const hook = await call(apiKey, 'PUT', `/institutions/${institutionId}/webhook`, { url });
      assert.equal(hook.statusCode, 200, hook.body);
      const secret = hook.data.secret as string;

      const filed = await call(null, 'POST', '/cases', {
        receipt: await signReceipt(key, claims({ amt: 9_900 })),
        ...complaint,
      });
      const token = { 'x-case-token': filed.data.accessToken };
      const staff = await signedInStaff(ctx, {
        role: 'merchant_staff',
        regionId: city.region.id,
        merchantId: city.other.id, // MID-001 belongs to the second merchant since the provider test above
      });
      const offer = await call(staff, 'POST', `/cases/${filed.data.id}/offers`, {
        terms: [{ kind: 'refund', amountMinor: 9_900 }],
      });
      assert.equal(offer.statusCode, 200, offer.body);
      const offerId = offer.data.offers.at(-1).id;
      const accepted = await call(null, 'POST', `/cases/${filed.data.id}/offers/${offerId}/accept`, {}, token);
      assert.equal(accepted.data.status, 'settled', accepted.body);

      await runJobsOnce(ctx.deps);
      assert.equal(received.length, 1, 'sent at once');
      ctx.clock.advance(2 * 60_000);
      await runJobsOnce(ctx.deps);
      assert.equal(received.length, 2, 'retried after a failure');
      const last = received[1]!;
      assert.ok(
        verifyWebhookSignature(secret, last.headers['x-hejie-signature'] as string, last.body, ctx.clock.now()),
      );
      const instruction = JSON.parse(last.body);
      assert.equal(instruction.type, 'refund.instruction');
      assert.equal(instruction.data.amountMinor, 9_900);
      assert.match(instruction.data.txn, /^T\d+$/, 'the institution’s own transaction id');
      assert.equal(last.headers['x-hejie-delivery'], instruction.data.refundId, 'the same id on every retry');
      ctx.clock.advance(10 * 60_000);
      await runJobsOnce(ctx.deps);
      assert.equal(received.length, 2, 'acknowledged: not sent again before the reminder');

      const stranger = await call(admin, 'POST', '/institutions', { name: '无关机构', kind: 'payment' });
      const strangerKey = (await call(admin, 'POST', `/institutions/${stranger.data.id}/api-keys`, {})).data.key;
      const refundId = instruction.data.refundId as string;
      assert.equal((await call(strangerKey, 'POST', `/refunds/${refundId}/confirm`, {})).statusCode, 403);
      const confirmed = await call(apiKey, 'POST', `/refunds/${refundId}/confirm`, { institutionRef: 'RF-001' });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal(confirmed.data.status, 'confirmed');
      const again = await call(apiKey, 'POST', `/refunds/${refundId}/confirm`, {});
      assert.equal(again.statusCode, 200, 'idempotent');
      const c = await call(null, 'GET', `/cases/${filed.data.id}`, undefined, token);
      assert.equal(c.data.status, 'fulfilled', 'money back through the payment was all that was agreed');
      ctx.clock.advance(2 * DAY);
      await runJobsOnce(ctx.deps);
      assert.equal(received.length, 2, 'a confirmed refund is never sent again');
    } finally {
      server.close();
    }
  });

  test('an institution files for its user by transaction id: pushed, or pulled on demand from its look-up endpoint', async () => {
    const asked: { txn: string | null; signature: string | undefined }[] = [];
    const paidAt = new Date(ctx.clock.now().getTime() - HOUR).toISOString();
    const server = createServer((req, res) => {
      const txn = new URL(req.url ?? '/', 'http://x').searchParams.get('txn');
      asked.push({ txn, signature: req.headers['x-hejie-signature'] as string | undefined });
      if (txn !== 'PULL-1') {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ txn, mid: 'MID-001', amountMinor: 6_600, currency: 'CNY', paidAt, payer: 'payer-pulled-01' }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const hook = await call(apiKey, 'PUT', `/institutions/${institutionId}/webhook`, {
        url: `${base}/refunds`,
        lookupUrl: `${base}/lookup`,
      });
      assert.equal(hook.statusCode, 200, hook.body);
      const filed = await call(apiKey, 'POST', '/cases', { transaction: { txn: 'PULL-1' }, ...complaint });
      assert.equal(filed.statusCode, 201, filed.body);
      assert.equal(filed.data.purchase.amountMinor, 6_600);
      assert.equal(asked.length, 1);
      assert.ok(
        verifyWebhookSignature(hook.data.secret, asked[0]!.signature, 'PULL-1', ctx.clock.now()),
        'the pull is signed',
      );
      // Pulled once, kept: filing it again asks nobody and finds the open case.
      const again = await call(apiKey, 'POST', '/cases', { transaction: { txn: 'PULL-1' }, ...complaint });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.data.id, filed.data.id);
      assert.equal(asked.length, 1);
      const unknown = await call(apiKey, 'POST', '/cases', { transaction: { txn: 'NOPE' }, ...complaint });
      assert.equal(unknown.statusCode, 404, unknown.body);
      const consumer = await call(null, 'POST', '/cases', { transaction: { txn: 'PULL-1' }, ...complaint });
      assert.equal(consumer.statusCode, 401, 'only the institution vouches by transaction id');
    } finally {
      server.close();
    }
  });

  test('a mid registered today can be back-dated when nobody held it, so earlier receipts reach the merchant', async () => {
    const paid = Math.floor((ctx.clock.now().getTime() - 10 * DAY) / 1000);
    const early = await signReceipt(key, claims({ mid: 'LATE-REG-1', paid }));
    const since = new Date(ctx.clock.now().getTime() - 30 * DAY).toISOString();
    const reg = await call(admin, 'POST', `/merchants/${city.merchant.id}/payment-accounts`, {
      institutionId,
      mid: 'LATE-REG-1',
      since,
    });
    assert.equal(reg.statusCode, 201, reg.body);
    const preview = await call(null, 'POST', '/receipts/verify', { receipt: early });
    assert.equal(preview.data.merchant?.id, city.merchant.id, 'a payment before the registration reaches the merchant');
    const over = await call(admin, 'POST', `/merchants/${city.other.id}/payment-accounts`, {
      institutionId,
      mid: 'LATE-REG-1',
      since,
    });
    assert.equal(over.statusCode, 409, 'a held mid cannot be back-dated over its history');
  });
});
