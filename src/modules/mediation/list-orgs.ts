import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type DistrictRow, districtsById } from '../regions/index.js';
import { listMediationOrgs, type MediationOrgRow, type OrgTier } from './mediation-org.repository.js';

/** The region's organisations, for its staff (who routes cases where). */
export async function listOrgs(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; tier?: OrgTier },
): Promise<{ items: MediationOrgRow[]; districts: Map<string, DistrictRow> }> {
  authorize(opts.actor, 'region.read', { regionId: opts.regionId });
  const db = deps.database.db;
  const [items, districts] = await Promise.all([
    listMediationOrgs(db, opts.regionId, { tier: opts.tier }),
    districtsById(db, opts.regionId),
  ]);
  return { items, districts };
}
