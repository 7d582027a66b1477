// The merchant console's own pages on a real server (npm run test:e2e): a demo merchant's staff member signs in,
// adds a store and gets its printable QR sign (a real PDF) and PNG code, signs an in-store no-reason return
// after reading the wording consumers will see, and opens the merchant's figures with their charts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORDS } from '../../src/modules/demo/hangzhou.js';
import { demoShopsWithLogins } from './support/api.js';
import { desktop, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();

test('a merchant adds a store, downloads its QR sign, signs a commitment and sees its figures', async () => {
  const [shop] = await demoShopsWithLogins(e2e.base);
  assert.ok(shop, 'a demo shop with a staff login');
  const ctx = await desktop(e2e.browser, e2e.base);
  const page = await ctx.newPage();
  const errors = watchErrors(page);

  await signInTo(page, '/m/stores', shop.login, DEMO_PASSWORDS.merchant);
  await page.getByTestId('stores-page').waitFor();
  const before = await page.getByTestId('store-card').count();

  // A new store, with its QR code drawn by the API.
  const name = `E2E 体验店 ${Date.now().toString(36)}`;
  const form = page.getByTestId('add-store');
  await form.getByLabel('门店名称').fill(name);
  await form.getByLabel('门店地址').fill('湖滨路 8 号');
  await form.getByRole('button', { name: '添加门店' }).click();
  const card = page.getByTestId('store-card').filter({ hasText: name });
  await card.waitFor();
  assert.equal(await page.getByTestId('store-card').count(), before + 1);
  const storeId = await card.getAttribute('data-store-id');
  assert.ok(storeId);
  // decode() settles once the image has loaded, and fails for a broken one.
  const qrWidth = await card.locator('img').evaluate((el) => {
    const img = el as unknown as { decode(): Promise<void>; naturalWidth: number };
    return img.decode().then(() => img.naturalWidth);
  });
  assert.ok(qrWidth > 0, 'the QR code image loads');
  assert.match((await card.getByTestId('store-link').textContent()) ?? '', new RegExp(`/s/${storeId}`));
  await card.scrollIntoViewIfNeeded();
  await shot(page, '40-merchant-stores');

  // The printable sign is a PDF; the PNG code downloads.
  const signHref = await card.getByTestId('store-sign').getAttribute('href');
  assert.equal(signHref, `/api/v1/stores/${storeId}/sign.pdf`);
  const pdf = await page.request.get(signHref!);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('store-png').click()]);
  assert.equal(download.suggestedFilename(), `hejie-qr-${storeId}.png`);
  const png = await page.request.get(download.url());
  assert.deepEqual([...(await png.body()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG');

  // A commitment: the wording consumers will read is shown before signing, and again in the confirmation.
  await page.getByRole('link', { name: '承诺' }).click();
  await page.waitForURL(/\/m\/commitments$/);
  await page.getByTestId('commitments-page').waitFor();
  await page.getByTestId('commitment-kind').click();
  await page.getByTitle('线下无理由退货').click();
  await page.getByLabel('无理由退货期限（天）').fill('10');
  await page.getByLabel('不适用的商品').fill('定制商品');
  await page.getByLabel('不适用的商品').press('Enter');
  const wording = '线下无理由退货：10天内，除定制商品外';
  await page.getByTestId('commitment-preview').filter({ hasText: wording }).waitFor();
  await page.getByTestId('sign-commitment').click();
  const dialog = page.getByRole('dialog').filter({ hasText: wording });
  await dialog.waitFor();
  await shot(page, '41-merchant-commitment-confirm');
  await dialog.getByTestId('confirm-ok').click();
  const signed = page.locator('[data-testid=commitment-in-force][data-kind=offline_no_reason_return]');
  await signed.filter({ hasText: '10天内，除定制商品外' }).waitFor();
  await shot(page, '42-merchant-commitments');

  // The merchant's figures: cards and the ECharts charts.
  await page.getByRole('link', { name: '经营数据' }).click();
  await page.waitForURL(/\/m\/figures$/);
  await page.getByTestId('figure-cards').waitFor();
  await page.getByTestId('chart-daily').locator('canvas').waitFor();
  assert.match((await page.getByTestId('figures-range').textContent()) ?? '', /\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}/);
  assert.match((await page.getByTestId('figure-respondedInTime').textContent()) ?? '', /24 小时内答复率/);
  await shot(page, '43-merchant-figures');

  assert.deepEqual(
    errors.filter((e) => !e.includes('401')),
    [],
  );
  await ctx.close();
});
