// Merchant import: a city's 50,000 shops through POST /api/v1/regions/:code/merchants/import, in chunks of
// 1,000 rows one after another as the admin page sends them (in-process app.inject: routing, validation, the
// use case, the database — no sockets). Then the same file again (idempotent: every row "exists"), and as the
// baseline the same rows written by bare multi-row INSERTs of 1,000 into another region of the same database.
// PGlite (in memory) always; PostgreSQL too when --pg (or BENCH_PG_URL) reaches a server.
//
//   npx tsx bench/merchant-import.bench.ts [--rows 50000] [--runs 3] [--pg postgres://postgres@127.0.0.1:5432/postgres]
//                                         [--skip-pg] [--write]
import { parseArgs } from 'node:util';
import { makeCreditCode } from '../src/lib/credit-code.js';
import { uuidv7 } from '../src/lib/ids.js';
import { merchants } from '../src/modules/merchants/merchants.schema.js';
import { createRegion, signedInStaff } from '../test/support/factories.js';
import { startTestApp, type TestContext } from '../test/support/harness.js';
import { machineInfo } from './lib/machine.js';
import { f0, f1, writeBlock } from './lib/report.js';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'skip-pg': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
const RUNS = Number(args.runs);
const CHUNK = 1000;
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const DISTRICTS = 10;
const INDUSTRY_NAMES = ['餐饮', '超市', '零售', '美容美发', '教育培训', 'restaurant', 'retail', '市场摊位'];

/** A file's rows as the browser sends them: Chinese names and addresses, industries and districts by name. */
function fileRows(seed: number) {
  return Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    creditCode: makeCreditCode(seed + i),
    legalName: `杭州市测试${i}号商贸有限公司`,
    tradeName: `测试小店${i}`,
    industry: INDUSTRY_NAMES[i % INDUSTRY_NAMES.length]!,
    district: `第${(i % DISTRICTS) + 1}区`,
    address: `杭州市西湖区文三路${i}号`,
    phone: `0571-8${String(i).padStart(7, '0')}`,
  }));
}

type Run = { importMs: number; reimportMs: number; bareMs: number };

async function measure(ctx: TestContext, run: number): Promise<Run> {
  const admin = await signedInStaff(ctx, { role: 'platform_admin' });
  const region = await createRegion(ctx, {
    code: `B${run}${Date.now().toString(36).slice(-4).toUpperCase()}`,
    districts: DISTRICTS,
  });
  const rows = fileRows(1_000_000 + run * 200_000);
  const send = async (expect: 'created' | 'exists') => {
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/regions/${region.code}/merchants/import`,
        headers: { cookie: admin.cookie, 'content-type': 'application/json' },
        payload: { rows: rows.slice(i, i + CHUNK) },
      });
      const body = res.json() as { created: number; exists: number; errors: number };
      const n = Math.min(CHUNK, rows.length - i);
      if (res.statusCode !== 200 || body[expect] !== n) {
        throw new Error(`chunk at ${i}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
    }
    return performance.now() - t0;
  };
  const importMs = await send('created');
  const reimportMs = await send('exists');

  // Baseline: the same rows, already resolved (industry code, district id), as bare multi-row INSERTs.
  const other = await createRegion(ctx, {
    code: `C${run}${Date.now().toString(36).slice(-4).toUpperCase()}`,
    districts: DISTRICTS,
  });
  const now = new Date();
  const values = rows.map((r, i) => ({
    id: uuidv7(),
    regionId: other.id,
    creditCode: r.creditCode,
    legalName: r.legalName,
    tradeName: r.tradeName,
    industry: 'retail' as const,
    address: r.address,
    districtId: other.districtIds[i % DISTRICTS]!,
    phone: r.phone,
    createdAt: now,
  }));
  const t0 = performance.now();
  for (let i = 0; i < values.length; i += CHUNK) {
    await ctx.deps.database.db.insert(merchants).values(values.slice(i, i + CHUNK));
  }
  const bareMs = performance.now() - t0;
  return { importMs, reimportMs, bareMs };
}

async function side(label: string): Promise<{ label: string; runs: Run[] } | null> {
  let ctx: TestContext;
  try {
    ctx = await startTestApp({ start: new Date() });
  } catch (err) {
    log(`${label}: not measured (${(err as Error).message})`);
    return null;
  }
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(ctx, i);
      log(
        `${label} run ${i + 1}: import ${f1(r.importMs / 1000)} s, again ${f1(r.reimportMs / 1000)} s, bare ${f1(r.bareMs / 1000)} s`,
      );
      runs.push(r);
    }
  } finally {
    await ctx.close();
  }
  return { label, runs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function table(s: { label: string; runs: Run[] }): string {
  const perS = (ms: number) => ROWS / (ms / 1000);
  const lines = [
    '| run | import s | import rows/s | re-import s | re-import rows/s | bare INSERT s | bare INSERT rows/s |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...s.runs.map(
      (r, i) =>
        `| ${i + 1} | ${f1(r.importMs / 1000)} | ${f0(perS(r.importMs))} | ${f1(r.reimportMs / 1000)} | ${f0(perS(r.reimportMs))} | ${f1(r.bareMs / 1000)} | ${f0(perS(r.bareMs))} |`,
    ),
  ];
  const m = (k: keyof Run) => median(s.runs.map((r) => r[k]));
  lines.push(
    `| **median** | **${f1(m('importMs') / 1000)}** | **${f0(perS(m('importMs')))}** | ${f1(m('reimportMs') / 1000)} | ${f0(perS(m('reimportMs')))} | ${f1(m('bareMs') / 1000)} | ${f0(perS(m('bareMs')))} |`,
  );
  const ratio = m('bareMs') / m('importMs');
  return `#### ${s.label}\n\n${lines.join('\n')}\n\nRatio = import rows/s ÷ bare INSERT rows/s = ${ratio.toFixed(2)}.`;
}

const sides: { label: string; runs: Run[] }[] = [];
delete process.env.DATABASE_URL;
const lite = await side('PGlite (embedded, in memory)');
if (lite) sides.push(lite);
if (!args['skip-pg']) {
  process.env.DATABASE_URL = args.pg;
  const pg = await side('PostgreSQL');
  if (pg) sides.push(pg);
}

const machine = machineInfo();
const block = [
  `Command: \`npx tsx bench/merchant-import.bench.ts ${process.argv.slice(2).join(' ')}\``.replace(/ `$/, '`'),
  '',
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- Machine: nproc ${machine.nproc} (${machine.cpu}); free -h: \`${machine.memory}\`; Node ${machine.node}; ${machine.os}`,
  `- Shape: ${f0(ROWS)} rows (Chinese names and addresses, industries and districts by name, phones), sent as the admin page sends them: chunks of ${CHUNK} rows, one request after another, through \`app.inject\` (routing, validation, authorization, the use case, the database; no sockets), signed in as the platform admin, into a fresh region of ${DISTRICTS} districts. "Re-import" sends the same file again: every row answers "exists" and nothing is written. Baseline: the same rows, already resolved, as bare \`INSERT … VALUES\` of ${CHUNK} rows through the same database handle. ${RUNS} runs per database, each into new regions.`,
  '- Check: every chunk answered 200 with all its rows created (first pass) or existing (second pass).',
  '',
  sides.map(table).join('\n\n'),
].join('\n');
process.stdout.write(`${block}\n`);
if (args.write) {
  writeBlock('BENCHMARKS.md', 'merchant-import', '## Merchant import (issue 5, admin)', block);
  log('BENCHMARKS.md updated');
}
