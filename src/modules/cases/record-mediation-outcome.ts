import type { z } from 'zod';
import type { MediationOutcomeBody } from '../../contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import { type Actor, actorId } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import { type CaseRow, insertOffer, supersedeOpenOffers } from './case.repository.js';
import { offerTotal } from './make-offer.js';
import { instructSettlementRefund } from './settlement-refund.js';

/**
 * The mediator (or the regulator, in administrative mediation) records a mediated agreement — the case is
 * settled on the recorded terms — or a failure, which sends the case on to the next tier.
 */
export async function recordMediationOutcome(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; input: z.infer<typeof MediationOutcomeBody> },
): Promise<CaseRow> {
  const { outcome, terms, note } = opts.input;
  const total = terms?.length ? offerTotal(terms) : 0;
  return runCaseCommand(deps, opts, async (ctx, c) => {
    if (outcome === 'failure') {
      requireCaseCommand(ctx.role, 'record_failure');
      return applyCaseEvent(
        ctx,
        c,
        { type: 'record_failure' },
        { action: 'mediation_failed', data: { note: note ?? null } },
      );
    }
    requireCaseCommand(ctx.role, 'record_agreement');
    let offerId: string | null = null;
    if (terms?.length) {
      await supersedeOpenOffers(ctx.tx, c.regionId, c.id, ctx.now);
      const agreed = await insertOffer(ctx.tx, {
        id: uuidv7(ctx.now.getTime()),
        regionId: c.regionId,
        caseId: c.id,
        by: 'mediator',
        byUserId: actorId(ctx.actor),
        terms,
        totalMinor: total,
        currency: c.currency,
        message: note ?? '',
        status: 'accepted',
        createdAt: ctx.now,
        respondedAt: ctx.now,
      });
      offerId = agreed.id;
    }
    const settled = await applyCaseEvent(
      ctx,
      c,
      { type: 'record_agreement' },
      { action: 'mediated_agreement', data: { offerId, totalMinor: total, note: note ?? null } },
    );
    if (terms?.length) await instructSettlementRefund(ctx, settled, terms);
    return settled;
  });
}
