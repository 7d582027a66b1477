// Reads and writes of the AI mediator's analysis of cases, and the queue of cases due for one.
import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { merchants } from '../merchants/merchants.schema.js';
import type { CaseRow } from './case.repository.js';
import { caseAnalyses, caseMessages, cases } from './cases.schema.js';

export type CaseAnalysisRow = typeof caseAnalyses.$inferSelect;

/** Cases due for a reading, locked for this transaction (SKIP LOCKED: instances take disjoint cases). */
export async function claimCasesDueForAnalysis(
  tx: Db,
  now: Date,
  limit: number,
): Promise<{ c: CaseRow; industry: string | null }[]> {
  const rows = await tx
    .select({ c: cases, industry: merchants.industry })
    .from(cases)
    .leftJoin(merchants, eq(merchants.id, cases.merchantId))
    .where(and(isNotNull(cases.analysisDueAt), lte(cases.analysisDueAt, now)))
    .orderBy(asc(cases.analysisDueAt))
    .limit(limit)
    .for('update', { of: cases, skipLocked: true });
  return rows;
}

/** What the consumer has said after filing (answers and messages): facts the mediator should read too. */
export async function consumerMessages(db: Db, regionId: string, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ body: caseMessages.body })
    .from(caseMessages)
    .where(
      and(
        eq(caseMessages.regionId, regionId),
        eq(caseMessages.caseId, caseId),
        eq(caseMessages.authorRole, 'consumer'),
      ),
    )
    .orderBy(asc(caseMessages.createdAt));
  return rows.map((r) => r.body);
}

export async function saveAnalysis(tx: Db, row: CaseAnalysisRow): Promise<void> {
  await tx
    .insert(caseAnalyses)
    .values(row)
    .onConflictDoUpdate({
      target: caseAnalyses.caseId,
      set: {
        version: row.version,
        category: row.category,
        route: row.route,
        analysis: row.analysis,
        analysedAt: row.analysedAt,
      },
    });
  await tx.update(cases).set({ analysisDueAt: null }).where(eq(cases.id, row.caseId));
}

export async function findAnalysis(db: Db, regionId: string, caseId: string): Promise<CaseAnalysisRow | undefined> {
  const [row] = await db
    .select()
    .from(caseAnalyses)
    .where(and(eq(caseAnalyses.regionId, regionId), eq(caseAnalyses.caseId, caseId)));
  return row;
}

/** The facts changed (the consumer answered, the merchant was named): read the case again soon. */
export async function markAnalysisDue(tx: Db, caseId: string, at: Date): Promise<void> {
  await tx
    .update(cases)
    .set({ analysisDueAt: sql`coalesce(${cases.analysisDueAt}, ${at})` })
    .where(eq(cases.id, caseId));
}
