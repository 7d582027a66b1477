// The only SQL on mediation organisations and regulators, always scoped by region.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { mediationOrgs, type OrgKind } from './mediation.schema.js';

export type MediationOrgRow = typeof mediationOrgs.$inferSelect;
export type OrgTier = 'mediation' | 'regulator';

export type NewMediationOrg = {
  id: string;
  name: string;
  kind: OrgKind;
  tier: OrgTier;
  districtId: string | null;
  createdAt: Date;
};

export async function insertOrg(db: Db, regionId: string, o: NewMediationOrg): Promise<MediationOrgRow> {
  const [row] = await db
    .insert(mediationOrgs)
    .values({ ...o, regionId })
    .returning();
  return row!;
}

export async function getOrg(db: Db, regionId: string, orgId: string): Promise<MediationOrgRow | undefined> {
  const [row] = await db
    .select()
    .from(mediationOrgs)
    .where(and(eq(mediationOrgs.regionId, regionId), eq(mediationOrgs.id, orgId)));
  return row;
}

export async function listMediationOrgs(
  db: Db,
  regionId: string,
  filter: { tier?: OrgTier } = {},
): Promise<MediationOrgRow[]> {
  return db
    .select()
    .from(mediationOrgs)
    .where(and(eq(mediationOrgs.regionId, regionId), filter.tier ? eq(mediationOrgs.tier, filter.tier) : undefined))
    .orderBy(asc(mediationOrgs.tier), asc(mediationOrgs.id));
}

/**
 * Who takes a case at `tier` for a dispute in `districtId`: the organisation covering that district, else
 * the region-wide one (district null), else null (the case waits for the regulator to assign it). When
 * several cover the same scope the oldest wins, so the answer is stable across calls and instances.
 */
export async function findOrgForDistrict(
  db: Db,
  regionId: string,
  tier: OrgTier,
  districtId: string | null,
): Promise<MediationOrgRow | null> {
  const scoped = (district: string | null) =>
    db
      .select()
      .from(mediationOrgs)
      .where(
        and(
          eq(mediationOrgs.regionId, regionId),
          eq(mediationOrgs.tier, tier),
          district === null ? isNull(mediationOrgs.districtId) : eq(mediationOrgs.districtId, district),
        ),
      )
      .orderBy(asc(mediationOrgs.createdAt), asc(mediationOrgs.id))
      .limit(1);
  if (districtId !== null) {
    const [own] = await scoped(districtId);
    if (own) return own;
  }
  const [regionWide] = await scoped(null);
  return regionWide ?? null;
}
