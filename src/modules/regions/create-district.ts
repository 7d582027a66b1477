import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type DistrictRow, insertDistrict } from './region.repository.js';
import type { CreateDistrictBody } from './regions.contracts.js';

export async function createDistrict(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; input: CreateDistrictBody },
): Promise<DistrictRow> {
  authorize(opts.actor, 'region.configure', { regionId: opts.regionId });
  const row = await insertDistrict(deps.database.db, opts.regionId, { id: uuidv7(), ...opts.input });
  if (!row) throw new AppError('ALREADY_EXISTS', { district: opts.input.code });
  return row;
}
