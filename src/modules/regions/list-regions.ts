import type { AppDeps } from '../../deps.js';
import { listRegions as listRegionRows, type RegionRow } from './region.repository.js';

/** Every region: public (the consumer's first choice is the city). */
export async function listRegions(deps: AppDeps): Promise<RegionRow[]> {
  return listRegionRows(deps.database.db);
}
