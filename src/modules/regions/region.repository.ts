// The only SQL on regions and districts. A region is the tenant itself, so its own reads take its id or
// its public code; everything below it (districts) takes the region id.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { RegionSettings } from './region-settings.js';
import { districts, regions } from './regions.schema.js';

export type RegionRow = typeof regions.$inferSelect;
export type DistrictRow = typeof districts.$inferSelect;

export type NewRegion = {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  timeZone: string;
  currency: string;
  settings: RegionSettings;
  createdAt: Date;
};

/** Inserts the region; undefined when the code is taken (ON CONFLICT keeps that race-free). */
export async function insertRegion(db: Db, r: NewRegion): Promise<RegionRow | undefined> {
  const [row] = await db.insert(regions).values(r).onConflictDoNothing().returning();
  return row;
}

export async function getRegionById(db: Db, regionId: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.id, regionId));
  return row;
}

/** Region codes are stored upper case; callers pass what the user typed. */
export async function getRegionByCode(db: Db, code: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code.trim().toUpperCase()));
  return row;
}

/** Every region, by code. There are tens, not thousands: no paging. */
export async function listRegions(db: Db): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.code));
}

/**
 * Replaces the settings. The time_zone column mirrors settings.deadlines.timeZone (it is what displays
 * use), so both change in the same statement.
 */
export async function updateRegionSettings(
  db: Db,
  regionId: string,
  settings: RegionSettings,
): Promise<RegionRow | undefined> {
  const [row] = await db
    .update(regions)
    .set({ settings, timeZone: settings.deadlines.timeZone })
    .where(eq(regions.id, regionId))
    .returning();
  return row;
}

export type NewDistrict = { id: string; code: string; name: string; nameEn: string };

/** Inserts the district; undefined when the region already has one with this code. */
export async function insertDistrict(db: Db, regionId: string, d: NewDistrict): Promise<DistrictRow | undefined> {
  const [row] = await db
    .insert(districts)
    .values({ ...d, regionId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function listDistricts(db: Db, regionId: string): Promise<DistrictRow[]> {
  return db.select().from(districts).where(eq(districts.regionId, regionId)).orderBy(asc(districts.code));
}

export async function getDistrict(db: Db, regionId: string, districtId: string): Promise<DistrictRow | undefined> {
  const [row] = await db
    .select()
    .from(districts)
    .where(and(eq(districts.regionId, regionId), eq(districts.id, districtId)));
  return row;
}

/** District rows by id, within one region (for presenting lists of merchants or organisations). */
export async function districtsById(db: Db, regionId: string): Promise<Map<string, DistrictRow>> {
  const rows = await listDistricts(db, regionId);
  return new Map(rows.map((d) => [d.id, d]));
}
