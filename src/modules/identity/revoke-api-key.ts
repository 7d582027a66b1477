import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type ApiKeyRow, revokeApiKey as revoke } from './api-key.repository.js';

/** Revokes an institution's key; it stops working on the next request. Revoking twice is harmless. */
export async function revokeApiKey(deps: AppDeps, opts: { institutionId: string; keyId: string }): Promise<ApiKeyRow> {
  const row = await revoke(deps.database.db, opts.institutionId, opts.keyId, deps.clock.now());
  if (!row) throw new AppError('NOT_FOUND', { institutionId: opts.institutionId, keyId: opts.keyId });
  return row;
}
