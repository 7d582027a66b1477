// Receipts: verification alone (in-process, EdDSA and ES256), then filing with a signed receipt over HTTP on
// PostgreSQL against the filing benchmark's bare INSERT, then PGlite for information. See BENCHMARKS.md
// ("Receipts: verification and filing").
//
//   npx tsx bench/receipts.bench.ts [--concurrency 16] [--duration 10] [--runs 5] [--warmup 5] [--regions 1]
//                                   [--verify-duration 3] [--pg postgres://postgres@127.0.0.1:5432/postgres]
//                                   [--skip-http] [--skip-pglite] [--quiet-max 40] [--quiet-timeout 120] [--write]
//
// 1. Verification: for each algorithm, a registered key and 2,000 distinct pre-signed receipts, verified with
//    verifyReceipt (the one verifier) and a key finder that answers from memory, as the server's key cache does
//    after the first look-up — one at a time (latency) and `concurrency` in flight (WebCrypto uses the thread pool).
// 2. HTTP on PostgreSQL: the filing benchmark's shape (bench/filing-server.ts in a child process, `concurrency`
//    keep-alive clients, the same bare INSERT as the baseline, rotating order), each request
//    POST /api/v1/cases with its own receipt for a mapped mid; receipts are signed before each measured window.
//    A third side files the filing benchmark's own request (no receipt) in the same rounds, for comparison.
// 3. Checks that every 201 left a verified case with its audit and outbox rows, drops the database, measures
//    PGlite (bench/receipts-pglite.ts), prints the Markdown and, with --write, puts it in BENCHMARKS.md.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { uuidv7 } from '../src/lib/ids.js';
import { generateReceiptKey, type ReceiptKeyPair, signReceipt, verifyReceipt } from '../src/modules/payments/index.js';
import { BARE_INSERT_SQL, bareInsertValues } from './lib/bare-insert.js';
import { startTsChild } from './lib/child.js';
import { cpuWindow, waitForQuiet } from './lib/cpu.js';
import { filingBody, seedTargets } from './lib/fixtures.js';
import { jsonPoster } from './lib/http-client.js';
import { type LoadResult, median, runClosedLoop } from './lib/load.js';
import { machineInfo } from './lib/machine.js';
import { type ReceiptIssuer, seedIssuer, signedFilingBodies } from './lib/receipt-fixtures.js';
import { cpuTable, f0, f1, f2, ratioOf, runsTable, writeBlock } from './lib/report.js';

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '5' },
    regions: { type: 'string', default: '1' },
    'verify-duration': { type: 'string', default: '3' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'skip-http': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
    'quiet-max': { type: 'string', default: '40' },
    'quiet-timeout': { type: 'string', default: '120' },
    write: { type: 'boolean', default: false },
  },
});
const concurrency = Number(args.concurrency);
const durationMs = Number(args.duration) * 1000;
const warmupMs = Number(args.warmup) * 1000;
const verifyMs = Number(args['verify-duration']) * 1000;
const runs = Number(args.runs);
const regionCount = Number(args.regions);
const root = fileURLToPath(new URL('..', import.meta.url));
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const commandLine = `npx tsx bench/receipts.bench.ts ${process.argv.slice(2).join(' ')}`.trim();
const machine = machineInfo();
const quietly = async () => {
  const quiet = await waitForQuiet({
    maxBusyPct: Number(args['quiet-max']),
    timeoutMs: Number(args['quiet-timeout']) * 1000,
  });
  if (!quiet) log(`machine still busy after ${args['quiet-timeout']} s; measuring anyway (see "other processes")`);
};

// ---- 1. verification alone ---------------------------------------------------------------------------------
type VerifyResult = { alg: ReceiptKeyPair['alg']; bytes: number; serial: LoadResult[]; parallel: LoadResult[] };

