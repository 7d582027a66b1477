// For information: filing with a signed receipt on the embedded database (PGlite in a fresh data directory, as
// `npm start` with no DATABASE_URL), in-process through app.inject() — routing, validation, receipt
// verification, mid resolution, the use case and PGlite, but no sockets. Baseline: the same bare INSERT through
// the same PGlite instance. Started by bench/receipts.bench.ts; prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/app.js';
import { createDeps } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/lib/clock.js';
import { BARE_INSERT_SQL, bareInsertValues } from './lib/bare-insert.js';
import { seedTargets } from './lib/fixtures.js';
import { type LoadResult, runClosedLoop } from './lib/load.js';
import { seedIssuer, signedFilingBodies } from './lib/receipt-fixtures.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const durationMs = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 5_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

let result: { filing: LoadResult[]; bare: LoadResult[]; rssMb: number; signed: number } | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hejie-bench-pglite-'));
try {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '0', JOBS: '0', RATE_LIMITS: '0', DATA_DIR: dataDir });
  const deps = await createDeps(config, systemClock);
  const app = await buildApp(deps);
  const targets = await seedTargets(deps.database.db, 1);
  const issuer = await seedIssuer(deps.database.db, targets);
  const client = (deps.database.db as unknown as { $client: PGlite }).$client;

  let bodies: string[] = [];
  let next = 0;
  let signed = 0;
  /** Signs enough distinct receipts for a window at `rate` filings/s (twice over), before the window starts. */
  const refill = async (rate: number, ms: number) => {
    bodies = await signedFilingBodies(issuer, Math.ceil((rate * ms * 2) / 1000) + 500);
    signed += bodies.length;
    next = 0;
  };
  const file = async () => {
    const payload = bodies[next++];
    if (payload === undefined) throw new Error('ran out of pre-signed receipts');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    if (res.statusCode !== 201) throw new Error(`HTTP ${res.statusCode}: ${res.body.slice(0, 300)}`);
  };
  const insert = async () => {
    await client.query(BARE_INSERT_SQL, bareInsertValues(targets[0]!));
  };

  await refill(2_000, warmupMs);
  const warm = await runClosedLoop({ concurrency, durationMs: warmupMs, op: file });
  if (warm.ok === 0) throw new Error(`no filing succeeded during warm-up: ${warm.firstError}`);
  await runClosedLoop({ concurrency, durationMs: warmupMs, op: insert });
  const filing: LoadResult[] = [];
  const bare: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    await refill(Math.max(warm.perSecond, ...filing.map((r) => r.perSecond)), durationMs);
    filing.push(await runClosedLoop({ concurrency, durationMs, op: file }));
    bare.push(await runClosedLoop({ concurrency, durationMs, op: insert }));
  }
  const rss = process.memoryUsage().rss;
  await app.close();
  await deps.database.close();
  result = { filing, bare, rssMb: Math.round(rss / 2 ** 20), signed };
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
// Printed last: the parent may end this process as soon as it has the line.
process.stdout.write(`${JSON.stringify(result)}\n`);
