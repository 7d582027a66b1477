import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import { partyOf } from './case.parties.js';
import { type CaseRow, findOffer, setOfferStatus } from './case.repository.js';
import { instructSettlementRefund } from './settlement-refund.js';

/** Accept (the case is settled) or reject (negotiation goes on) the other side's open offer. */
export async function respondToOffer(
  deps: AppDeps,
  opts: { caseId: string; offerId: string; actor: Actor; decision: 'accept' | 'reject'; reason?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    const type = opts.decision === 'accept' ? 'accept_offer' : 'reject_offer';
    requireCaseCommand(ctx.role, type);
    const offer = await findOffer(ctx.tx, c.regionId, c.id, opts.offerId);
    if (!offer) throw new AppError('OFFER_NOT_FOUND', { offerId: opts.offerId });
    if (offer.status !== 'open') {
      throw new AppError('ILLEGAL_TRANSITION', { reason: `the offer is ${offer.status}`, offerId: offer.id });
    }
    const by = partyOf(ctx.role)!;
    const updated = await applyCaseEvent(
      ctx,
      c,
      { type, by, offerBy: offer.by },
      { data: { offerId: offer.id, ...(opts.reason ? { reason: opts.reason } : {}) } },
    );
    await setOfferStatus(
      ctx.tx,
      offer,
      opts.decision === 'accept' ? 'accepted' : 'rejected',
      ctx.now,
      opts.reason ?? null,
    );
    if (opts.decision === 'accept') await instructSettlementRefund(ctx, updated, offer.terms);
    return updated;
  });
}
