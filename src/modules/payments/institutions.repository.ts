// Institutions and their receipt-signing keys: platform-wide rows (an institution serves many regions).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { institutionKeys, institutions } from './payments.schema.js';

export type InstitutionRow = typeof institutions.$inferSelect;
export type InstitutionKeyRow = typeof institutionKeys.$inferSelect;

export async function insertInstitution(db: Db, row: typeof institutions.$inferInsert): Promise<InstitutionRow> {
  const [created] = await db.insert(institutions).values(row).returning();
  return created!;
}

export async function findInstitutionById(db: Db, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row;
}

export async function updateInstitution(
  db: Db,
  id: string,
  patch: Partial<Pick<InstitutionRow, 'webhookUrl' | 'webhookSecretEnc' | 'lookupUrl'>>,
): Promise<InstitutionRow | undefined> {
  const [row] = await db.update(institutions).set(patch).where(eq(institutions.id, id)).returning();
  return row;
}

/** Inserts the key unless the institution already has that kid (then returns undefined). */
export async function insertKey(
  db: Db,
  row: typeof institutionKeys.$inferInsert,
): Promise<InstitutionKeyRow | undefined> {
  const [created] = await db.insert(institutionKeys).values(row).onConflictDoNothing().returning();
  return created;
}

export async function listKeys(db: Db, institutionId: string): Promise<InstitutionKeyRow[]> {
  return db
    .select()
    .from(institutionKeys)
    .where(eq(institutionKeys.institutionId, institutionId))
    .orderBy(asc(institutionKeys.createdAt), asc(institutionKeys.kid));
}

/** Keys for many (institution, kid) pairs in one query (the receipt verifier batches its look-ups). */
export async function findKeys(db: Db, pairs: { institutionId: string; kid: string }[]): Promise<InstitutionKeyRow[]> {
  if (!pairs.length) return [];
  const rows = await db
    .select()
    .from(institutionKeys)
    .where(
      and(
        inArray(
          institutionKeys.institutionId,
          pairs.map((p) => p.institutionId),
        ),
        inArray(
          institutionKeys.kid,
          pairs.map((p) => p.kid),
        ),
      ),
    );
  const wanted = new Set(pairs.map((p) => `${p.institutionId}/${p.kid}`));
  return rows.filter((r) => wanted.has(`${r.institutionId}/${r.kid}`));
}

export async function setKeyStatus(
  db: Db,
  institutionId: string,
  kid: string,
  status: 'retired' | 'revoked',
  at: Date,
): Promise<InstitutionKeyRow | undefined> {
  const [row] = await db
    .update(institutionKeys)
    .set({ status, retiredAt: at })
    .where(and(eq(institutionKeys.institutionId, institutionId), eq(institutionKeys.kid, kid)))
    .returning();
  return row;
}
