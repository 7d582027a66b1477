// The consumer pages a payment leads to, through HTTP on a real database: the receipt link /r/<token>, the filing
// page from a printed short code, the AI mediator's live reading on it, and the demo site's "pay at a shop".
// The pages' scripts run in browsers only; here we check what the server renders and that the API calls the
// scripts make (with the bodies they send) answer as the scripts expect.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createDemoReceiptKey } from '../src/modules/demo/index.js';
import { generateReceiptKey, type ReceiptKeyPair, signReceipt } from '../src/modules/payments/index.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

const PUBLIC_URL = 'https://hejie.example.cn';
const HOUR = 3_600_000;
const complaint = { description: '买的牛奶已经过了保质期三天，喝了以后肚子疼', demands: ['refund'] };

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
let institutionId: string;
let apiKey: string;
let key: ReceiptKeyPair;

const get = (url: string) => ctx.request({ method: 'GET', url });
const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.request({ method: 'POST', url, payload, headers });
/** The JSON the page boots from (<script type="application/json" id="boot">). */
function boot(html: string) {
  const m = /<script type="application\/json" id="boot">(.*?)<\/script>/s.exec(html);
  assert.ok(m, 'a boot block');
  return JSON.parse(m[1]!);
}

before(async () => {
  ctx = await startTestApp({ env: { PUBLIC_URL } });
  city = await cityWithLadder(ctx);
  const admin = await signedInStaff(ctx, { role: 'platform_admin' });
  const inst = await post('/api/v1/institutions', { name: '测试支付', kind: 'payment' }, { cookie: admin.cookie });
  assert.equal(inst.statusCode, 201, inst.body);
  institutionId = inst.data.id;
  apiKey = (await post(`/api/v1/institutions/${institutionId}/api-keys`, { label: 't' }, { cookie: admin.cookie })).data
    .key;
  key = await generateReceiptKey('EdDSA', 'k1');
  const auth = { authorization: `Bearer ${apiKey}` };
  assert.equal(
    (await post(`/api/v1/institutions/${institutionId}/keys`, { jwk: key.publicJwk }, auth)).statusCode,
    201,
  );
  const acct = await post(
    `/api/v1/merchants/${city.merchant.id}/payment-accounts`,
    { institutionId, mid: 'MID-001' },
    { cookie: admin.cookie },
  );
  assert.equal(acct.statusCode, 201, acct.body);
  ctx.clock.advance(48 * HOUR); // payments below are made after the mid was registered
});
after(async () => {
  await ctx.close();
});

describe('the receipt link /r/<token>', () => {
  test('opens the filing page pre-filled from the receipt; a damaged link gets the friendly error page', async () => {
    const token = await signReceipt(key, {
      iss: institutionId,
      txn: 'T-R1',
      mid: 'MID-001',
      amt: 3_200,
      cur: 'CNY',
      paid: Math.floor((ctx.clock.now().getTime() - HOUR) / 1000),
      sub: 'payer-1a2b3c4d',
    });
    assert.ok(token.length > 100, 'longer than a Fastify path parameter may be');
    const r = await get(`/r/${token}`);
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(String(r.headers['content-security-policy']), /script-src 'nonce-[^']+'/);
    assert.deepEqual(boot(r.body).target, { kind: 'receipt', receipt: token });
    assert.ok(r.body.includes('正在核验小票'));
    assert.equal(r.body, (await get(`/file?receipt=${token}`)).body.replace(/nonce="[^"]+"/, nonceOf(r.body)));

    // What the page's script asks, and files.
    const v = await post('/api/v1/receipts/verify', { receipt: token });
    assert.equal(v.statusCode, 200, v.body);
    assert.equal(v.data.amountMinor, 3_200);
    const filed = await post('/api/v1/cases', { receipt: token, ...complaint }, { 'idempotency-key': randomUUID() });
    assert.equal(filed.statusCode, 201, filed.body);

    for (const bad of ['/r/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/r/abc/def', '/r/']) {
      const e = await get(bad);
      assert.equal(e.statusCode, 400, bad);
      assert.ok(e.body.includes('小票链接不完整或已损坏'), bad);
      assert.doesNotMatch(e.body, /<script>alert/, bad);
    }
    assert.equal((await get('/r')).statusCode, 404);
  });
});

function nonceOf(html: string): string {
  return /nonce="[^"]+"/.exec(html)![0];
}

