// Diagnosis for the filing benchmark: the filing's SQL replayed straight through a pg.Pool (no HTTP, no app
// code between statements), in the app's order and in orders that hold the per-region case-number lock for
// less time, next to the bare INSERT. It says how much of the gap is the transaction's shape at the database.
//
//   npx tsx bench/filing-tx.experiment.ts [--concurrency 16] [--duration 5] [--runs 3] [--warmup 2] [--write]
//
// Variants (all one region, the benchmark's case):
//   app           the statements fileCase sends, in its order: merchant lookup; BEGIN; region; counter upsert
//                 (row lock taken here …); INSERT case; INSERT 2 deadlines; audit seq lookup; INSERT audit;
//                 INSERT outbox; COMMIT (… released here); deadlines read back
//   counter-late  the same work, with the counter upsert folded into the case INSERT (one CTE) and sent after
//                 the audit event, so the lock is held for 3 statements + COMMIT instead of 6 + COMMIT
//   sequence      the app's order, with nextval() on a per-region-year SEQUENCE instead of the counter row
//                 (no lock held to commit; a rolled-back filing leaves a gap in the numbers)
//   no-number     the app's order without any number statement: what the rest of the transaction costs
//   lean          sequence, plus three round trips dropped: region read joined into the merchant lookup, no audit
//                 seq lookup for a case's first event (it is 1, after the genesis hash), deadlines returned by
//                 their INSERT instead of read back after COMMIT (7 round trips instead of 11)
//   one-statement the merchant/region lookup, then every write in one data-modifying CTE, autocommit
//                 (2 round trips): the ceiling for this data model on this machine
//   bare          one INSERT of the case row (the benchmark's baseline)
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { uuidv7 } from '../src/lib/ids.js';
import { BARE_INSERT_SQL, bareInsertValues } from './lib/bare-insert.js';
import { waitForQuiet } from './lib/cpu.js';
import { type BenchTarget, seedTargets } from './lib/fixtures.js';
import { type LoadResult, runClosedLoop } from './lib/load.js';
import { f2, ratioOf, runsTable, writeBlock } from './lib/report.js';

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    write: { type: 'boolean', default: false },
  },
});
const concurrency = Number(args.concurrency);
const durationMs = Number(args.duration) * 1000;
const warmupMs = Number(args.warmup) * 1000;
const runs = Number(args.runs);
const log = (msg: string) => process.stderr.write(`[experiment] ${msg}\n`);

const CASE_COLUMNS = `id, region_id, number, merchant_id, store_id, district_id, consumer_id, consumer_token_hash,
  consumer_phone_enc, consumer_phone_masked, status, tier, title, description, demands, claim_minor, currency, purchase,
  filed_at, updated_at`;
