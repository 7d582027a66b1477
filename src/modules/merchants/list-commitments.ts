import type { AppDeps } from '../../deps.js';
import { type CommitmentRow, listCommitments as listCommitmentRows } from './commitment.repository.js';
import { resolveMerchant } from './resolve-merchant.js';

/** A merchant's commitments (public): those in force, or the whole history newest first. */
export async function listCommitments(
  deps: AppDeps,
  opts: { merchantId: string; inForce?: boolean },
): Promise<CommitmentRow[]> {
  const db = deps.database.db;
  const merchant = await resolveMerchant(db, opts.merchantId);
  return listCommitmentRows(db, merchant.regionId, merchant.id, { inForce: opts.inForce });
}