describe('a printed short code', () => {
  test('/file?code= shows the purchase the code proves, and the case files from it', async () => {
    const paidAt = new Date(ctx.clock.now().getTime() - HOUR).toISOString();
    const pushed = await post(
      '/api/v1/transactions',
      {
        transactions: [{ txn: 'P-1', mid: 'MID-001', amountMinor: 5_000, currency: 'CNY', paidAt, payer: 'p-9z8y7x' }],
      },
      { authorization: `Bearer ${apiKey}` },
    );
    assert.equal(pushed.statusCode, 200, pushed.body);
    const printed: string = pushed.data.items[0].shortCode; // XXXXX-XXXXX
    assert.equal(pushed.data.items[0].link, `${PUBLIC_URL}/file?code=${printed.replace('-', '')}`);

    // As typed on a phone: lower case, the dash kept.
    const r = await get(`/file?code=${encodeURIComponent(printed.toLowerCase())}`);
    assert.equal(r.statusCode, 200, r.body);
    const { target } = boot(r.body);
    assert.deepEqual(target, { kind: 'code', code: printed });
    assert.ok(r.body.includes(`正在核验查询码 ${printed}`));
    assert.ok(r.body.includes('<a href="/file">重新输入查询码'), 'a way back when the code is wrong');

    const v = await post('/api/v1/receipts/verify', { shortCode: target.code });
    assert.equal(v.statusCode, 200, v.body);
    assert.equal(v.data.amountMinor, 5_000);
    assert.equal(v.data.merchant.id, city.merchant.id);
    const filed = await post(
      '/api/v1/cases',
      { shortCode: target.code, ...complaint },
      { 'idempotency-key': randomUUID() },
    );
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.data.purchase.amountMinor, 5_000);

    const wrong = await post('/api/v1/receipts/verify', { shortCode: '00000-00000' }, { 'accept-language': 'zh-CN' });
    assert.equal(wrong.statusCode, 404, 'the page shows this message and the way back');
    assert.equal(wrong.data.error.code, 'SHORT_CODE_NOT_FOUND');
  });

  test('the plain filing page asks for the code; one that cannot be a code is shown again, escaped', async () => {
    let r = await get('/file');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<form method="get" action="\/file">/);
    assert.match(r.body, /<input type="text" name="code"/);
    assert.ok(r.body.includes('输入小票上的查询码 / enter the code on your receipt'));
    assert.ok(r.body.includes('<footer><a href="/demo/pay">'));

    r = await get(`/file?code=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    assert.equal(r.statusCode, 400);
    assert.ok(r.body.includes('查询码只含字母和数字'));
    assert.ok(r.body.includes('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"'));
    assert.doesNotMatch(r.body, /<img src=x/);
    assert.equal((await get('/file?code=')).statusCode, 400);
  });
});

describe("the AI mediator's reading on the filing page", () => {
  test('the page asks with the text and the facts a receipt proved, and gets everything it shows', async () => {
    const { FILE_PAGE_SCRIPT } = await import('../src/modules/public/pages/file-page.client.js');
    assert.ok(FILE_PAGE_SCRIPT.includes("'/api/v1/mediator/analyze'"));
    assert.match(
      (await get('/file?receipt=abc.def.ghi')).body,
      /<div id="reading" class="reading" aria-live="polite" hidden>/,
    );

    // The facts the script sends: amountMinor, currency and paidAt exactly as receipts/verify answered them.
    const token = await signReceipt(key, {
      iss: institutionId,
      txn: 'T-M1',
      mid: 'MID-001',
      amt: 2_500,
      cur: 'CNY',
      paid: Math.floor((ctx.clock.now().getTime() - HOUR) / 1000),
      sub: 'payer-5e6f7a8b',
    });
    const p = (await post('/api/v1/receipts/verify', { receipt: token })).data;
    const a = await post('/api/v1/mediator/analyze', {
      text: '在超市买的牛奶过期了，已经过了保质期三天，要求退一赔十',
      facts: { amountMinor: p.amountMinor, currency: p.currency, paidAt: p.paidAt },
    });
    assert.equal(a.statusCode, 200, a.body);
    assert.ok(a.data.categoryName.zh);
    assert.ok(a.data.explanation.zh);
    assert.ok(a.data.articles.length > 0 && a.data.articles[0].lawTitle && a.data.articles[0].no);
    assert.ok(a.data.settlement.summary.zh);
    assert.ok(a.body.includes('¥25.00'), 'the amount from the receipt is used');
    assert.ok(a.data.missing.every((m: { question: { zh: string } }) => m.question.zh));
  });
});

describe('the demo "pay at a shop" page', () => {
  test('without a demo institution the page says the demo is not set up', async () => {
    const r = await get('/demo/pay');
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/html/);
    assert.ok(r.body.includes('演示尚未开通'));
    assert.ok(r.body.includes('if (r.status === 404) return unavailable();'));
    const shops = await get('/api/v1/demo/shops');
    assert.equal(shops.statusCode, 404, 'what the page keys on');
  });

  test('with one: shops, a payment, and the receipt it prints leads to the pre-filled filing page', async () => {
    await createDemoReceiptKey(ctx.deps, institutionId);
    const r = await get('/demo/pay');
    assert.equal(r.statusCode, 200);
    assert.ok(r.body.includes('<select id="shop"'));
    assert.match(String(r.headers['content-security-policy']), /img-src 'self' data:/, 'the QR code as a data: URL');
    assert.ok(r.body.includes('扫码或点此投诉'));

    const shops = await get('/api/v1/demo/shops');
    assert.equal(shops.statusCode, 200, shops.body);
    const shop = shops.data.items.find((s: { mid: string }) => s.mid === 'MID-001');
    assert.ok(shop, 'the institution’s merchant is a demo shop');
    const paid = await post('/api/v1/demo/pay', {
      mid: shop.mid,
      amountMinor: 2_580,
      items: [{ name: '拿铁', qty: 1 }],
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.match(paid.data.qrSvg, /^<svg/);
    assert.ok(paid.data.link.startsWith(`${PUBLIC_URL}/r/`));

    const page = await get(paid.data.link.slice(PUBLIC_URL.length));
    assert.equal(page.statusCode, 200, page.body);
    assert.deepEqual(boot(page.body).target, { kind: 'receipt', receipt: paid.data.token });
    const byCode = await get(`/file?code=${paid.data.shortCode}`);
    assert.equal(byCode.statusCode, 200);
    const v = await post('/api/v1/receipts/verify', { shortCode: boot(byCode.body).target.code });
    assert.equal(v.data.amountMinor, 2_580);
    assert.deepEqual(v.data.items, [{ name: '拿铁', qty: 1 }]);
  });
});

test('the demo page turns yuan as typed into fen exactly (0.29 yuan is 29 fen, not 28.999…)', async () => {
  const { DEMO_PAY_SCRIPT } = await import('../src/modules/public/pages/demo-pay-page.client.js');
  const src = /function toFen\(input\) \{.*?\n {2}\}\n/s.exec(DEMO_PAY_SCRIPT);
  assert.ok(src, 'toFen in the script');
  const toFen = new Function(`${src[0]}return toFen;`)() as (s: string) => number | null;
  const cases: [string, number | null][] = [
    ['0.29', 29],
    ['1.1', 110],
    ['19.99', 1999],
    ['25.', 2500],
    ['.5', 50],
    ['２5.8', 2580],
    ['¥1,280.00', 128_000],
    ['3。5', 350],
    ['999999.99', 99_999_999],
    ['1.234', null],
    ['-1', null],
    ['1e3', null],
    ['', null],
  ];
  for (const [typed, fen] of cases) assert.equal(toFen(typed), fen, typed);
});

test('the pages stay out of the OpenAPI document', async () => {
  const paths = Object.keys((await get('/api/v1/openapi.json')).data.paths);
  assert.ok(paths.includes('/api/v1/demo/pay'), 'the API is in it');
  assert.ok(!paths.some((p) => p.startsWith('/r/') || p === '/demo/pay' || p === '/file'));
});

test('the pages’ scripts parse (they are shipped as strings, so the compiler never sees them)', async () => {
  const { FILE_PAGE_SCRIPT } = await import('../src/modules/public/pages/file-page.client.js');
  const { DEMO_PAY_SCRIPT } = await import('../src/modules/public/pages/demo-pay-page.client.js');
  for (const script of [FILE_PAGE_SCRIPT, DEMO_PAY_SCRIPT]) {
    assert.doesNotThrow(() => new Function(script));
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  }
});