// $3 is the number; the CTE variant computes it instead.
const CASE_VALUES = `$1, $2, $3, $4, NULL, $5, NULL, $6, NULL, NULL, 'awaiting_response', 'merchant', $7, $8, $9, $10, $11, $12, $13, $13`;
const SQL = {
  merchant: `SELECT m.region_id, r.code, m.id, m.district_id FROM merchants m JOIN regions r ON r.id = m.region_id WHERE m.id = $1`,
  region: `SELECT id, code, name, name_en, time_zone, currency, settings, created_at FROM regions WHERE id = $1`,
  counter: `INSERT INTO case_counters (region_id, year, last) VALUES ($1, $2, 1)
    ON CONFLICT (region_id, year) DO UPDATE SET last = case_counters.last + 1 RETURNING last`,
  insertCase: `INSERT INTO cases (${CASE_COLUMNS}) VALUES (${CASE_VALUES}) RETURNING *`,
  insertCaseNumbered: `WITH n AS (
      INSERT INTO case_counters (region_id, year, last) VALUES ($2, $14, 1)
      ON CONFLICT (region_id, year) DO UPDATE SET last = case_counters.last + 1 RETURNING last)
    INSERT INTO cases (${CASE_COLUMNS}) SELECT ${CASE_VALUES.replace('$3', `$3 || lpad(n.last::text, 6, '0')`)} FROM n RETURNING *`,
  deadlines: `INSERT INTO case_deadlines (id, region_id, case_id, kind, basis, status, started_at, due_at) VALUES
    ($1, $2, $3, 'merchant_response', 'hours', 'active', $5, $6), ($4, $2, $3, 'resolution', 'calendar_days', 'active', $5, $7)`,
  auditLast: `SELECT seq, hash FROM audit_events WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`,
  audit: `INSERT INTO audit_events (id, region_id, case_id, seq, actor_id, actor_role, action, before, after, at, prev_hash, hash)
    VALUES ($1, $2, $3, 1, NULL, 'consumer', 'filed', NULL, $4, $5, $6, $7)`,
  outbox: `INSERT INTO outbox_events (id, region_id, case_id, type, payload, created_at) VALUES ($1, $2, $3, 'case.filed', $4, $5)`,
  readDeadlines: `SELECT * FROM case_deadlines WHERE region_id = $1 AND case_id = $2 ORDER BY started_at, id`,
  merchantAndRegion: `SELECT m.region_id, m.id, m.district_id, r.code, r.time_zone, r.currency, r.settings
    FROM merchants m JOIN regions r ON r.id = m.region_id WHERE m.id = $1`,
  // Every write of a filing in one statement (autocommit): number from a sequence ($23), then the case, its
  // two deadlines (returned), the first audit event and the outbox event, all keyed off the inserted case.
  oneStatement: `WITH c AS (
      INSERT INTO cases (${CASE_COLUMNS})
      VALUES (${CASE_VALUES.replace('$3', `$3 || lpad(nextval($23::regclass)::text, 6, '0')`)})
      RETURNING id, region_id, number, filed_at),
    d AS (
      INSERT INTO case_deadlines (id, region_id, case_id, kind, basis, status, started_at, due_at)
      SELECT $14::uuid, c.region_id, c.id, 'merchant_response', 'hours', 'active', c.filed_at, $16::timestamptz FROM c
      UNION ALL
      SELECT $15::uuid, c.region_id, c.id, 'resolution', 'calendar_days', 'active', c.filed_at, $17::timestamptz FROM c
      RETURNING *),
    a AS (
      INSERT INTO audit_events (id, region_id, case_id, seq, actor_id, actor_role, action, before, after, at, prev_hash, hash)
      SELECT $18::uuid, c.region_id, c.id, 1, NULL, 'consumer', 'filed', NULL, $19::jsonb, c.filed_at, $20, $21 FROM c),
    o AS (
      INSERT INTO outbox_events (id, region_id, case_id, type, payload, created_at)
      SELECT $22::uuid, c.region_id, c.id, 'case.filed', $24::jsonb || jsonb_build_object('number', c.number), c.filed_at FROM c)
    SELECT c.number, d.* FROM c, d`,
};

type Variant = 'app' | 'counter-late' | 'sequence' | 'no-number' | 'lean' | 'one-statement';
const YEAR = new Date().getUTCFullYear();
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function fileOnce(pool: pg.Pool, t: BenchTarget, variant: Variant, seqName: string) {
  return async () => {
    const values = bareInsertValues(t);
    const id = values[0] as string;
    const now = values[12] as Date;
    const due = [new Date(now.getTime() + 86_400_000), new Date(now.getTime() + 7 * 86_400_000)];
    const after = JSON.stringify({ status: 'awaiting_response', tier: 'merchant', merchantId: t.merchantId });
    const payload = {
      caseId: id,
      regionId: t.regionId,
      status: 'awaiting_response',
      previousStatus: null,
      tier: 'merchant',
    };

    if (variant === 'one-statement') {
      await pool.query(SQL.merchantAndRegion, [t.merchantId]);
      values[2] = `${t.regionCode}-${YEAR}S-`;
      await pool.query(SQL.oneStatement, [
        ...values,
        uuidv7(),
        uuidv7(),
        due[0],
        due[1],
        uuidv7(),
        after,
        '0'.repeat(64),
        sha(after),
        uuidv7(),
        seqName,
        JSON.stringify(payload),
      ]);
      return;
    }
    await pool.query(variant === 'lean' ? SQL.merchantAndRegion : SQL.merchant, [t.merchantId]);
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      if (variant !== 'lean') await c.query(SQL.region, [t.regionId]);
      const audit = async () => {
        if (variant !== 'lean') await c.query(SQL.auditLast, [id]);
        await c.query(SQL.audit, [uuidv7(), t.regionId, id, after, now, '0'.repeat(64), sha(after)]);
      };
      let number: string;
      if (variant === 'counter-late') {
        await audit();
        values[2] = `${t.regionCode}-${YEAR}-`;
        const { rows } = await c.query<{ number: string }>(SQL.insertCaseNumbered, [...values, YEAR]);
        number = rows[0]!.number;
      } else {
        if (variant === 'app') {
          const { rows } = await c.query<{ last: number }>(SQL.counter, [t.regionId, YEAR]);
          number = `${t.regionCode}-${YEAR}-${String(rows[0]!.last).padStart(6, '0')}`;
        } else if (variant === 'sequence' || variant === 'lean') {
          const { rows } = await c.query<{ n: unknown }>(`SELECT nextval('${seqName}') AS n`);
          // 'S': the sequence's numbers must not collide with the counter's in this one database.
          number = `${t.regionCode}-${YEAR}S-${String(rows[0]!.n).padStart(6, '0')}`;
        } else {
          number = `${t.regionCode}-X-${randomBytes(8).toString('hex')}`;
        }
        values[2] = number;
        await c.query(SQL.insertCase, values);
      }
      await c.query(variant === 'lean' ? `${SQL.deadlines} RETURNING *` : SQL.deadlines, [
        uuidv7(),
        t.regionId,
        id,
        uuidv7(),
        now,
        due[0],
        due[1],
      ]);
      if (variant !== 'counter-late') await audit();
      await c.query(SQL.outbox, [uuidv7(), t.regionId, id, JSON.stringify({ ...payload, number }), now]);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
    if (variant !== 'lean') await pool.query(SQL.readDeadlines, [t.regionId, id]);
  };
}

