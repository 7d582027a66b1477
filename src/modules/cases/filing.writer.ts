// Group commit for new cases. Filings that arrive while earlier ones are being written wait a moment and
// are then written together: one statement puts every case, its deadlines, its first audit event and its
// outbox event into the database, so a batch costs one round trip and one commit instead of eight per case.
// A single statement is atomic on its own: each filing's rows commit together or not at all.
//
// Under light load a batch holds one filing and goes out at once (no added wait); under load, batches grow
// to what arrived while the previous ones were in flight. A batch that fails is retried filing by filing,
// so one bad filing cannot fail its neighbours.
import { sql } from 'drizzle-orm';
import { type Database, type Db, type PreparedStatement, rowsOf, sqlState } from '../../db/client.js';
import { type Batcher, createBatcher } from '../../lib/batcher.js';
import { createTtlCache, type TtlCache } from '../../lib/ttl-cache.js';
import type { DeadlineKind, OpenDeadline } from './case.deadlines.js';
import { type FilingTarget, targetsByMerchantIds, targetsByStoreIds } from './case.parties.repository.js';
import type { CaseRow, DeadlineRow } from './case.repository.js';

/** Everything about a new case but its number, which the database takes from the region-year sequence. */
export type NewFiling = {
  case: Omit<CaseRow, 'number'>;
  /** e.g. `HZ-2026-`; the number is the prefix and the sequence value padded to six digits. */
  numberPrefix: string;
  /** Name of the region-year sequence (built from a UUID and a year only). */
  sequence: string;
  deadlines: (OpenDeadline & { id: string })[];
  audit: {
    id: string;
    actorId: string | null;
    actorRole: string;
    action: string;
    after: Record<string, unknown>;
    prevHash: string;
    hash: string;
  };
  outbox: { id: string; type: string; payload: Record<string, unknown> };
  /**
   * A key that at most one open case may hold (a receipt filed by one payer). When an open case already
   * holds it, nothing is written and the result names that case.
   */
  uniqueKey: string | null;
  /** Hash of the filer's Idempotency-Key: a second filing with it returns the first case, never a second. */
  idempotencyKey: string | null;
  /** Hash of the request, to tell a true retry from a different request reusing the key. */
  requestHash: string | null;
};

export type FilingResult =
  | { kind: 'created'; case: CaseRow; deadlines: DeadlineRow[] }
  /** An earlier filing with the same idempotency key, or an open case holding the same unique key. */
  | { kind: 'exists'; caseId: string; requestHash: string | null; by: 'idempotency_key' | 'unique_key' };

export type FilingWriter = {
  write(f: NewFiling): Promise<FilingResult>;
  /**
   * Whom a filing is against (by merchant id, by store id), with the region's settings: batched reads, kept for
   * TARGET_TTL_MS. A change made in this process clears them at once (forgetTargets); other instances see it
   * within TARGET_TTL_MS.
   */
  targetByMerchant: Batcher<string, FilingTarget>;
  targetByStore: Batcher<string, FilingTarget>;
  forgetTargets(): void;
};

/** How long an instance may file against a merchant's district and its region's settings as it last read them. */
export const TARGET_TTL_MS = 10_000;

type Pending = { filing: NewFiling; resolve: (r: FilingResult) => void; reject: (e: unknown) => void };

