// Browser journeys through the web app on a real server (npm run test:e2e starts it and sets E2E_BASE_URL).
// A consumer on a phone files from a receipt and follows the case; the merchant signs in, makes an offer;
// the consumer accepts; both confirm fulfilment; the consumer rates and the case is closed. Also: another
// merchant cannot open the case by its URL.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORDS } from '../../src/modules/demo/hangzhou.js';
import { call, type DemoShop, demoShopsWithLogins } from './support/api.js';
import { desktop, phone, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();
let shop: DemoShop & { login: string };
let other: DemoShop & { login: string };
const shared: { caseId?: string; caseNumber?: string } = {};

before(async () => {
  const shops = await demoShopsWithLogins(e2e.base);
  assert.ok(shops.length >= 2, 'the demo has shops with staff');
  shop = shops.find((s) => s.industry === 'electronics') ?? shops[0]!;
  other = shops.find((s) => s.merchantId !== shop.merchantId)!;
});

/** Reloads until `ready` holds (the other side's move, or the mediator's reading, arrives). */
async function reloadUntil(page: Page, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting on ${page.url()}`);
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForLoadState('networkidle').catch(() => undefined);
  }
}

async function status(page: Page): Promise<string | null> {
  return page.getByTestId('case-status').getAttribute('data-status');
}

async function confirmModal(page: Page): Promise<void> {
  await page.getByTestId('confirm-ok').filter({ visible: true }).click();
}

test('receipt → filing with the mediator reading → offer → accept → fulfilment → rated and closed', async () => {
  const pay = await call<{ token: string }>(e2e.base, 'POST', '/demo/pay', {
    mid: shop.mid,
    amountMinor: 29900,
    items: [{ name: '蓝牙耳机', qty: 1 }],
  });
  assert.equal(pay.status, 201, 'paid at the demo shop');

  // The consumer, on a phone, opens the receipt's filing page.
  const consumer = await phone(e2e.browser, e2e.base);
  const cp = await consumer.newPage();
  const consumerErrors = watchErrors(cp);
  await cp.goto(`/c/file?receipt=${encodeURIComponent(pay.data.token)}`);
  await cp.getByTestId('purchase').getByText(shop.name).waitFor();
  await cp.locator('#description').fill('买的蓝牙耳机用了三天左边耳机就没有声音了，商家不给换，要求退货退款。');
  await cp.getByTestId('analysis').waitFor({ timeout: 30_000 });
  assert.ok(
    ((await cp.getByTestId('analysis-category').textContent()) ?? '').trim().length > 0,
    'the reading names a category',
  );
  assert.ok((await cp.getByTestId('articles').locator('details').count()) > 0, 'the reading cites the law');
  assert.ok(
    await cp.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1'),
    'nothing wider than a 360 px phone',
  );
  await shot(cp, '01-consumer-filing');
  if ((await cp.locator('.ant-checkbox-wrapper-checked').count()) === 0) {
    await cp.locator('.ant-checkbox-wrapper').first().click();
  }
  await cp.getByTestId('file-submit').click();
  await cp.waitForURL(/\/c\/[0-9a-f-]{36}#/);
  const caseId = new URL(cp.url()).pathname.split('/')[2]!;
  shared.caseId = caseId;
  await cp.getByTestId('case-status').waitFor();
  const caseNumber = ((await cp.getByTestId('case-number').textContent()) ?? '').trim();
  shared.caseNumber = caseNumber;
  assert.equal(await status(cp), 'awaiting_response');
  assert.match((await cp.getByTestId('countdown').first().textContent()) ?? '', /剩余/);
  await shot(cp, '02-consumer-case-filed');

  // "My cases" lists it on this device, without any sign-in.
  await cp.goto('/c');
  await cp.getByText(caseNumber).waitFor();
  await shot(cp, '03-consumer-my-cases');

  // The merchant signs in, finds the case in the inbox, and makes the suggested offer.
  const merchant = await desktop(e2e.browser, e2e.base);
  const mp = await merchant.newPage();
  const merchantErrors = watchErrors(mp);
  await signInTo(mp, '/m', shop.login, DEMO_PASSWORDS.merchant);
  await mp.getByRole('link', { name: caseNumber }).waitFor();
  await shot(mp, '04-merchant-inbox');
  await mp.getByRole('link', { name: caseNumber }).click();
  await mp.waitForURL(new RegExp(`/m/cases/${caseId}$`));
  await reloadUntil(mp, () => mp.getByTestId('use-suggestion').isVisible());
  await mp.getByTestId('use-suggestion').click();
  await mp.getByTestId('send-offer').click();
  await mp.locator('[data-testid=offer][data-status=open]').waitFor();
  await shot(mp, '05-merchant-case-offer');

  // The consumer sees the offer and accepts it.
  await cp.goto(`/c/${caseId}`);
  await reloadUntil(cp, () => cp.getByTestId('accept-offer').isVisible());
  await shot(cp, '06-consumer-offer');
  await cp.getByTestId('accept-offer').click();
  await confirmModal(cp);
  await cp.locator('[data-testid=case-status][data-status=settled]').waitFor();

  // Both confirm that the settlement was carried out.
  await cp.getByTestId('confirm-fulfilment').click();
  await confirmModal(cp);
  await cp.getByTestId('confirm-fulfilment').waitFor({ state: 'detached' });
  await reloadUntil(mp, () => mp.getByTestId('confirm-fulfilment').isVisible());
  await mp.getByTestId('confirm-fulfilment').click();
  await confirmModal(mp);
  await mp.locator('[data-testid=case-status][data-status=fulfilled]').waitFor();

  // The consumer rates the outcome, which closes the case.
  await reloadUntil(cp, () => cp.getByTestId('rate-box').isVisible());
  await cp.locator('.ant-rate-star').nth(4).click();
  await cp.getByTestId('rate-submit').click();
  await cp.locator('[data-testid=case-status][data-status=closed]').waitFor();
  await shot(cp, '07-consumer-closed');

  // The timeline shows every step, in order.
  const steps = await cp
    .getByTestId('timeline')
    .locator('[data-action]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-action')}>${e.getAttribute('data-to') ?? ''}`));
  const actions = steps.map((s) => s.split('>')[0]);
  assert.equal(actions[0], 'filed', steps.join(' '));
  for (const a of ['make_offer', 'accept_offer', 'confirm_fulfilment'])
    assert.ok(actions.includes(a), `${a} in ${steps}`);
  assert.equal(actions.filter((a) => a === 'confirm_fulfilment').length, 2, steps.join(' '));
  assert.ok(
    actions.indexOf('make_offer') < actions.indexOf('accept_offer') &&
      actions.indexOf('accept_offer') < actions.indexOf('confirm_fulfilment'),
    steps.join(' '),
  );
  assert.equal(steps.at(-1)?.split('>')[1], 'closed', steps.join(' '));

  await mp.reload();
  await mp.locator('[data-testid=case-status][data-status=closed]').waitFor();
  await shot(mp, '08-merchant-closed');
  // "My cases" asks who is signed in; the browser logs the 401 of an anonymous phone. Nothing else may fail.
  assert.deepEqual(
    consumerErrors.filter((e) => !e.includes('401')),
    [],
  );
  assert.deepEqual(
    merchantErrors.filter((e) => !e.includes('401')),
    [],
  );
  await consumer.close();
  await merchant.close();
});

test("a merchant cannot open another merchant's case by its URL", async () => {
  assert.ok(shared.caseId, 'the journey filed a case');
  const ctx = await desktop(e2e.browser, e2e.base);
  const page = await ctx.newPage();
  await signInTo(page, '/m', other.login, DEMO_PASSWORDS.merchant);
  await page.goto(`/m/cases/${shared.caseId}`);
  await page.getByTestId('case-forbidden').waitFor();
  assert.equal(await page.getByText(shared.caseNumber!).count(), 0, 'nothing of the case is shown');
  await shot(page, '09-merchant-other-forbidden');
  // The API behind it says the same to that merchant's session.
  const cookies = await ctx.cookies();
  const session = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const r = await call<{ error: { code: string } }>(e2e.base, 'GET', `/cases/${shared.caseId}`, undefined, {
    cookie: session,
  });
  assert.equal(r.status, 404);
  assert.equal(r.data.error.code, 'CASE_NOT_FOUND');
  await ctx.close();

  // And a phone without the case's link (no token) sees no case either.
  const anon = await phone(e2e.browser, e2e.base);
  const ap = await anon.newPage();
  await ap.goto(`/c/${shared.caseId}`);
  await ap.getByText(/链接不完整/).waitFor();
  await anon.close();
});