async function benchVerify(alg: ReceiptKeyPair['alg']): Promise<VerifyResult> {
  const key = await generateReceiptKey(alg, 'bench-1');
  const iss = uuidv7();
  const registered = { alg, jwk: key.publicJwk as Record<string, string>, status: 'active' as const, retiredAt: null };
  const findKey = async (i: string, kid: string) => (i === iss && kid === key.kid ? registered : undefined);
  const paid = Math.floor(Date.now() / 1000) - 3600;
  const tokens: string[] = [];
  for (let i = 0; i < 2000; i++) {
    tokens.push(
      await signReceipt(key, {
        iss,
        txn: `V${i}`,
        mid: 'BENCH-1',
        amt: 29_900,
        cur: 'CNY',
        paid,
        sub: 'payer-7f3a9c1e',
        iat: paid,
        store: 'S-01',
        items: [{ name: '羽绒服', qty: 1, amt: 29_900 }],
      }),
    );
  }
  const now = new Date();
  const first = await verifyReceipt(tokens[0]!, { findKey, now });
  if (first.claims.amt !== 29_900) throw new Error('verification returned the wrong claims');
  let n = 0;
  const op = async () => {
    await verifyReceipt(tokens[n++ % tokens.length]!, { findKey, now });
  };
  await runClosedLoop({ concurrency: 1, durationMs: 1000, op });
  await runClosedLoop({ concurrency, durationMs: 1000, op });
  const serial: LoadResult[] = [];
  const parallel: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    await quietly();
    serial.push(await runClosedLoop({ concurrency: 1, durationMs: verifyMs, op }));
    await quietly();
    parallel.push(await runClosedLoop({ concurrency, durationMs: verifyMs, op }));
    log(
      `verify ${alg} run ${i + 1}/${runs}: one at a time ${f0(serial.at(-1)!.perSecond)}/s, ${concurrency} in flight ${f0(parallel.at(-1)!.perSecond)}/s`,
    );
  }
  return { alg, bytes: Buffer.byteLength(tokens[0]!), serial, parallel };
}

const verification: VerifyResult[] = [];
for (const alg of ['EdDSA', 'ES256'] as const) verification.push(await benchVerify(alg));

// ---- 2. filing with a receipt over HTTP on PostgreSQL ----------------------------------------------------------
async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: args.pg });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

type HttpResult = {
  pgVersion: string;
  pgSettings: string;
  http: LoadResult[];
  plain: LoadResult[];
  bare: LoadResult[];
  signed: number;
  /** expected: receipt filings answered 201; plain: filings without a receipt answered 201. */
  committed: { cases: number; verified: number; audit: number; outbox: number; expected: number; plain: number };
};

async function benchHttp(): Promise<HttpResult> {
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
  const u = new URL(args.pg);
  u.pathname = `/${dbName}`;
  const dbUrl = u.toString();
  log(
    `database ${dbName}; ${concurrency} clients; ${runs} × ${durationMs / 1000} s after ${warmupMs / 1000} s warm-up`,
  );
  await admin((c) => c.query(`CREATE DATABASE ${dbName}`));

  const http: LoadResult[] = [];
  const plain: LoadResult[] = [];
  const bare: LoadResult[] = [];
  let signed = 0;
  let committed = { cases: 0, verified: 0, audit: 0, outbox: 0, expected: 0, plain: 0 };
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
      timeoutMs: 180_000,
    });
    const pool = new pg.Pool({ connectionString: dbUrl, max: concurrency, idleTimeoutMillis: 0 });
    const postgresPids = async () =>
      (
        await pool.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR backend_type <> 'client backend'",
        )
      ).rows.map((r) => r.pid);
    pool.on('error', () => {});
    try {
      const { port } = (await server.firstLine) as { port: number };
      log(`server on port ${port}`);

      const seeding = await openDatabase({ kind: 'postgres', url: dbUrl, poolMax: 1 });
      const targets = await seedTargets(seeding.db, regionCount);
      const issuer: ReceiptIssuer = await seedIssuer(seeding.db, targets);
      await seeding.close();

      const client = jsonPoster({ port, path: '/api/v1/cases', sockets: concurrency, expectStatus: 201 });
      let bodies: string[] = [];
      let next = 0;
      /** Distinct receipts for one window at `rate` filings/s, twice over, signed before the window. */
      const refill = async (rate: number, ms: number) => {
        const t0 = performance.now();
        bodies = await signedFilingBodies(issuer, Math.ceil((rate * ms * 2) / 1000) + 1000);
        signed += bodies.length;
        next = 0;
        log(`signed ${bodies.length} receipts in ${f1((performance.now() - t0) / 1000)} s`);
      };
      const file = () => {
        const body = bodies[next++];
        return body === undefined ? Promise.reject(new Error('ran out of pre-signed receipts')) : client.post(body);
      };
      // The filing benchmark's request, in the same session: what the receipt adds to a filing.
      const plainBodies = targets.map(filingBody);
      let m = 0;
      const filePlain = () => client.post(plainBodies[m++ % plainBodies.length]!);
      const insert = async () => {
        await pool.query(BARE_INSERT_SQL, bareInsertValues(targets[m++ % targets.length]!));
      };

      await refill(4_000, warmupMs);
      const warm = [await runClosedLoop({ concurrency, durationMs: warmupMs, op: file })];
      warm.push(await runClosedLoop({ concurrency, durationMs: warmupMs, op: filePlain }));
      warm.push(await runClosedLoop({ concurrency, durationMs: warmupMs, op: insert }));
      log(
        `warm-up: receipts ${f0(warm[0]!.perSecond)}/s (${warm[0]!.errors} errors${warm[0]!.firstError ? `: ${warm[0]!.firstError}` : ''}), ` +
          `plain ${f0(warm[1]!.perSecond)}/s (${warm[1]!.errors} errors), bare ${f0(warm[2]!.perSecond)}/s`,
      );
      if (warm[0]!.ok === 0) throw new Error(`no filing succeeded during warm-up: ${warm[0]!.firstError}`);
      let filedOk = warm[0]!.ok;
      let plainOk = warm[1]!.ok;

      const measured = async (op: () => Promise<void>) => {
        await quietly();
        const cpu = cpuWindow(server.proc.pid, await postgresPids());
        const r = await runClosedLoop({ concurrency, durationMs, op });
        return { ...r, cpu: cpu(await postgresPids()) };
      };
      for (let i = 0; i < runs; i++) {
        // Each side goes first, second and third in turn.
        const sides = ['http', 'plain', 'bare'] as const;
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(i + k) % sides.length]!;
          if (side === 'http') {
            await refill(Math.max(warm[0]!.perSecond, ...http.map((r) => r.perSecond)), durationMs);
            http.push(await measured(file));
            filedOk += http.at(-1)!.ok;
          } else if (side === 'plain') {
            plain.push(await measured(filePlain));
            plainOk += plain.at(-1)!.ok;
          } else bare.push(await measured(insert));
        }
        const h = http.at(-1)!;
        const p = plain.at(-1)!;
        const b = bare.at(-1)!;
        log(
          `run ${i + 1}/${runs}: receipts ${f0(h.perSecond)}/s p50 ${f1(h.p50Ms)} ms p99 ${f1(h.p99Ms)} ms (${h.errors} errors${h.firstError ? `: ${h.firstError}` : ''}) | ` +
            `plain ${f0(p.perSecond)}/s (${p.errors} errors) | bare ${f0(b.perSecond)}/s`,
        );
      }
      client.close();
      bodies = [];

      // Every 201 must have left its case with its audit and outbox events, and every receipt filing a verified
      // case that went straight to the merchant.
      const { rows } = await pool.query<{ cases: number; verified: number; audit: number; outbox: number }>(
        `SELECT (SELECT count(*) FROM cases WHERE number NOT LIKE '%-BL%')::int AS cases,
                (SELECT count(*) FROM cases WHERE number NOT LIKE '%-BL%' AND (purchase->>'verified')::boolean
                   AND merchant_id IS NOT NULL AND status = 'awaiting_response')::int AS verified,
                (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM outbox_events)::int AS outbox`,
      );
      committed = { ...rows[0]!, expected: filedOk, plain: plainOk };
      log(`committed: ${JSON.stringify(committed)}`);
    } finally {
      await pool.end();
      await server.stop();
    }
  } finally {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  }
  return { pgVersion, pgSettings, http, plain, bare, signed, committed };
}