// One statement for a whole batch: the input is one jsonb array, unpacked by jsonb_to_recordset, so the SQL
// text is the same for every batch size. `ord` ties each output row back to its filing.
const BATCH_SQL = `
with input as (
  select * from jsonb_to_recordset($1::jsonb) as x(
    ord int, id uuid, region_id uuid, seq text, prefix text, merchant_id uuid, store_id uuid, district_id uuid,
    consumer_id uuid, token_hash text, phone_enc text, phone_masked text, status text, tier text, title text,
    description text, demands jsonb, claim_minor bigint, currency text, purchase jsonb, filed_at timestamptz,
    unique_key text, idempotency_key text, request_hash text, deadlines jsonb, audit jsonb, outbox jsonb)
), numbered as (
  select input.*, prefix || lpad(nextval(seq::regclass)::text, 6, '0') as number from input
), c as (
  insert into cases (id, region_id, number, merchant_id, store_id, district_id, consumer_id, consumer_token_hash,
    consumer_phone_enc, consumer_phone_masked, status, tier, title, description, demands, claim_minor, currency,
    purchase, filed_at, updated_at, unique_key, idempotency_key, request_hash, analysis_due_at)
  select id, region_id, number, merchant_id, store_id, district_id, consumer_id, token_hash, phone_enc,
    phone_masked, status, tier, title, description, demands, claim_minor, currency, purchase, filed_at, filed_at,
    unique_key, idempotency_key, request_hash, filed_at
  from numbered
  -- Any unique conflict skips the filing: an earlier try with the same idempotency key, or an open case
  -- with the same unique key. Both are looked up below.
  on conflict do nothing
  returning id, number
), d as (
  insert into case_deadlines (id, region_id, case_id, kind, basis, status, started_at, due_at)
  select dl.id, n.region_id, n.id, dl.kind, dl.basis, 'active', n.filed_at, dl.due_at
  from c join numbered n on n.id = c.id,
    jsonb_to_recordset(n.deadlines) as dl(id uuid, kind text, basis text, due_at timestamptz)
), a as (
  insert into audit_events (id, region_id, case_id, seq, actor_id, actor_role, action, before, after, at, prev_hash, hash)
  select (n.audit->>'id')::uuid, n.region_id, n.id, 1, (n.audit->>'actorId')::uuid, n.audit->>'actorRole',
    n.audit->>'action', null, n.audit->'after', n.filed_at, n.audit->>'prevHash', n.audit->>'hash'
  from c join numbered n on n.id = c.id
), o as (
  insert into outbox_events (id, region_id, case_id, type, payload, created_at)
  select (n.outbox->>'id')::uuid, n.region_id, n.id, n.outbox->>'type',
    jsonb_set(n.outbox->'payload', '{number}', to_jsonb(c.number)), n.filed_at
  from c join numbered n on n.id = c.id
)
select n.ord, c.number, e.id as existing, e.request_hash, e.by
from numbered n left join c on c.id = n.id
left join lateral (
  select id, request_hash, 'idempotency_key' as by from cases where idempotency_key = n.idempotency_key
  union all
  select id, request_hash, 'unique_key' from cases where unique_key = n.unique_key and closed_at is null
  limit 1
) e on c.id is null`;

type BatchRow = {
  ord: number;
  number: string | null;
  existing: string | null;
  request_hash: string | null;
  by: 'idempotency_key' | 'unique_key' | null;
};

function toInput(f: NewFiling, ord: number) {
  const c = f.case;
  return {
    ord,
    id: c.id,
    region_id: c.regionId,
    seq: f.sequence,
    prefix: f.numberPrefix,
    merchant_id: c.merchantId,
    store_id: c.storeId,
    district_id: c.districtId,
    consumer_id: c.consumerId,
    token_hash: c.consumerTokenHash,
    phone_enc: c.consumerPhoneEnc,
    phone_masked: c.consumerPhoneMasked,
    status: c.status,
    tier: c.tier,
    title: c.title,
    description: c.description,
    demands: c.demands,
    claim_minor: c.claimMinor,
    currency: c.currency,
    purchase: c.purchase,
    filed_at: c.filedAt.toISOString(),
    unique_key: f.uniqueKey,
    idempotency_key: f.idempotencyKey,
    request_hash: f.requestHash,
    deadlines: f.deadlines.map((d) => ({ id: d.id, kind: d.kind, basis: d.basis, due_at: d.dueAt.toISOString() })),
    audit: f.audit,
    outbox: f.outbox,
  };
}

function created(f: NewFiling, number: string): FilingResult {
  const c = f.case;
  return {
    kind: 'created',
    case: { ...c, number },
    deadlines: f.deadlines.map((d) => ({
      id: d.id,
      regionId: c.regionId,
      caseId: c.id,
      kind: d.kind as DeadlineKind,
      basis: d.basis,
      status: 'active' as const,
      startedAt: c.filedAt,
      dueAt: d.dueAt,
      pausedMs: 0,
      endedAt: null,
    })),
  };
}

const BATCH_STATEMENT: PreparedStatement = { name: 'hejie_file_cases_v3', text: BATCH_SQL };

