import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { webhookUrlProblem } from '../webhooks/index.js';
import { updateInstitution } from './institutions.repository.js';

/**
 * Where refund instructions go (and, optionally, where to pull payments from), with a new signing secret for
 * both directions (returned once, stored sealed).
 */
export async function setInstitutionWebhook(
  deps: AppDeps,
  opts: { institutionId: string; url: string; lookupUrl?: string | undefined },
): Promise<{ url: string; lookupUrl: string | null; secret: string }> {
  for (const u of [opts.url, opts.lookupUrl]) {
    const problem = u === undefined ? null : webhookUrlProblem(u);
    if (problem) throw new AppError('VALIDATION_FAILED', { reason: problem, url: u });
  }
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const row = await updateInstitution(deps.database.db, opts.institutionId, {
    webhookUrl: opts.url,
    webhookSecretEnc: deps.secrets.encrypt(secret),
    lookupUrl: opts.lookupUrl ?? null,
  });
  if (!row) throw new AppError('NOT_FOUND', { institutionId: opts.institutionId });
  return { url: opts.url, lookupUrl: row.lookupUrl, secret };
}