const httpResult = args['skip-http'] ? undefined : await benchHttp();

// ---- 3. PGlite, for information ----------------------------------------------------------------------------
let pglite: { filing: LoadResult[]; bare: LoadResult[]; rssMb: number; signed: number } | undefined;
if (!args['skip-pglite']) {
  log('PGlite (in-process, app.inject) …');
  const child = startTsChild({
    script: 'bench/receipts-pglite.ts',
    cwd: root,
    env: {
      ...process.env,
      BENCH_CONCURRENCY: String(concurrency),
      BENCH_DURATION_MS: String(durationMs),
      BENCH_WARMUP_MS: String(warmupMs),
      BENCH_RUNS: String(runs),
    },
    timeoutMs: 300_000 + runs * 4 * durationMs + 2 * warmupMs,
  });
  pglite = (await child.firstLine) as typeof pglite;
  await child.stop();
}

// ---- report ------------------------------------------------------------------------------------------------
const us = (ms: number) => (Number.isFinite(ms) ? Math.round(ms * 1000).toLocaleString('en-US') : '—');
const verifyRows = verification.flatMap((v) =>
  (
    [
      ['one at a time', v.serial],
      [`${concurrency} in flight`, v.parallel],
    ] as const
  ).map(
    ([mode, rs]) =>
      `| ${v.alg} | ${mode} | ${rs.map((r) => f0(r.perSecond)).join(' · ')} | **${f0(median(rs.map((r) => r.perSecond)))}** | ` +
      `${us(median(rs.map((r) => r.p50Ms)))} | ${us(median(rs.map((r) => r.p99Ms)))} |`,
  ),
);
const lines = [
  `Command: \`${commandLine}\``,
  '',
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- Machine: nproc ${machine.nproc} (${machine.cpu}); free -h: \`${machine.memory}\`; Node ${machine.node}; ${machine.os}`,
  `- Noise: before each measured window the script waits (up to ${args['quiet-timeout']} s) until the whole machine is below ${args['quiet-max']}% of one core for 2 s.`,
  '',
  '#### Verification alone (in-process)',
  '',
  `\`verifyReceipt\` (src/modules/payments/receipt.ts) on 2,000 distinct pre-signed receipts of ${verification.map((v) => `${v.bytes} bytes (${v.alg})`).join(' and ')} ` +
    `(all claims including store and one item), cycled; the key finder answers from memory, as the server's key cache does after its first look-up, ` +
    `and the imported key is cached by the verifier itself. Size check, header peek, signature (jose → WebCrypto), claims schema, time rules. ` +
    `${runs} runs of ${verifyMs / 1000} s per row after a 1 s warm-up; latency per call, in µs.`,
  '',
  '| alg | mode | receipts/s per run | median /s | p50 µs | p99 µs |',
  '| --- | --- | --- | --- | --- | --- |',
  ...verifyRows,
];
if (httpResult) {
  const { http, plain, bare, committed: c } = httpResult;
  const all = c.expected + c.plain;
  const ok = c.cases === all && c.verified === c.expected && c.audit === all && c.outbox === all;
  const ratio = ratioOf(http, bare);
  lines.push(
    '',
    '#### Filing with a receipt over HTTP, PostgreSQL',
    '',
    `- PostgreSQL: ${httpResult.pgVersion} on 127.0.0.1 (${httpResult.pgSettings})`,
    `- Shape: as the filing benchmark — ${concurrency} concurrent clients per side, closed loop; ${warmupMs / 1000} s warm-up per side, then ${runs} rounds of ` +
      `${durationMs / 1000} s per side, each side taking its turn first, second and third; \`bench/filing-server.ts\` (JOBS=0, LOG_LEVEL=silent, DB_POOL_MAX=${concurrency}) ` +
      `in a child process, keep-alive node:http clients in the parent. ${regionCount === 1 ? 'One region, one merchant' : `${regionCount} regions, one merchant each`}, ` +
      'one institution with one registered Ed25519 key, the merchant holding the mid.',
    `- Each request: \`POST /api/v1/cases\` \`{receipt, description, demands}\` with its own receipt (a distinct txn) → 201; ${f0(httpResult.signed)} receipts were ` +
      'signed for the purpose before the windows they were used in (never inside one). The server verifies the signature, resolves the mid to the merchant ' +
      'that held it at the payment time (one query per filing) and files the case straight to the merchant.',
    "- Baseline: the filing benchmark's bare `INSERT INTO cases (…)` of the same row from a `pg.Pool` of the same size. For comparison, a third side " +
      "files the filing benchmark's own request (`merchant: {merchantId}`, no receipt) against the same server in the same rounds.",
    `- Check: ${c.expected} receipt filings and ${c.plain} plain filings answered 201 (warm-up included); the database holds ${c.cases} filed cases, ` +
      `${c.verified} of them verified by a receipt and awaiting the merchant's response, ${c.audit} audit events, ${c.outbox} outbox events` +
      `${ok ? ' — all accounted for' : ' — MISMATCH'}.`,
    '',
    runsTable([
      { label: 'receipt filings', runs: http, latency: true },
      { label: 'plain filings', runs: plain, latency: true },
      { label: 'bare inserts', runs: bare, latency: true },
    ]),
    '',
    `CPU, median over the runs, in % of one core (the machine has ${machine.nproc}); load generator = this process, server = its child, ` +
      "postgres = the benchmark database's backends and PostgreSQL's background processes, other = the rest of the machine:",
    '',
    cpuTable([
      { label: 'receipt filings', runs: http, latency: true },
      { label: 'plain filings', runs: plain, latency: true },
      { label: 'bare inserts', runs: bare, latency: true },
    ]),
    '',
    `**Ratio = median receipt filings/s ÷ median bare inserts/s = ${f0(median(http.map((r) => r.perSecond)))} ÷ ${f0(median(bare.map((r) => r.perSecond)))} = ${f2(ratio)}**; ` +
      `receipt filings ÷ plain filings = ${f2(ratioOf(http, plain))}.`,
  );
}
if (pglite) {
  lines.push(
    '',
    '#### PGlite (embedded, for information)',
    '',
    `\`bench/receipts-pglite.ts\` in its own process: a fresh data directory, the app in-process, receipt filings through \`app.inject()\` ` +
      `(no sockets), ${concurrency} concurrent callers, same warm-up and rounds, ${f0(pglite.signed)} receipts signed between windows; baseline ` +
      `the same bare INSERT through the same PGlite instance. RSS at the end: ${pglite.rssMb} MB.`,
    '',
    runsTable([
      { label: 'receipt filings', runs: pglite.filing, latency: true },
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
  writeBlock(file, 'receipts', '## Receipts: verification and filing (issue 3)', block);
  log(`written to ${file}`);
}
