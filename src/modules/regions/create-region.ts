import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { insertRegion, type RegionRow } from './region.repository.js';
import { completeRegionSettings } from './region-settings.js';
import type { CreateRegionBody } from './regions.contracts.js';

/** A new city tenant. Its settings are stored complete, so later changes to the defaults do not move its deadlines. */
export async function createRegion(deps: AppDeps, opts: { actor: Actor; input: CreateRegionBody }): Promise<RegionRow> {
  authorize(opts.actor, 'platform.admin');
  const { input } = opts;
  const row = await insertRegion(deps.database.db, {
    id: uuidv7(),
    code: input.code,
    name: input.name,
    nameEn: input.nameEn,
    timeZone: input.settings?.deadlines.timeZone ?? input.timeZone,
    currency: input.currency,
    settings: completeRegionSettings(input.settings, input.timeZone),
    createdAt: deps.clock.now(),
  });
  if (!row) throw new AppError('ALREADY_EXISTS', { code: input.code });
  return row;
}