const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
  const c = new pg.Client({ connectionString: args.pg });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};
const dbName = `hejie_bench_${uuidv7().replace(/-/g, '').slice(-12)}`;
const dbUrl = Object.assign(new URL(args.pg), { pathname: `/${dbName}` }).toString();
await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
const results = new Map<string, LoadResult[]>();
try {
  const database = await openDatabase({ kind: 'postgres', url: dbUrl, poolMax: 1 });
  await database.migrate();
  const [target] = await seedTargets(database.db, 1);
  await database.close();
  const seqName = `case_no_${target!.regionCode.toLowerCase()}_${YEAR}`;
  const pool = new pg.Pool({ connectionString: dbUrl, max: concurrency, idleTimeoutMillis: 0 });
  pool.on('error', () => {});
  await pool.query(`CREATE SEQUENCE ${seqName}`);
  const ops: [string, () => Promise<void>][] = [
    ...(['app', 'counter-late', 'sequence', 'no-number', 'lean', 'one-statement'] as const).map(
      (v) => [v, fileOnce(pool, target!, v, seqName)] as [string, () => Promise<void>],
    ),
    ['bare', async () => void (await pool.query(BARE_INSERT_SQL, bareInsertValues(target!)))],
  ];
  for (const [name, op] of ops) {
    await runClosedLoop({ concurrency, durationMs: warmupMs, op });
    results.set(name, []);
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, op] of ops) {
      await waitForQuiet({ maxBusyPct: 40, timeoutMs: 60_000 });
      const r = await runClosedLoop({ concurrency, durationMs, op });
      if (r.errors) log(`${name}: ${r.errors} errors, first: ${r.firstError}`);
      results.get(name)!.push(r);
    }
    log(
      `round ${i + 1}/${runs}: ${[...results].map(([n, rs]) => `${n} ${Math.round(rs.at(-1)!.perSecond)}/s`).join(', ')}`,
    );
  }
  await pool.end();
} finally {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
}

const bare = results.get('bare')!;
const block = [
  `Command: \`npx tsx bench/filing-tx.experiment.ts ${process.argv.slice(2).join(' ')}\`; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, same machine. ` +
    `${concurrency} clients of one pg.Pool in one process, one region, ${runs} rounds of ${durationMs / 1000} s after a ${warmupMs / 1000} s warm-up, transactions/s.`,
  '',
  runsTable([...results].map(([label, rs]) => ({ label, runs: rs, latency: false }))),
  '',
  `Ratio to bare: ${[...results]
    .filter(([n]) => n !== 'bare')
    .map(([n, rs]) => `${n} ${f2(ratioOf(rs, bare))}`)
    .join(', ')}.`,
].join('\n');
process.stdout.write(`${block}\n`);
if (args.write) {
  writeBlock(
    fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)),
    'filing-tx',
    '### Diagnosis: the filing transaction at the database',
    block,
  );
}
