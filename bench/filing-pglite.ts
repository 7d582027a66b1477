// For information: filing on the embedded database (PGlite in a fresh data directory, as `npm start` with no
// DATABASE_URL). In-process and without a network hop: requests go through Fastify's app.inject(), so this
// measures routing, validation, the use case and PGlite, but not HTTP parsing or sockets. Baseline: the same
// bare INSERT through the same PGlite instance. Started by bench/filing.bench.ts; prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/app.js';
import { createDeps } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/lib/clock.js';
import { BARE_INSERT_SQL, bareInsertValues } from './lib/bare-insert.js';
import { filingBody, seedTargets } from './lib/fixtures.js';
import { type LoadResult, runClosedLoop } from './lib/load.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const durationMs = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 5_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

let result: { filing: LoadResult[]; bare: LoadResult[]; rssMb: number } | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hejie-bench-pglite-'));
try {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '0', JOBS: '0', RATE_LIMITS: '0', DATA_DIR: dataDir });
  const deps = await createDeps(config, systemClock);
  const app = await buildApp(deps);
  const [target] = await seedTargets(deps.database.db, 1);
  const body = filingBody(target!);
  const client = (deps.database.db as unknown as { $client: PGlite }).$client;

  const file = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    if (res.statusCode !== 201) throw new Error(`HTTP ${res.statusCode}: ${res.body.slice(0, 300)}`);
  };
  const insert = async () => {
    await client.query(BARE_INSERT_SQL, bareInsertValues(target!));
  };

  await runClosedLoop({ concurrency, durationMs: warmupMs, op: file });
  await runClosedLoop({ concurrency, durationMs: warmupMs, op: insert });
  const filing: LoadResult[] = [];
  const bare: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    filing.push(await runClosedLoop({ concurrency, durationMs, op: file }));
    bare.push(await runClosedLoop({ concurrency, durationMs, op: insert }));
  }
  const rss = process.memoryUsage().rss;
  await app.close();
  await deps.database.close();
  result = { filing, bare, rssMb: Math.round(rss / 2 ** 20) };
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
// Printed last: the parent may end this process as soon as it has the line.
process.stdout.write(`${JSON.stringify(result)}\n`);
