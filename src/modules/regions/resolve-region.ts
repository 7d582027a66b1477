import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { getDistrict, getRegionByCode, type RegionRow } from './region.repository.js';

/**
 * The region named by a URL's :code, or REGION_NOT_FOUND. Routes resolve the code first so that every
 * use case below receives an explicit region id, as repositories require.
 */
export async function resolveRegion(db: Db, code: string): Promise<RegionRow> {
  const region = await getRegionByCode(db, code);
  if (!region) throw new AppError('REGION_NOT_FOUND', { code });
  return region;
}

/** Checks that a district named in a request belongs to the region (null: none named). */
export async function requireDistrict(db: Db, regionId: string, districtId: string | null | undefined): Promise<void> {
  if (!districtId) return;
  const d = await getDistrict(db, regionId, districtId);
  if (!d) throw new AppError('VALIDATION_FAILED', { districtId, reason: 'no such district in this region' });
}