async function writeBatch(database: Database, batch: NewFiling[]): Promise<FilingResult[]> {
  const db = database.db;
  const input = JSON.stringify(batch.map(toInput));
  let rows: BatchRow[];
  try {
    rows = await database.query<BatchRow>(BATCH_STATEMENT, [input]);
  } catch (e) {
    // First case of a region-year: its sequence does not exist yet. Create it (racing instances may both
    // try; one wins) and run the batch again.
    if (sqlState(e) !== '42P01') throw e;
    for (const seq of new Set(batch.map((f) => f.sequence))) await ensureSequence(db, seq);
    rows = await database.query<BatchRow>(BATCH_STATEMENT, [input]);
  }
  const byOrd = new Map(rows.map((r) => [Number(r.ord), r]));
  // The statement's final SELECT cannot see rows its own CTEs wrote, nor (under READ COMMITTED) always a
  // concurrent commit that the conflict check saw: settle those from this batch or from a fresh read.
  const results: FilingResult[] = [];
  for (const [i, f] of batch.entries()) {
    const r = byOrd.get(i);
    if (r?.number) results.push(created(f, r.number));
    else if (r?.existing && r.by)
      results.push({ kind: 'exists', caseId: r.existing, requestHash: r.request_hash, by: r.by });
    else {
      const twin = batch.findIndex(
        (o, j) =>
          j !== i &&
          byOrd.get(j)?.number &&
          ((f.idempotencyKey && o.idempotencyKey === f.idempotencyKey) || (f.uniqueKey && o.uniqueKey === f.uniqueKey)),
      );
      const found =
        twin >= 0
          ? {
              caseId: batch[twin]!.case.id,
              requestHash: batch[twin]!.requestHash,
              by:
                batch[twin]!.idempotencyKey === f.idempotencyKey && f.idempotencyKey
                  ? ('idempotency_key' as const)
                  : ('unique_key' as const),
            }
          : await existingCase(db, f);
      if (!found) throw new Error('filing neither created nor matched an existing case');
      results.push({ kind: 'exists', ...found });
    }
  }
  return results;
}

async function existingCase(
  db: Db,
  f: NewFiling,
): Promise<{ caseId: string; requestHash: string | null; by: 'idempotency_key' | 'unique_key' } | null> {
  if (f.idempotencyKey) {
    const [r] = rowsOf<{ id: string; request_hash: string | null }>(
      await db.execute(sql`select id, request_hash from cases where idempotency_key = ${f.idempotencyKey}`),
    );
    if (r) return { caseId: r.id, requestHash: r.request_hash, by: 'idempotency_key' };
  }
  if (f.uniqueKey) {
    const [r] = rowsOf<{ id: string; request_hash: string | null }>(
      await db.execute(sql`select id, request_hash from cases where unique_key = ${f.uniqueKey} and closed_at is null`),
    );
    if (r) return { caseId: r.id, requestHash: r.request_hash, by: 'unique_key' };
  }
  return null;
}

export async function ensureSequence(db: Db, seq: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(seq)) throw new Error(`bad sequence name ${seq}`);
  try {
    await db.execute(sql.raw(`create sequence if not exists ${seq}`));
  } catch (race) {
    if (!['23505', '42P07'].includes(sqlState(race) ?? '')) throw race;
  }
}

function cached<V>(batcher: Batcher<string, V>, cache: TtlCache<string, V>): Batcher<string, V> {
  return { load: (key) => cache.get(key, (k) => batcher.load(k)) };
}

/**
 * The writer for one database. `maxInFlight` batches may be in the database at once (PostgreSQL commits
 * concurrent batches together); PGlite runs one statement at a time, so it gets one.
 */
export function createFilingWriter(
  database: Database,
  opts: { maxBatch?: number; maxInFlight?: number } = {},
): FilingWriter {
  const maxBatch = opts.maxBatch ?? 64;
  const maxInFlight = opts.maxInFlight ?? 4;
  const queue: Pending[] = [];
  let inFlight = 0;
  const byMerchant = createTtlCache<string, FilingTarget>({ ttlMs: TARGET_TTL_MS });
  const byStore = createTtlCache<string, FilingTarget>({ ttlMs: TARGET_TTL_MS });
  let scheduled = false;

  const settle = (batch: Pending[], results: FilingResult[]) => {
    for (const [i, p] of batch.entries()) p.resolve(results[i]!);
  };

  async function flush(batch: Pending[]): Promise<void> {
    try {
      settle(
        batch,
        await writeBatch(
          database,
          batch.map((p) => p.filing),
        ),
      );
    } catch (e) {
      if (batch.length === 1) {
        batch[0]!.reject(e);
        return;
      }
      // One at a time, so the failure lands on the filing that caused it.
      for (const p of batch) {
        try {
          p.resolve((await writeBatch(database, [p.filing]))[0]!);
        } catch (err) {
          p.reject(err);
        }
      }
    }
  }

  function pump(): void {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      void flush(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    targetByMerchant: cached(
      createBatcher((ids: string[]) => targetsByMerchantIds(database.db, ids)),
      byMerchant,
    ),
    targetByStore: cached(
      createBatcher((ids: string[]) => targetsByStoreIds(database.db, ids)),
      byStore,
    ),
    forgetTargets() {
      byMerchant.clear();
      byStore.clear();
    },
    write(filing) {
      return new Promise<FilingResult>((resolve, reject) => {
        queue.push({ filing, resolve, reject });
        // Let the filings of this turn of the event loop join the same batch.
        if (!scheduled) {
          scheduled = true;
          setImmediate(pump);
        }
      });
    },
  };
}
