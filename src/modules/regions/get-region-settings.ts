import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { getRegionById } from './region.repository.js';
import { type RegionSettings, readRegionSettings } from './region-settings.js';

export async function getRegionSettings(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor },
): Promise<RegionSettings> {
  authorize(opts.actor, 'region.read', { regionId: opts.regionId });
  const region = await getRegionById(deps.database.db, opts.regionId);
  if (!region) throw new AppError('REGION_NOT_FOUND', { regionId: opts.regionId });
  return readRegionSettings(region.settings);
}
