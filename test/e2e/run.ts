// `npm run test:e2e`: browser journeys (test/e2e/*.test.ts, node:test) against one server started here.
// Needs /usr/bin/chromium (Debian package; CHROMIUM_PATH to override) and the built web app (built here if missing
// or older than its sources).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from './support/browser.js';
import { startServer } from './support/server.js';

if (!existsSync(CHROMIUM)) {
  console.error(`no chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)`);
  process.exit(2);
}
/** The newest modification time under `dir` (ms), skipping node_modules. */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

// A build older than the web app's sources would test yesterday's pages: rebuild then.
const built = 'dist/web/index.html';
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(newest('web'), newest('src/contracts'))) {
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
