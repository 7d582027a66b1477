// Browser journey: a consumer on a 360 px phone files a complaint with two photos (a large camera picture and
// one carrying GPS in its EXIF), removes a third before sending; the photos upload right after the case is
// created; the merchant opens the case and sees them. What the server stored is shrunk and has no metadata.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORDS } from '../../src/modules/demo/hangzhou.js';
import { phoneJpeg, SECRET } from '../../src/modules/evidence/image.samples.js';
import { call, type DemoShop, demoShopsWithLogins } from './support/api.js';
import { desktop, phone, shot, watchErrors } from './support/browser.js';
import { e2eSession, signInTo } from './support/session.js';

const e2e = e2eSession();
let shop: DemoShop & { login: string };

before(async () => {
  const shops = await demoShopsWithLogins(e2e.base);
  assert.ok(shops.length >= 1, 'the demo has shops with staff');
  shop = shops.find((s) => s.industry === 'electronics') ?? shops[0]!;
});

const PHOTOS_SHOWN = `document.querySelectorAll('[data-testid="evidence-item"] img').length === 2`;

/** A 2400 × 1800 "camera" JPEG drawn by the browser itself (a real, decodable picture). */
async function cameraPhoto(page: Page): Promise<Buffer> {
  // A string, not a function: the server's type-check has no DOM types; the browser runs it.
  const b64 = await page.evaluate<string>(`(() => {
    const c = document.createElement('canvas');
    c.width = 2400;
    c.height = 1800;
    const g = c.getContext('2d');
    const grad = g.createLinearGradient(0, 0, 2400, 1800);
    grad.addColorStop(0, '#c9d6df');
    grad.addColorStop(1, '#52616b');
    g.fillStyle = grad;
    g.fillRect(0, 0, 2400, 1800);
    g.fillStyle = '#f0f0f0';
    g.beginPath();
    g.ellipse(1200, 950, 520, 600, 0, 0, Math.PI * 2);
    g.fill();
    g.strokeStyle = '#222';
    g.lineWidth = 14;
    g.beginPath();
    g.moveTo(1000, 500);
    g.lineTo(1180, 900);
    g.lineTo(1080, 1300);
    g.stroke();
    return c.toDataURL('image/jpeg', 0.92).split(',')[1];
  })()`);
  return Buffer.from(b64, 'base64');
}

