import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { listUsersOfOrg, type UserRow } from '../identity/user.repository.js';
import { getOrg } from './mediation-org.repository.js';

/** An organisation's active staff, so a case can be assigned to a colleague by name rather than by id. */
export async function listOrgStaff(
  deps: AppDeps,
  opts: { regionId: string; orgId: string; actor: Actor },
): Promise<UserRow[]> {
  authorize(opts.actor, 'org.staff.read', { regionId: opts.regionId, orgId: opts.orgId });
  const db = deps.database.db;
  const org = await getOrg(db, opts.regionId, opts.orgId);
  if (!org) throw new AppError('NOT_FOUND', { orgId: opts.orgId });
  return listUsersOfOrg(db, opts.regionId, opts.orgId);
}
