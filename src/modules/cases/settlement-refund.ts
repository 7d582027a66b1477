// A settlement that gives the consumer money back on a purchase the institution itself vouched for is
// paid through the original payment: the refund instruction is written in the settling transaction, so a
// settlement never exists without its instruction, and the payments module sends it (signed, retried).

import { uuidv7 } from '../../lib/ids.js';
import { instructRefund } from '../payments/index.js';
import type { ChangeContext } from './case.lifecycle.js';
import type { CaseRow, OfferRow } from './case.repository.js';
import type { PurchaseInfo } from './cases.schema.js';

/** The part of the agreed terms paid back through the payment: refunds, at most what was paid. */
export function refundAmountOf(terms: OfferRow['terms'], purchase: PurchaseInfo): number {
  const asked = terms.filter((t) => t.kind === 'refund').reduce((sum, t) => sum + (t.amountMinor ?? 0), 0);
  return Math.min(asked, purchase.amountMinor ?? 0);
}

/** True when nothing but money back was agreed: the institution's confirmation then fulfils the whole settlement. */
export function refundOnly(terms: OfferRow['terms']): boolean {
  return terms.length > 0 && terms.every((t) => t.kind === 'refund');
}

export async function instructSettlementRefund(
  ctx: ChangeContext,
  c: CaseRow,
  terms: OfferRow['terms'],
): Promise<void> {
  const p = c.purchase;
  if (c.status !== 'settled' || !p.verified || !p.institutionId || !p.txnId) return;
  const amountMinor = refundAmountOf(terms, p);
  if (amountMinor <= 0) return;
  await instructRefund(ctx.tx, {
    id: uuidv7(ctx.now.getTime()),
    regionId: c.regionId,
    caseId: c.id,
    institutionId: p.institutionId,
    txnId: p.txnId,
    amountMinor,
    // The money goes back in the currency it was paid in, whatever the consumer's claim was stated in.
    currency: p.currency ?? c.currency,
    at: ctx.now,
  });
}