test('a consumer files from a phone with photos; the merchant sees them, shrunk and without metadata', async () => {
  const pay = await call<{ token: string }>(e2e.base, 'POST', '/demo/pay', {
    mid: shop.mid,
    amountMinor: 45900,
    items: [{ name: '蓝牙音箱', qty: 1 }],
  });
  assert.equal(pay.status, 201, 'paid at the demo shop');

  const consumer = await phone(e2e.browser, e2e.base);
  const cp = await consumer.newPage();
  const consumerErrors = watchErrors(cp);
  await cp.goto(`/c/file?receipt=${encodeURIComponent(pay.data.token)}`);
  await cp.getByTestId('purchase').getByText(shop.name).waitFor();
  await cp.locator('#description').fill('收到的蓝牙音箱外壳摔裂了，一打开就有裂缝，附上照片，要求换货或退款。');

  const big = await cameraPhoto(cp);
  assert.ok(big.length > 50_000, 'a sizeable camera picture');
  await cp.getByTestId('evidence-input').setInputFiles([
    { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: big },
    { name: 'IMG_2042.jpg', mimeType: 'image/jpeg', buffer: phoneJpeg() },
    { name: 'IMG_2043.jpg', mimeType: 'image/jpeg', buffer: big },
  ]);
  await cp.getByTestId('evidence-staged').nth(2).waitFor();
  await cp.getByRole('button', { name: '移除照片 3' }).click();
  await cp.waitForFunction(`document.querySelectorAll('[data-testid="evidence-staged"]').length === 2`);
  assert.ok(
    await cp.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1'),
    'nothing wider than a 360 px phone',
  );
  await cp.getByTestId('evidence-picker').scrollIntoViewIfNeeded();
  await shot(cp, 'evidence-01-consumer-filing-with-photos');

  if ((await cp.locator('.ant-checkbox-wrapper-checked').count()) === 0) {
    await cp.locator('.ant-checkbox-wrapper').first().click();
  }
  await cp.getByTestId('file-submit').click();
  await cp.waitForURL(/\/c\/[0-9a-f-]{36}#/);
  const caseId = new URL(cp.url()).pathname.split('/')[2]!;
  const caseNumber = ((await cp.getByTestId('case-number').textContent()) ?? '').trim();
  // Both photos arrive on the case page: uploaded after the case was created, then listed by the server.
  await cp.waitForFunction(PHOTOS_SHOWN, null, {
    timeout: 60_000,
  });
  assert.equal(await cp.getByTestId('evidence-failed').count(), 0);
  assert.ok(
    !cp.url().includes('evidence') && !(await cp.locator('img[src*="hjc_"]').count()),
    'no token in any image URL',
  );
  await cp.getByTestId('evidence-panel').scrollIntoViewIfNeeded();
  await shot(cp, 'evidence-02-consumer-case-photos');
  await cp.getByRole('button', { name: '查看照片 1' }).click();
  await cp.getByTestId('evidence-preview').waitFor();
  await shot(cp, 'evidence-03-consumer-photo-preview');
  await cp.keyboard.press('Escape');
  assert.deepEqual(consumerErrors, []);

  // The merchant signs in and opens the case: the photos are there.
  const merchant = await desktop(e2e.browser, e2e.base);
  const mp = await merchant.newPage();
  const merchantErrors = watchErrors(mp);
  await signInTo(mp, '/m', shop.login, DEMO_PASSWORDS.merchant);
  await mp.getByRole('link', { name: caseNumber }).click();
  await mp.waitForURL(new RegExp(`/m/cases/${caseId}$`));

  // What the merchant's browser gets from the API with its session: two photos, shrunk, no metadata.
  type Seen = {
    addedBy: string[];
    photos: { type: string | null; cache: string | null; width: number; height: number; text: string }[];
  };
  const seen = await mp.evaluate<Seen>(`(async () => {
    const list = await (await fetch('/api/v1/cases/${caseId}/evidence')).json();
    const photos = [];
    for (const item of list.items) {
      const res = await fetch('/api/v1/cases/${caseId}/evidence/' + item.id);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const bitmap = await createImageBitmap(new Blob([bytes], { type: item.contentType }));
      photos.push({
        type: res.headers.get('content-type'),
        cache: res.headers.get('cache-control'),
        width: bitmap.width,
        height: bitmap.height,
        text: Array.from(bytes, (b) => String.fromCharCode(b)).join(''),
      });
    }
    return { addedBy: list.items.map((i) => i.addedBy), photos };
  })()`);
  assert.deepEqual(seen.addedBy, ['consumer', 'consumer']);
  for (const p of seen.photos) {
    assert.equal(p.type, 'image/jpeg');
    assert.match(p.cache ?? '', /^private/);
    assert.ok(Math.max(p.width, p.height) <= 1600, `shrunk: ${p.width}×${p.height}`);
    assert.ok(!p.text.includes(SECRET) && !p.text.includes('Exif'), 'no EXIF/GPS stored');
  }
  assert.deepEqual(
    seen.photos.map((p) => `${p.width}x${p.height}`),
    ['1600x1200', '6x8'],
  );

  const panel = mp.getByTestId('evidence-panel');
  await panel.waitFor({ timeout: 30_000 });
  await mp.waitForFunction(PHOTOS_SHOWN, null, {
    timeout: 30_000,
  });
  await panel.scrollIntoViewIfNeeded();
  await shot(mp, 'evidence-04-merchant-sees-photos');
  await panel.getByRole('button', { name: '查看照片 1' }).click();
  await mp.getByTestId('evidence-preview').waitFor();
  await shot(mp, 'evidence-05-merchant-photo-preview');
  // The 401 is /auth/me asked before signing in.
  assert.deepEqual(
    merchantErrors.filter((e) => !e.includes('401')),
    [],
  );
});
