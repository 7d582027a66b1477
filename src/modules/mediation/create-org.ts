import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { requireDistrict } from '../regions/index.js';
import type { CreateOrgBody } from './mediation.contracts.js';
import { insertOrg, type MediationOrgRow } from './mediation-org.repository.js';

/** Adds a mediation organisation or regulator to the region, covering one district or (district null) all of it. */
export async function createOrg(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; input: CreateOrgBody },
): Promise<MediationOrgRow> {
  authorize(opts.actor, 'org.manage', { regionId: opts.regionId });
  const db = deps.database.db;
  await requireDistrict(db, opts.regionId, opts.input.districtId);
  return insertOrg(db, opts.regionId, { id: uuidv7(), ...opts.input, createdAt: deps.clock.now() });
}
