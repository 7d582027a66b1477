import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { type Actor, actorId } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type CommitmentRow, endCommitmentInForce, insertCommitment } from './commitment.repository.js';
import type { SignCommitmentBody } from './commitments.contracts.js';
import { resolveMerchant } from './resolve-merchant.js';

export type SignedCommitment = { commitment: CommitmentRow; replaced: CommitmentRow | null };

/**
 * The merchant signs a commitment (its staff, or the regulator of its region recording a paper signature).
 * Signing a kind already in force replaces it: the old row ends as 'replaced' in the same transaction, so
 * there is never a moment with two, or none, in force.
 */
export async function signCommitment(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; input: SignCommitmentBody },
): Promise<SignedCommitment> {
  const merchant = await resolveMerchant(deps.database.db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: merchant.regionId, merchantId: merchant.id });
  const now = deps.clock.now();
  const by = actorId(opts.actor);
  const input = opts.input;
  return deps.database.db.transaction(async (tx) => {
    const replaced = await endCommitmentInForce(tx, merchant.regionId, merchant.id, input.kind, {
      at: now,
      by,
      reason: 'replaced',
    });
    const commitment = await insertCommitment(tx, merchant.regionId, {
      id: uuidv7(),
      merchantId: merchant.id,
      kind: input.kind,
      windowDays: input.kind === 'offline_no_reason_return' ? input.windowDays : null,
      exclusions: input.kind === 'offline_no_reason_return' ? input.exclusions : [],
      conditions: input.conditions,
      signedAt: now,
      signedBy: by,
    });
    // Only a concurrent signature of the same kind, committed between our update and insert, gets here.
    if (!commitment) throw new AppError('ALREADY_EXISTS', { kind: input.kind });
    return { commitment, replaced: replaced ?? null };
  });
}
