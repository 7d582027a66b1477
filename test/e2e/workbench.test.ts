// The mediator's workbench on a real server (npm run test:e2e): a case filed against a merchant who never
// answers; the server's clock (test mode) moves past the 24 h merchant deadline and the jobs run, which takes
// the case to the mediation organisation of the merchant's district. Its mediator signs in, finds the case in
// the queue as escalated (in mediation), takes it and records a mediated agreement.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORDS, MEDIATION_ORGS } from '../../src/modules/demo/hangzhou.js';
import { MERCHANTS } from '../../src/modules/demo/merchants.js';
import { call, type DemoShop } from './support/api.js';
import { desktop, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();

type Filed = {
  id: string;
  number: string;
  status: string;
  accessToken: string;
  deadlines: { kind: string; dueAt: string }[];
};
type Viewed = { status: string; tier: string; assignedOrg: { name: string } | null };

test("a silent merchant's case shows as escalated in the district mediator's queue; the mediator records an agreement", async () => {
  // A shop whose merchant and stores are all in one district: that district's organisation mediates.
  const shops = (await call<{ items: DemoShop[] }>(e2e.base, 'GET', '/demo/shops')).data.items;
  const pick = MERCHANTS.flatMap((m) => {
    const shop = shops.find((s) => s.name === m.tradeName);
    const org = MEDIATION_ORGS.find((o) => o.district !== null && o.district === m.district);
    return shop && org && m.stores.every((s) => s.district === m.district) ? [{ shop, org }] : [];
  })[0];
  assert.ok(pick, 'a demo shop in a district with a mediation organisation');
  const { shop, org } = pick;

  const pay = await call<{ token: string }>(e2e.base, 'POST', '/demo/pay', {
    mid: shop.mid,
    amountMinor: 12800,
    items: [{ name: '双人套餐', qty: 1 }],
  });
  assert.equal(pay.status, 201, 'paid at the demo shop');
  const filed = await call<Filed>(
    e2e.base,
    'POST',
    '/cases',
    {
      receipt: pay.data.token,
      description: '双人套餐里的菜上错了，要求退款，商家一直不回复。',
      demands: ['refund'],
    },
    { 'idempotency-key': `e2e-workbench-${Date.now()}` },
  );
  assert.equal(filed.status, 201, JSON.stringify(filed.data));
  const { id: caseId, number: caseNumber, accessToken } = filed.data;
  assert.equal(filed.data.status, 'awaiting_response', 'no auto-resolution answered for the merchant');
  const response = filed.data.deadlines.find((d) => d.kind === 'merchant_response');
  assert.ok(response, 'a merchant response deadline runs');

  // Nobody answers. The server's clock moves a minute past the deadline and the jobs run.
  const clock = await call<{ now: string }>(e2e.base, 'POST', '/test/clock', {
    to: new Date(new Date(response.dueAt).getTime() + 60_000).toISOString(),
  });
  assert.equal(clock.status, 200, 'the server runs in test mode (TEST_CLOCK=1)');
  assert.equal((await call(e2e.base, 'POST', '/test/run-jobs')).status, 200);
  const seen = await call<Viewed>(e2e.base, 'GET', `/cases/${caseId}`, undefined, { 'x-case-token': accessToken });
  assert.equal(seen.data.status, 'in_mediation', JSON.stringify(seen.data));
  assert.equal(seen.data.assignedOrg?.name, org.name, 'the mediation organisation of the merchant’s district');

  // The district's mediator signs in at the workbench and sees it in the queue, escalated.
  const ctx = await desktop(e2e.browser, e2e.base);
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await signInTo(page, '/desk', org.login, DEMO_PASSWORDS.mediator);
  const row = page.getByTestId('queue-row').filter({ hasText: caseNumber });
  await row.waitFor();
  assert.equal(await row.getAttribute('data-status'), 'in_mediation');
  assert.match((await row.textContent()) ?? '', /调解中/);
  assert.match((await row.textContent()) ?? '', /调解组织/);
  await shot(page, '10-desk-queue-escalated');

  // Filtered to the mediation tier, it is still there.
  await page.goto('/desk?tier=mediation&status=in_mediation');
  await row.waitFor();

  // The case: both sides' history and the AI mediator's reading; the mediator takes it …
  await page.getByRole('link', { name: caseNumber }).click();
  await page.waitForURL(new RegExp(`/desk/cases/${caseId}$`));
  // The queue stays on screen until the case page's chunk has loaded: wait for what only the case page has.
  await page.getByTestId('assignee').waitFor();
  assert.equal(await page.getByTestId('case-status').getAttribute('data-status'), 'in_mediation');
  const actions = await page
    .getByTestId('timeline')
    .locator('[data-action]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  assert.equal(actions[0], 'filed', actions.join(' '));
  assert.ok(actions.length >= 2, `the escalation is in the history: ${actions.join(' ')}`);
  await page.getByTestId('assign-self').click();
  await page.getByTestId('confirm-ok').filter({ visible: true }).click();
  await page.getByTestId('assignee').filter({ hasText: '由您承办' }).waitFor();
  await shot(page, '11-desk-case');

  // … and records the mediated agreement: a full refund.
  const form = page.getByTestId('record-agreement').locator('xpath=ancestor::form');
  await form.getByLabel('金额（元）').first().fill('128');
  await form.locator('textarea').fill('经调解，商家同意全额退款。');
  await page.getByTestId('record-agreement').click();
  await page.locator('[data-testid=case-status][data-status=settled]').waitFor();
  await page.getByTestId('record-agreement').waitFor({ state: 'detached' });
  await shot(page, '12-desk-agreement-recorded');

  // The consumer sees the agreement as the mediator recorded it.
  const after = await call<Viewed & { outcome: Record<string, unknown> | null }>(
    e2e.base,
    'GET',
    `/cases/${caseId}`,
    undefined,
    { 'x-case-token': accessToken },
  );
  assert.equal(after.data.status, 'settled', JSON.stringify(after.data));
  assert.deepEqual(
    errors.filter((e) => !e.includes('401')),
    [],
  );
  await ctx.close();
});

test("the regulator's dashboard: the region's figures and ECharts charts", async () => {
  const ctx = await desktop(e2e.browser, e2e.base);
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await signInTo(page, '/desk/stats', 'hz-amr', DEMO_PASSWORDS.regulator);
  await page.getByTestId('stats-totals').waitFor();
  await page.getByTestId('chart-daily').locator('canvas').waitFor();
  await page.getByTestId('chart-industry').locator('canvas').waitFor();
  assert.match((await page.getByTestId('dashboard').textContent()) ?? '', /全地区/);
  await shot(page, '13-desk-dashboard');
  assert.deepEqual(
    errors.filter((e) => !e.includes('401')),
    [],
  );
  await ctx.close();
});
