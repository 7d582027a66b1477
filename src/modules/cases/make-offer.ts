import type { z } from 'zod';
import type { MakeOfferBody } from '../../contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { actorId } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import { partyOf } from './case.parties.js';
import { type CaseRow, insertOffer, type OfferRow, supersedeOpenOffers } from './case.repository.js';
import type { OfferTerm } from './cases.schema.js';

const NEEDS_AMOUNT: ReadonlySet<OfferTerm['kind']> = new Set(['refund', 'compensation']);

export function offerTotal(terms: OfferTerm[]): number {
  for (const t of terms) {
    if (NEEDS_AMOUNT.has(t.kind) && (t.amountMinor === undefined || t.amountMinor <= 0)) {
      throw new AppError('VALIDATION_FAILED', { reason: `a ${t.kind} term needs a positive amountMinor` });
    }
  }
  return terms.reduce((sum, t) => sum + (t.amountMinor ?? 0), 0);
}

/** The merchant offers a remedy, the consumer counter-offers, or a mediator proposes one. A new offer supersedes open ones. */
export async function makeOffer(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; input: z.infer<typeof MakeOfferBody> },
): Promise<{ case: CaseRow; offer: OfferRow }> {
  const total = offerTotal(opts.input.terms);
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'make_offer');
    const by = partyOf(ctx.role)!;
    await supersedeOpenOffers(ctx.tx, c.regionId, c.id, ctx.now);
    const offer = await insertOffer(ctx.tx, {
      id: uuidv7(ctx.now.getTime()),
      regionId: c.regionId,
      caseId: c.id,
      by,
      byUserId: actorId(ctx.actor),
      terms: opts.input.terms,
      totalMinor: total,
      currency: c.currency,
      message: opts.input.message ?? '',
      status: 'open',
      createdAt: ctx.now,
    });
    const updated = await applyCaseEvent(
      ctx,
      c,
      { type: 'make_offer', by },
      { data: { offerId: offer.id, totalMinor: total } },
    );
    return { case: updated, offer };
  });
}
