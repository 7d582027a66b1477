// A consumer who complained on one phone signs in there with an SMS code (the case joins their account), then
// on another phone finds it in "my cases"; the merchant has asked them a question (the deadlines pause), which
// they answer from the case page.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORDS } from '../../src/modules/demo/hangzhou.js';
import { call, type DemoShop, demoShopsWithLogins } from './support/api.js';
import { desktop, phone, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();
let shop: DemoShop & { login: string };

/** The chat's send button (the page has other forms). */
const chatSend = (page: Page) =>
  page
    .locator('form')
    .filter({ has: page.getByLabel('输入消息…') })
    .getByRole('button', { name: /发\s*送/ });

before(async () => {
  const shops = await demoShopsWithLogins(e2e.base);
  shop = shops.find((s) => s.industry === 'restaurant') ?? shops.at(-1)!;
});

test('sign in with the phone on another device, see the case, answer the merchant’s question', async () => {
  const mobile = '13800138123';
  const pay = await call<{ token: string }>(e2e.base, 'POST', '/demo/pay', {
    mid: shop.mid,
    amountMinor: 8800,
    items: [{ name: '套餐', qty: 1 }],
  });
  assert.equal(pay.status, 201);
  const filed = await call<{ id: string; number: string; accessToken: string }>(e2e.base, 'POST', '/cases', {
    receipt: pay.data.token,
    description: '点的套餐里的鱼是变质的，吃了以后肚子疼，要求退款并赔偿。',
    demands: ['refund'],
    phone: mobile,
  });
  assert.equal(filed.status, 201, JSON.stringify(filed.data));
  const { id: caseId, number, accessToken } = filed.data;

  // The merchant asks the consumer when they ate it: a question, which pauses the deadlines.
  const merchant = await desktop(e2e.browser, e2e.base);
  const mp = await merchant.newPage();
  // The server is still busy with the demo data's background jobs when the first journeys run on a slow machine.
  mp.setDefaultTimeout(60_000);
  await signInTo(mp, '/m', shop.login, DEMO_PASSWORDS.merchant);
  await mp.goto(`/m/cases/${caseId}`);
  await mp
    .getByTestId('case-status')
    .or(mp.getByTestId('case-forbidden'))
    .waitFor()
    .catch(async (e) => {
      throw new Error(`merchant case page: ${((await mp.locator('body').textContent()) ?? '').slice(0, 400)}`, {
        cause: e,
      });
    });
  assert.equal(await mp.getByTestId('case-forbidden').count(), 0, `${shop.name} sees the case filed at its mid`);
  await mp.getByLabel('输入消息…').fill('请问您是几点用餐的？还保留剩下的饭菜吗？');
  await mp.getByTestId('ask-consumer').click();
  await chatSend(mp).click();
  await mp.getByTestId('open-question').waitFor();
  await shot(mp, '30-merchant-asks-consumer');

  /** Signs in on `page` at /c with the code the local SMS adapter sent. */
  const signIn = async (page: Page) => {
    await page.goto('/c');
    await page.getByTestId('phone').fill(mobile);
    await page.getByTestId('send-code').click();
    await page.getByTestId('code-sent').waitFor();
    const sms = await call<{ items: { text: string }[] }>(e2e.base, 'GET', `/test/sms?phone=${mobile}`);
    const code = /\d{6}/.exec(sms.data.items.at(-1)?.text ?? '')?.[0];
    assert.ok(code, 'the local SMS adapter sent a code');
    await page.getByTestId('otp-code').fill(code);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('account-cases').getByText(number, { exact: false }).waitFor();
  };

  // The phone that filed (it keeps the case's link) signs in: the case joins the account.
  const filer = await phone(e2e.browser, e2e.base);
  const fp = await filer.newPage();
  fp.setDefaultTimeout(60_000);
  await fp.goto(`/c/${caseId}#${accessToken}`);
  await fp.getByTestId('case-status').waitFor();
  await signIn(fp);
  await filer.close();

  // Another phone: no saved cases, no case link. One code a minute per phone, so the clock moves on first.
  await call(e2e.base, 'POST', '/test/clock', { advanceMs: 61_000 });
  const device = await phone(e2e.browser, e2e.base);
  const cp = await device.newPage();
  cp.setDefaultTimeout(60_000);
  const errors = watchErrors(cp);
  await signIn(cp);
  await shot(cp, '31-consumer-signed-in-my-cases');

  // The case opens on the session alone, shows the open question, and the answer resumes the deadlines.
  await cp.getByTestId('account-cases').getByRole('link').first().click();
  await cp.waitForURL(new RegExp(`/c/${caseId}$`));
  await cp.getByTestId('open-question').waitFor();
  await shot(cp, '32-consumer-question');
  await cp.getByLabel('输入消息…').fill('晚上七点左右吃的，剩下的饭菜还留着，可以拍照。');
  await chatSend(cp).click();
  await cp.getByTestId('open-question').waitFor({ state: 'detached' });
  assert.deepEqual(
    errors.filter((e) => !e.includes('401')),
    [],
  );
  await device.close();
  await merchant.close();
});
