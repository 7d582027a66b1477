import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseEvidence } from './evidence.schema.js';

export type EvidenceRow = typeof caseEvidence.$inferSelect;

const ofCase = (regionId: string, caseId: string) =>
  and(eq(caseEvidence.regionId, regionId), eq(caseEvidence.caseId, caseId));

export async function insertEvidence(tx: Db, row: typeof caseEvidence.$inferInsert): Promise<EvidenceRow> {
  const [created] = await tx.insert(caseEvidence).values(row).returning();
  return created!;
}

export async function listEvidence(db: Db, regionId: string, caseId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(caseEvidence)
    .where(ofCase(regionId, caseId))
    .orderBy(asc(caseEvidence.createdAt), asc(caseEvidence.id));
}

export async function countEvidence(db: Db, regionId: string, caseId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(caseEvidence).where(ofCase(regionId, caseId));
  return row?.n ?? 0;
}

export async function findEvidence(
  db: Db,
  regionId: string,
  caseId: string,
  evidenceId: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(caseEvidence)
    .where(and(ofCase(regionId, caseId), eq(caseEvidence.id, evidenceId)));
  return row;
}

export async function findEvidenceBySha256(
  db: Db,
  regionId: string,
  caseId: string,
  sha256: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(caseEvidence)
    .where(and(ofCase(regionId, caseId), eq(caseEvidence.sha256, sha256)));
  return row;
}
