import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import { getInstitution } from '../payments/institutions.js';
import { type ApiKeyRow, insertApiKey } from './api-key.repository.js';
import { newApiKey } from './credentials.js';

/** A new API key for an institution. The key is returned this once; only its hash and prefix are kept. */
export async function issueApiKey(
  deps: AppDeps,
  opts: { institutionId: string; label?: string | undefined },
): Promise<{ key: string; row: ApiKeyRow }> {
  await getInstitution(deps, { institutionId: opts.institutionId });
  const now = deps.clock.now();
  const { key, hash, prefix } = newApiKey();
  const row = await insertApiKey(deps.database.db, {
    id: uuidv7(now.getTime()),
    institutionId: opts.institutionId,
    prefix,
    keyHash: hash,
    label: opts.label ?? '',
    createdAt: now,
  });
  return { key, row };
}
