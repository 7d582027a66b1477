import type { AppDeps } from '../../deps.js';
import { getInstitution } from '../payments/institutions.js';
import { type ApiKeyRow, listApiKeys as list } from './api-key.repository.js';

/** An institution's keys (prefix and label only: the keys themselves are not kept). */
export async function listApiKeys(deps: AppDeps, opts: { institutionId: string }): Promise<ApiKeyRow[]> {
  await getInstitution(deps, { institutionId: opts.institutionId });
  return list(deps.database.db, opts.institutionId);
}
