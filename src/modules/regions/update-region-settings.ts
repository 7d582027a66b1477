import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { getRegionById, updateRegionSettings as updateSettingsRow } from './region.repository.js';
import { completeRegionSettings, type RegionSettings, type RegionSettingsInput } from './region-settings.js';

/**
 * Replaces the region's settings (PUT: missing keys take the platform defaults, the time zone the region's).
 * Deadlines already running keep their due times; the new policy applies to deadlines opened from now on.
 */
export async function updateRegionSettings(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; input: RegionSettingsInput },
): Promise<RegionSettings> {
  authorize(opts.actor, 'region.configure', { regionId: opts.regionId });
  const db = deps.database.db;
  const region = await getRegionById(db, opts.regionId);
  if (!region) throw new AppError('REGION_NOT_FOUND', { regionId: opts.regionId });
  const settings = completeRegionSettings(opts.input, region.timeZone);
  await updateSettingsRow(db, opts.regionId, settings);
  deps.filings.forgetTargets();
  return settings;
}
