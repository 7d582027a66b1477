// Proof of purchase for a filing: a signed receipt token, or the short code of a pushed transaction. Either
// way the answer is the payment as the institution stated it and, when its mid is known, the merchant that
// held the mid when the payment was made (so old receipts reach the merchant that took the money).
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type MidHolder, resolveMidCached } from '../merchants/index.js';
import { lookUpTransaction } from './look-up-transaction.js';
import type { TransactionItem } from './payments.schema.js';
import { verifyReceipt } from './receipt.js';
import { receiptKeyFinder } from './receipt-keys.js';
import { normalizeShortCode } from './short-code.js';
import { findTransactionByShortCode } from './transactions.repository.js';

export type VerifiedPurchase = {
  via: 'receipt' | 'short_code' | 'institution';
  institutionId: string;
  txnId: string;
  mid: string;
  amountMinor: number;
  currency: string;
  paidAt: Date;
  /** The institution's payer pseudonym (never a phone number); null when the push did not carry one. */
  payer: string | null;
  storeRef: string | null;
  items: TransactionItem[];
  /** Null: the mid is not mapped to a merchant (the case goes to the regulator's identification queue). */
  holder: MidHolder | null;
};

/**
 * What proves a purchase: a signed receipt, a printed short code, or — when the institution itself files for
 * its user from the payment record in its app — the institution's transaction id (it vouches by its API key).
 */
export type PurchaseProof = { receipt: string } | { shortCode: string } | { institutionId: string; txnId: string };

export async function verifyPurchase(deps: AppDeps, proof: PurchaseProof): Promise<VerifiedPurchase> {
  let p: Omit<VerifiedPurchase, 'holder'>;
  if ('receipt' in proof) {
    const { claims } = await verifyReceipt(proof.receipt, {
      findKey: receiptKeyFinder(deps.database),
      now: deps.clock.now(),
    });
    p = {
      via: 'receipt',
      institutionId: claims.iss,
      txnId: claims.txn,
      mid: claims.mid,
      amountMinor: claims.amt,
      currency: claims.cur,
      paidAt: new Date(claims.paid * 1000),
      payer: claims.sub,
      storeRef: claims.store ?? null,
      items: (claims.items ?? []).map((i) => ({
        name: i.name,
        ...(i.qty !== undefined ? { qty: i.qty } : {}),
        ...(i.amt !== undefined ? { amountMinor: i.amt } : {}),
      })),
    };
  } else {
    const t =
      'shortCode' in proof
        ? await byShortCode(deps, proof.shortCode)
        : await lookUpTransaction(deps, { institutionId: proof.institutionId, txnId: proof.txnId });
    if (!t) throw new AppError('NOT_FOUND', { reason: 'the institution has no such transaction' });
    p = {
      via: 'shortCode' in proof ? 'short_code' : 'institution',
      institutionId: t.institutionId,
      txnId: t.txnId,
      mid: t.mid,
      amountMinor: t.amountMinor,
      currency: t.currency,
      paidAt: t.paidAt,
      payer: t.payer,
      storeRef: t.storeRef,
      items: t.items ?? [],
    };
  }
  const holder = await resolveMidCached(deps.database, p.institutionId, p.mid, p.paidAt);
  return { ...p, holder };
}

async function byShortCode(deps: AppDeps, input: string) {
  const code = normalizeShortCode(input);
  const t = code ? await findTransactionByShortCode(deps.database.db, code) : undefined;
  if (!t) throw new AppError('SHORT_CODE_NOT_FOUND');
  return t;
}

/** The key under which one payer's receipt may have at most one open case. */
export function receiptKey(p: Pick<VerifiedPurchase, 'institutionId' | 'txnId' | 'payer'>): string {
  return `receipt:${p.institutionId}:${p.txnId}:${p.payer ?? ''}`;
}
