// Reading every institution at once, with how many receipt-signing keys each has in force. Platform-wide rows:
// a platform has a handful of institutions (payment companies, the clearing house), so no paging.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { InstitutionRow } from './institutions.repository.js';
import { institutionKeys, institutions } from './payments.schema.js';

export type InstitutionListRow = InstitutionRow & { activeKeys: number };

export async function listInstitutionRows(db: Db): Promise<InstitutionListRow[]> {
  const rows = await db
    .select({
      institution: institutions,
      activeKeys: count(institutionKeys.id),
    })
    .from(institutions)
    .leftJoin(
      institutionKeys,
      and(eq(institutionKeys.institutionId, institutions.id), eq(institutionKeys.status, 'active')),
    )
    .groupBy(institutions.id)
    .orderBy(asc(institutions.createdAt), asc(institutions.id));
  return rows.map((r) => ({ ...r.institution, activeKeys: r.activeKeys }));
}
