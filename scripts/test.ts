// `npm test`: every *.test.ts under src/ (unit) and test/ (integration through HTTP) with node:test,
// after the web app's component tests (web/**/*.test.ts[x], vitest).
// Integration tests use the embedded database unless DATABASE_URL is set, then PostgreSQL.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'e2e') continue;
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = [...collect('src'), ...collect('test')].filter(
  (f) => filter.length === 0 || filter.some((x) => f.includes(x)),
);
// The web app's component tests (vitest, jsdom) first, so node:test's summary stays the last thing printed.
// Skipped when a filter names server tests only.
let web = 0;
if (filter.length === 0 || filter.some((x) => x.startsWith('web'))) {
  const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot'], {
    stdio: 'inherit',
  });
  web = vitest.status ?? 1;
}
const res =
  files.length === 0 && filter.length > 0
    ? { status: 0 }
    : spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
        stdio: 'inherit',
        env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
      });
process.exit((res.status ?? 1) || web);
