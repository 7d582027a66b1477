// Filing throughput over HTTP on PostgreSQL, against a bare INSERT of the same row from the same number of
// concurrent clients. See BENCHMARKS.md ("Filing throughput") for how to read the output.
//
//   npx tsx bench/filing.bench.ts [--concurrency 16] [--duration 10] [--runs 5] [--warmup 5] [--regions 1]
//                                 [--pg postgres://postgres@127.0.0.1:5432/postgres] [--skip-pglite]
//                                 [--cpu-prof DIR] [--quiet-max 40] [--quiet-timeout 120] [--write]
//
// 1. Creates a throw-away database, starts bench/filing-server.ts on it in a child process (the app migrates
//    it), and seeds one region + district + merchant per --regions.
// 2. Warms up, then runs rounds: in each, `concurrency` keep-alive HTTP clients POST /api/v1/cases for
//    --duration seconds, and `concurrency` clients of a pg.Pool of that size run the bare INSERT for as long
//    (the order alternates between rounds). The HTTP server's own pool is the same size (DB_POOL_MAX).
// 3. Checks that every 201 left its case, audit and outbox rows, drops the database, measures PGlite
//    (bench/filing-pglite.ts) for information, prints the Markdown and, with --write, puts it in BENCHMARKS.md.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { uuidv7 } from '../src/lib/ids.js';
import { BARE_INSERT_SQL, bareInsertValues } from './lib/bare-insert.js';
import { startTsChild } from './lib/child.js';
import { cpuWindow, waitForQuiet } from './lib/cpu.js';
import { type BenchTarget, filingBody, seedTargets } from './lib/fixtures.js';
import { jsonPoster } from './lib/http-client.js';
import { type LoadResult, median, runClosedLoop } from './lib/load.js';
import { machineInfo } from './lib/machine.js';
import { cpuTable, f0, f1, f2, ratioOf, runsTable, writeBlock } from './lib/report.js';

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '5' },
    regions: { type: 'string', default: '1' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'skip-pglite': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    /** Before each measured window, wait (up to --quiet-timeout s) for the machine to be under this % of one core. */
    'quiet-max': { type: 'string', default: '40' },
    'quiet-timeout': { type: 'string', default: '120' },
    write: { type: 'boolean', default: false },
  },
});
const concurrency = Number(args.concurrency);
const durationMs = Number(args.duration) * 1000;
const warmupMs = Number(args.warmup) * 1000;
const runs = Number(args.runs);
const regionCount = Number(args.regions);
const root = fileURLToPath(new URL('..', import.meta.url));
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const commandLine = `npx tsx bench/filing.bench.ts ${process.argv.slice(2).join(' ')}`.trim();

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: args.pg });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const machine = machineInfo();
const pgVersion = await admin(async (c) =>
  (await c.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v.replace(/ on .*$/, ''),
);
const pgSettings = await admin(async (c) =>
  (
    await c.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('fsync','synchronous_commit','shared_buffers','max_connections') ORDER BY name",
    )
  ).rows
    .map((r) => `${r.name}=${r.setting}`)
    .join(', '),
);
const dbName = `hejie_bench_${uuidv7().replace(/-/g, '').slice(-12)}`;
const dbUrl = (() => {
  const u = new URL(args.pg);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

log(`database ${dbName}; ${concurrency} clients; ${runs} × ${durationMs / 1000} s after ${warmupMs / 1000} s warm-up`);
await admin((c) => c.query(`CREATE DATABASE ${dbName}`));

const http: LoadResult[] = [];
const bare: LoadResult[] = [];
let committed = { cases: 0, audit: 0, outbox: 0, expected: 0 };
try {
  const server = startTsChild({
    script: 'bench/filing-server.ts',
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      DB_POOL_MAX: String(concurrency),
      LOG_LEVEL: 'silent',
      JOBS: '0',
      SEED_DEMO: '0',
    },
    nodeArgs: args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', args['cpu-prof']] : [],
    timeoutMs: 180_000,
  });
  // idleTimeoutMillis 0: the baseline keeps its connections between its windows (no reconnects inside one).
  const pool = new pg.Pool({ connectionString: dbUrl, max: concurrency, idleTimeoutMillis: 0 });
  // This database's backends (the server's pool and the baseline's) and PostgreSQL's background processes.
  const postgresPids = async () =>
    (
      await pool.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR backend_type <> 'client backend'",
      )
    ).rows.map((r) => r.pid);
  // DROP … WITH (FORCE) may reach a connection the pool is still closing: not an error of the benchmark.
  pool.on('error', () => {});
  try {
    const { port } = (await server.firstLine) as { port: number };
    log(`server on port ${port}`);

    const seeding = await openDatabase({ kind: 'postgres', url: dbUrl, poolMax: 1 });
    const targets: BenchTarget[] = await seedTargets(seeding.db, regionCount);
    await seeding.close();

    const bodies = targets.map(filingBody);
    const client = jsonPoster({ port, path: '/api/v1/cases', sockets: concurrency, expectStatus: 201 });
    let n = 0;
    const file = () => client.post(bodies[n++ % bodies.length]!);
    const insert = async () => {
      await pool.query(BARE_INSERT_SQL, bareInsertValues(targets[n++ % targets.length]!));
    };

    const warm = [await runClosedLoop({ concurrency, durationMs: warmupMs, op: file })];
    warm.push(await runClosedLoop({ concurrency, durationMs: warmupMs, op: insert }));
    log(
      `warm-up: HTTP ${f0(warm[0]!.perSecond)}/s (${warm[0]!.errors} errors${warm[0]!.firstError ? `: ${warm[0]!.firstError}` : ''}), bare ${f0(warm[1]!.perSecond)}/s`,
    );
    if (warm[0]!.ok === 0) throw new Error(`no filing succeeded during warm-up: ${warm[0]!.firstError}`);

    const measured = async (op: () => Promise<void>) => {
      const quiet = await waitForQuiet({
        maxBusyPct: Number(args['quiet-max']),
        timeoutMs: Number(args['quiet-timeout']) * 1000,
      });
      if (!quiet) log(`machine still busy after ${args['quiet-timeout']} s; measuring anyway (see "other processes")`);
      const cpu = cpuWindow(server.proc.pid, await postgresPids());
      const r = await runClosedLoop({ concurrency, durationMs, op });
      return { ...r, cpu: cpu(await postgresPids()) };
    };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? (['http', 'bare'] as const) : (['bare', 'http'] as const);
      for (const side of order) {
        if (side === 'http') http.push(await measured(file));
        else bare.push(await measured(insert));
      }
      const h = http.at(-1)!;
      const b = bare.at(-1)!;
      log(
        `run ${i + 1}/${runs}: HTTP ${f0(h.perSecond)}/s p50 ${f1(h.p50Ms)} ms p99 ${f1(h.p99Ms)} ms (${h.errors} errors) | bare ${f0(b.perSecond)}/s`,
      );
    }
    client.close();

    // Every 201 must have left its case with an audit event and an outbox event.
    const expected = warm[0]!.ok + http.reduce((a, r) => a + r.ok, 0);
    const { rows } = await pool.query<{ cases: number; audit: number; outbox: number }>(
      `SELECT (SELECT count(*) FROM cases WHERE number NOT LIKE '%-BL%')::int AS cases,
              (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM outbox_events)::int AS outbox`,
    );
    committed = { ...rows[0]!, expected };
    log(`committed: ${JSON.stringify(committed)}`);
  } finally {
    await pool.end();
    await server.stop();
  }
} finally {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
}

