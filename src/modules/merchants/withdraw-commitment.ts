import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type Actor, actorId } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type CommitmentRow, withdrawCommitment as endCommitment, getCommitment } from './commitment.repository.js';
import { resolveMerchant } from './resolve-merchant.js';

/**
 * Withdraws a commitment (its merchant's staff, or the regulator of its region). The row stays as history.
 * Idempotent: withdrawing one that has already ended returns it unchanged.
 */
export async function withdrawCommitment(
  deps: AppDeps,
  opts: { merchantId: string; commitmentId: string; actor: Actor },
): Promise<CommitmentRow> {
  const db = deps.database.db;
  const merchant = await resolveMerchant(db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: merchant.regionId, merchantId: merchant.id });
  const ended = await endCommitment(db, merchant.regionId, merchant.id, opts.commitmentId, {
    at: deps.clock.now(),
    by: actorId(opts.actor),
  });
  if (ended) return ended;
  const current = await getCommitment(db, merchant.regionId, merchant.id, opts.commitmentId);
  if (!current) throw new AppError('NOT_FOUND', { commitmentId: opts.commitmentId });
  return current;
}
