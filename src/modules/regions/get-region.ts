import type { AppDeps } from '../../deps.js';
import { type DistrictRow, listDistricts, type RegionRow } from './region.repository.js';
import { resolveRegion } from './resolve-region.js';

/** A region and its districts: public, since consumers pick a district when filing. */
export async function getRegion(
  deps: AppDeps,
  opts: { code: string },
): Promise<{ region: RegionRow; districts: DistrictRow[] }> {
  const region = await resolveRegion(deps.database.db, opts.code);
  return { region, districts: await listDistricts(deps.database.db, region.id) };
}