let pglite: { filing: LoadResult[]; bare: LoadResult[]; rssMb: number } | undefined;
if (!args['skip-pglite']) {
  log('PGlite (in-process, app.inject) …');
  const child = startTsChild({
    script: 'bench/filing-pglite.ts',
    cwd: root,
    env: {
      ...process.env,
      BENCH_CONCURRENCY: String(concurrency),
      BENCH_DURATION_MS: String(durationMs),
      BENCH_WARMUP_MS: String(warmupMs),
      BENCH_RUNS: String(runs),
    },
    timeoutMs: 180_000 + runs * 2 * durationMs + 2 * warmupMs,
  });
  pglite = (await child.firstLine) as typeof pglite;
  await child.stop();
}

// ---- report ----------------------------------------------------------------------------------------------
const ratio = ratioOf(http, bare);
const allCommitted =
  committed.cases === committed.expected &&
  committed.audit === committed.expected &&
  committed.outbox === committed.expected;
const lines = [
  `Command: \`${commandLine}\``,
  '',
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- Machine: nproc ${machine.nproc} (${machine.cpu}); free -h: \`${machine.memory}\`; Node ${machine.node}; ${machine.os}`,
  `- PostgreSQL: ${pgVersion} on 127.0.0.1 (${pgSettings})`,
  `- Shape: ${concurrency} concurrent clients per side, closed loop (each sends its next request when the last one answers); ` +
    `${warmupMs / 1000} s warm-up per side, then ${runs} rounds of ${durationMs / 1000} s per side, alternating which side goes first; ` +
    `${regionCount === 1 ? 'one region and one merchant' : `${regionCount} regions, one merchant each, filed round-robin`}.`,
  `- HTTP side: \`bench/filing-server.ts\` (buildApp + createDeps, JOBS=0, LOG_LEVEL=silent, DB_POOL_MAX=${concurrency}) in a child process; ` +
    `load from the parent with node:http keep-alive (one socket per client), \`POST /api/v1/cases\` → 201. ` +
    `Latency is measured at the client, request sent to response read.`,
  `- Baseline: a \`pg.Pool\` of ${concurrency} in the parent, each client running one \`INSERT INTO cases (…) VALUES (…)\` of the same row (no transaction block, no counter, deadlines, audit or outbox).`,
  `- Noise: before each measured window the script waits (up to ${args['quiet-timeout']} s) until the whole machine is below ${args['quiet-max']}% of one core for 2 s; ` +
    `"other processes" below is what the rest of the machine used during the windows anyway.`,
  `- Check: ${committed.expected} filings answered 201 (warm-up included); the database holds ${committed.cases} filed cases, ${committed.audit} audit events, ${committed.outbox} outbox events${allCommitted ? ' — all accounted for' : ' — MISMATCH'}.`,
  '',
  '#### PostgreSQL',
  '',
  runsTable([
    { label: 'HTTP filings', runs: http, latency: true },
    { label: 'bare inserts', runs: bare, latency: true },
  ]),
  '',
  `CPU, median over the runs, in % of one core (the machine has ${machine.nproc}): the load generator is the benchmark process, the server is its child, ` +
    "postgres is the benchmark database's backends plus PostgreSQL's background processes, other is the rest of the machine.",
  '',
  cpuTable([
    { label: 'HTTP filings', runs: http, latency: true },
    { label: 'bare inserts', runs: bare, latency: true },
  ]),
  '',
  `**Ratio = median HTTP filings/s ÷ median bare inserts/s = ${f0(median(http.map((r) => r.perSecond)))} ÷ ${f0(median(bare.map((r) => r.perSecond)))} = ${f2(ratio)}** (aim: ≥ 0.5 — ${ratio >= 0.5 ? 'met' : 'not met'}).`,
];
if (pglite) {
  lines.push(
    '',
    '#### PGlite (embedded, for information)',
    '',
    `\`bench/filing-pglite.ts\` in its own process: a fresh on-disk data directory, the app in-process, filings through \`app.inject()\` ` +
      `(routing, validation, use case, database — no sockets), ${concurrency} concurrent callers, same warm-up and rounds; baseline is the same bare INSERT ` +
      `through the same PGlite instance. PGlite runs one statement at a time, so concurrency only queues. RSS at the end: ${pglite.rssMb} MB.`,
    '',
    runsTable([
      { label: 'filings', runs: pglite.filing, latency: true },
      { label: 'bare inserts', runs: pglite.bare, latency: true },
    ]),
    '',
    `Ratio on PGlite: ${f2(ratioOf(pglite.filing, pglite.bare))}.`,
  );
}
const block = lines.join('\n');
process.stdout.write(`${block}\n`);
if (args.write) {
  const file = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  writeBlock(file, 'filing', '## Filing throughput (issue: platform foundation)', block);
  log(`written to ${file}`);
}
