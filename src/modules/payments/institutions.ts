// Registering payment and clearing institutions (a platform admin's act; the route authorizes).
// API keys for an institution are identity's business (identity/issue-api-key.ts).
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { findInstitutionById, type InstitutionRow, insertInstitution } from './institutions.repository.js';

export type { InstitutionRow } from './institutions.repository.js';
export type InstitutionKind = InstitutionRow['kind'];
export const INSTITUTION_KINDS = ['payment', 'clearing'] as const satisfies readonly InstitutionKind[];

export async function registerInstitution(
  deps: AppDeps,
  opts: { input: { name: string; kind: InstitutionKind; webhookUrl?: string | null | undefined } },
): Promise<InstitutionRow> {
  const now = deps.clock.now();
  return insertInstitution(deps.database.db, {
    id: uuidv7(now.getTime()),
    name: opts.input.name,
    kind: opts.input.kind,
    webhookUrl: opts.input.webhookUrl ?? null,
    createdAt: now,
  });
}

/** The institution, or 404 NOT_FOUND. */
export async function getInstitution(deps: AppDeps, opts: { institutionId: string }): Promise<InstitutionRow> {
  const row = await findInstitutionById(deps.database.db, opts.institutionId);
  if (!row) throw new AppError('NOT_FOUND', { institutionId: opts.institutionId });
  return row;
}
