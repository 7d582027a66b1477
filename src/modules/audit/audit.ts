// Tamper-evident case history: each event's hash covers the previous hash and the event's canonical JSON,
// so editing, deleting or reordering any stored event breaks every later link of that case's chain.
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sha256 } from '../../lib/crypto.js';
import { uuidv7 } from '../../lib/ids.js';
import { auditEvents } from './audit.schema.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditInput = {
  regionId: string;
  caseId: string;
  actorId: string | null;
  actorRole: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
};

/** JSON with object keys sorted at every level: one byte string per value, whatever the insertion order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashEvent(prevHash: string, e: AuditInput & { seq: number }): string {
  return sha256(
    prevHash +
      canonicalJson({
        regionId: e.regionId,
        caseId: e.caseId,
        seq: e.seq,
        actorId: e.actorId,
        actorRole: e.actorRole,
        action: e.action,
        before: e.before,
        after: e.after,
        at: e.at.toISOString(),
      }),
  );
}

/**
 * Append to the case's chain. Call inside the transaction that changes the case, with the case row
 * locked (FOR UPDATE), so appends to one chain are serialised; (case_id, seq) is unique as a backstop.
 */
export async function appendAudit(tx: Db, e: AuditInput, opts: { firstOfCase?: boolean } = {}): Promise<void> {
  // A case created in this transaction has no chain yet: skip the look-up.
  const [last] = opts.firstOfCase
    ? []
    : await tx
        .select({ seq: auditEvents.seq, hash: auditEvents.hash })
        .from(auditEvents)
        .where(eq(auditEvents.caseId, e.caseId))
        .orderBy(desc(auditEvents.seq))
        .limit(1);
  await tx.insert(auditEvents).values({ id: uuidv7(e.at.getTime()), ...e, ...chainLink(e, last ?? null) });
}

/** The stored form of an event that follows `last` (null: the first of its case): its seq and hashes. */
export function chainLink(
  e: AuditInput,
  last: { seq: number; hash: string } | null,
): {
  seq: number;
  prevHash: string;
  hash: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
} {
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  // JSON round-trip so what is hashed is exactly what jsonb gives back (no undefined, Dates as strings).
  const before = e.before ? (JSON.parse(JSON.stringify(e.before)) as Record<string, unknown>) : null;
  const after = e.after ? (JSON.parse(JSON.stringify(e.after)) as Record<string, unknown>) : null;
  return { seq, prevHash, hash: hashEvent(prevHash, { ...e, before, after, seq }), before, after };
}

export type ChainReport = { caseId: string; events: number; ok: boolean; brokenAtSeq?: number; problem?: string };

function verifyRows(caseId: string, rows: (typeof auditEvents.$inferSelect)[]): ChainReport {
  let prev = GENESIS_HASH;
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1)
      return { caseId, events: rows.length, ok: false, brokenAtSeq: r.seq, problem: 'gap in sequence' };
    if (r.prevHash !== prev) return { caseId, events: rows.length, ok: false, brokenAtSeq: r.seq, problem: 'link' };
    const expected = hashEvent(prev, {
      regionId: r.regionId,
      caseId: r.caseId,
      seq: r.seq,
      actorId: r.actorId,
      actorRole: r.actorRole,
      action: r.action,
      before: r.before ?? null,
      after: r.after ?? null,
      at: r.at,
    });
    if (expected !== r.hash) return { caseId, events: rows.length, ok: false, brokenAtSeq: r.seq, problem: 'hash' };
    prev = r.hash;
  }
  return { caseId, events: rows.length, ok: true };
}

export async function verifyCaseChain(db: Db, caseId: string): Promise<ChainReport> {
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).orderBy(asc(auditEvents.seq));
  return verifyRows(caseId, rows);
}

/** Check every chain, streaming case by case so memory stays flat on a large database. */
export async function verifyAllChains(
  db: Db,
  onReport?: (r: ChainReport) => void,
): Promise<{ cases: number; events: number; broken: ChainReport[] }> {
  const ids = await db.execute(sql`select distinct case_id from audit_events order by case_id`);
  const caseIds = (ids as unknown as { rows: { case_id: string }[] }).rows.map((r) => r.case_id);
  const broken: ChainReport[] = [];
  let events = 0;
  for (const id of caseIds) {
    const r = await verifyCaseChain(db, id);
    events += r.events;
    onReport?.(r);
    if (!r.ok) broken.push(r);
  }
  return { cases: caseIds.length, events, broken };
}

export async function listCaseAudit(db: Db, regionId: string, caseId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.regionId} = ${regionId} and ${auditEvents.caseId} = ${caseId}`)
    .orderBy(asc(auditEvents.seq));
}
