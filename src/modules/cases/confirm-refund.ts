// The institution confirms that it refunded the payer through the original payment. That is the merchant's
// side of the settlement done, on the word of the party that moved the money; when nothing but money was
// agreed, the consumer's side is done too and the case is fulfilled. Idempotent: a repeated confirmation
// changes nothing.
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type Actor, SYSTEM } from '../identity/actor.js';
import { authorizeInstitution } from '../identity/policy.js';
import { findRefund, lockRefund, markRefundConfirmed, type RefundRow } from '../payments/index.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent } from './case.lifecycle.js';
import { acceptedTerms } from './case.repository.js';
import { refundOnly } from './settlement-refund.js';

export async function confirmRefund(
  deps: AppDeps,
  opts: { refundId: string; actor: Actor; institutionRef?: string | undefined },
): Promise<RefundRow> {
  // A plain read to authorize; the row is locked below, after the case, in the confirming transaction.
  const refund = await findRefund(deps.database.db, opts.refundId);
  if (!refund) throw new AppError('NOT_FOUND', { refundId: opts.refundId });
  authorizeInstitution(opts.actor, refund.institutionId);
  // The case row is locked first, then the refund row: the same order as the settling transaction.
  return runCaseCommand(deps, { caseId: refund.caseId, actor: SYSTEM }, async (ctx, c) => {
    const r = (await lockRefund(ctx.tx, refund.id))!;
    if (r.status === 'confirmed') return r;
    if (r.status === 'failed') throw new AppError('ILLEGAL_TRANSITION', { reason: 'the refund instruction failed' });
    await markRefundConfirmed(ctx.tx, r.id, ctx.now, opts.institutionRef ?? null);
    const data = { refundId: r.id, institutionId: r.institutionId, amountMinor: r.amountMinor };
    // A case that moved on meanwhile (escalated, closed) keeps the confirmed refund in its history only.
    if (c.status === 'settled') {
      let updated = c;
      if (!c.merchantConfirmed) {
        updated = await applyCaseEvent(
          ctx,
          c,
          { type: 'confirm_fulfilment', by: 'merchant' },
          { action: 'refund_confirmed', data },
        );
      }
      if (
        updated.status === 'settled' &&
        !updated.consumerConfirmed &&
        refundOnly(await acceptedTerms(ctx.tx, c.regionId, c.id))
      ) {
        await applyCaseEvent(
          ctx,
          updated,
          { type: 'confirm_fulfilment', by: 'consumer' },
          { action: 'refund_received', data },
        );
      }
    }
    return { ...r, status: 'confirmed', confirmedAt: ctx.now, institutionRef: opts.institutionRef ?? null };
  });
}
