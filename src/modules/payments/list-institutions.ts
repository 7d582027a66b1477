import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type InstitutionListRow, listInstitutionRows } from './institution-list.repository.js';

/** Every payment and clearing institution on the platform (platform admin). */
export async function listInstitutions(deps: AppDeps, opts: { actor: Actor }): Promise<InstitutionListRow[]> {
  authorize(opts.actor, 'platform.admin');
  return listInstitutionRows(deps.database.db);
}
