// The administration console on a real server (npm run test:e2e -- admin): the platform admin signs in, opens
// Hangzhou, adds a district, shortens the merchant response deadline, imports a small CSV of merchants (one row
// with a mistyped credit code is flagged in the preview and not sent) and finds the new merchants in the list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCreditCode } from '../../src/lib/credit-code.js';
import { ADMIN_LOGIN, DEMO_PASSWORDS } from '../../src/modules/demo/hangzhou.js';
import { call } from './support/api.js';
import { desktop, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();

test('the platform admin adds a district, changes a deadline and imports merchants from a CSV', async () => {
  // The settings as they were, to put them back at the end for the other journeys.
  const api = await call(e2e.base, 'POST', '/auth/login', { login: ADMIN_LOGIN, password: DEMO_PASSWORDS.admin });
  const cookie = { cookie: api.cookie ?? '' };
  const original = (
    await call<{ deadlines: Record<string, unknown> }>(e2e.base, 'GET', '/regions/HZ/settings', undefined, cookie)
  ).data;

  const ctx = await desktop(e2e.browser, e2e.base);
  const page = await ctx.newPage();
  const errors = watchErrors(page);

  // Sign in: /admin sends to /login and back.
  await signInTo(page, '/admin', ADMIN_LOGIN, DEMO_PASSWORDS.admin, '/admin/regions');
  await page.getByRole('link', { name: 'HZ', exact: true }).click();
  await page.getByTestId('region-title').filter({ hasText: '杭州' }).waitFor();

  // A district (its code unique to this run, so the journey can run again on the same server).
  const stamp = Date.now().toString(36).slice(-5).toUpperCase();
  const districtName = `测试新区${stamp}`;
  await page.locator('#district-code').fill(`T${stamp}`);
  await page.locator('#district-name').fill(districtName);
  await page.getByTestId('add-district').click();
  await page.getByTestId('districts').getByText(districtName).waitFor();
  await shot(page, '20-admin-districts');

  // The merchant response deadline: 24 h → 12 h.
  await page.getByRole('link', { name: '期限与升级' }).click();
  const hours = page.getByLabel('商家响应期限');
  await hours.waitFor();
  await hours.fill('12');
  await page.getByTestId('save-settings').click();
  await page.getByTestId('settings-saved').waitFor();
  await shot(page, '21-admin-settings');

  // The import: two good rows (one in the new district, by name) and one mistyped credit code.
  const seed = 20_000_000 + Math.floor(Math.random() * 1_000_000);
  const good = [makeCreditCode(seed), makeCreditCode(seed + 1)];
  const typo = `${good[0]!.slice(0, 17)}${good[0]!.endsWith('0') ? '1' : '0'}`;
  const csv = [
    '统一社会信用代码,名称,字号,行业,区县,地址,电话',
    `${good[0]},杭州导入测试餐饮有限公司${stamp},导入面馆${stamp},餐饮,${districtName},测试路1号,0571-88880000`,
    `${good[1]},杭州导入测试超市有限公司${stamp},导入超市${stamp},超市,,测试路2号,`,
    `${typo},输错代码的公司${stamp},,零售,,,`,
  ].join('\r\n');
  await page.getByRole('link', { name: '导入商户' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'merchants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
  });
  await page.getByTestId('import-summary').filter({ hasText: '共 3 行：2 行可导入，1 行有问题。' }).waitFor();
  await shot(page, '22-admin-import-preview');
  await page.getByTestId('import-send').click();
  await page.getByTestId('import-result').filter({ hasText: '已创建 2，已存在 0，出错 0。' }).waitFor();
  await shot(page, '23-admin-import-done');

  // The merchants list finds them.
  await page.getByRole('link', { name: '查看商户' }).click();
  await page.getByTestId('merchant-search').locator('input').fill(stamp);
  await page.getByTestId('merchant-search').locator('input').press('Enter');
  const table = page.getByTestId('merchants');
  await table.getByText(`杭州导入测试餐饮有限公司${stamp}`).waitFor();
  await table.getByText(`杭州导入测试超市有限公司${stamp}`).waitFor();
  assert.equal(await table.getByText(`输错代码的公司${stamp}`).count(), 0, 'the mistyped row was not imported');
  await shot(page, '24-admin-merchants');

  // What the server now holds.
  const settings = await call<{ deadlines: { merchantResponseHours: number } }>(
    e2e.base,
    'GET',
    '/regions/HZ/settings',
    undefined,
    cookie,
  );
  assert.equal(settings.data.deadlines.merchantResponseHours, 12);
  const found = await call<{ items: { creditCode: string; district: { name: string } | null }[] }>(
    e2e.base,
    'GET',
    `/regions/HZ/merchants?q=${good[0]}`,
  );
  assert.equal(found.data.items[0]?.district?.name, districtName);

  assert.equal((await call(e2e.base, 'PUT', '/regions/HZ/settings', original, cookie)).status, 200);

  // The one expected failure: /auth/me before signing in answers 401.
  assert.deepEqual(
    errors.filter((e) => !e.includes('401')),
    [],
  );
  await ctx.close();
});
