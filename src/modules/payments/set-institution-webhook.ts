import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { webhookUrlProblem } from '../webhooks/index.js';
import { updateInstitution } from './institutions.repository.js';

/** Where refund instructions go, with a new signing secret (returned once, stored sealed). */
export async function setInstitutionWebhook(
  deps: AppDeps,
  opts: { institutionId: string; url: string },
): Promise<{ url: string; secret: string }> {
  const problem = webhookUrlProblem(opts.url);
  if (problem) throw new AppError('VALIDATION_FAILED', { reason: problem });
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const row = await updateInstitution(deps.database.db, opts.institutionId, {
    webhookUrl: opts.url,
    webhookSecretEnc: deps.secrets.encrypt(secret),
  });
  if (!row) throw new AppError('NOT_FOUND', { institutionId: opts.institutionId });
  return { url: opts.url, secret };
}
