// Payment and clearing institutions: platform-wide rows (an institution serves many regions).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { institutions } from './payments.schema.js';

export type InstitutionRow = typeof institutions.$inferSelect;

export async function insertInstitution(db: Db, row: typeof institutions.$inferInsert): Promise<InstitutionRow> {
  const [created] = await db.insert(institutions).values(row).returning();
  return created!;
}

export async function findInstitutionById(db: Db, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row;
}
