// What every journey file needs: the server (the one `npm run test:e2e` started, else one of the file's own, so a
// file also runs alone) and a browser, opened before its tests and closed after; and a staff sign-in.
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.js';
import { type E2EServer, startServer } from './server.js';

export type E2ESession = { base: string; browser: Browser };

/** Call at the top of a journey file; `base` and `browser` are set once its before() hooks have run. */
export function e2eSession(): E2ESession {
  const session = { base: process.env.E2E_BASE_URL ?? '' } as E2ESession;
  let server: E2EServer | null = null;
  before(async () => {
    if (!session.base) {
      server = await startServer();
      session.base = server.baseUrl;
    }
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await server?.stop();
  });
  return session;
}

/** Opens `path`, signs in on the login page it is sent to, and waits until it lands on `landing` (`path`). */
export async function signInTo(
  page: Page,
  path: string,
  login: string,
  password: string,
  landing: string = path,
): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login\?next=/);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(new RegExp(`${landing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
}
