// `npm run test:e2e`: browser journeys (test/e2e/*.test.ts, node:test) against one server started here.
// Needs /usr/bin/chromium (Debian package; CHROMIUM_PATH to override) and the built web app (built here if missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from './support/browser.js';
import { startServer } from './support/server.js';

if (!existsSync(CHROMIUM)) {
  console.error(`no chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)`);
  process.exit(2);
}
if (!existsSync('dist/web/index.html')) {
  const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const filter = process.argv.slice(2);
const files = readdirSync('test/e2e')
  .filter((f) => f.endsWith('.test.ts') && (filter.length === 0 || filter.some((x) => f.includes(x))))
  .map((f) => join('test/e2e', f));

const started = Date.now();
const server = await startServer();
console.log(`e2e: server up at ${server.baseUrl} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
let status = 1;
try {
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: server.baseUrl },
  });
  status = res.status ?? 1;
} finally {
  await server.stop();
}
if (status !== 0) console.error('e2e: failed; screenshots in test-output/e2e/');
process.exit(status);
