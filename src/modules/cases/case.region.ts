import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { getRegionById, type RegionSettings, readRegionSettings } from '../regions/index.js';

export type CaseRegion = { id: string; code: string; timeZone: string; currency: string; settings: RegionSettings };

/** The region facts a case needs: its code (for case numbers), time zone, ladder and deadline policy. */
export async function loadCaseRegion(db: Db, regionId: string): Promise<CaseRegion> {
  const r = await getRegionById(db, regionId);
  if (!r) throw new AppError('REGION_NOT_FOUND', { regionId });
  return {
    id: r.id,
    code: r.code,
    timeZone: r.timeZone,
    currency: r.currency,
    settings: readRegionSettings(r.settings),
  };
}
