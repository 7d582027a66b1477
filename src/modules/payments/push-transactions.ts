// Institutions push payments in batches so a consumer can find one later by its printed short code (or the
// platform can look one up). Idempotent by (institution, txn): pushing a payment again changes nothing and
// answers with the same short code.

import { sqlState } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { isCurrency } from '../../lib/money.js';
import { resolveMerchantByMid } from '../merchants/index.js';
import type { TransactionItem } from './payments.schema.js';
import { newShortCode } from './short-code.js';
import { type NewTransactionRow, type TransactionRow, upsertTransactions } from './transactions.repository.js';

export const MAX_PUSH_BATCH = 500;

export type PushedTransaction = {
  txn: string;
  mid: string;
  amountMinor: number;
  currency: string;
  paidAt: string;
  payer?: string | undefined;
  store?: string | undefined;
  items?: TransactionItem[] | undefined;
};

export type PushResult = { transaction: TransactionRow; created: boolean };

export async function pushTransactions(
  deps: AppDeps,
  opts: { institutionId: string; items: PushedTransaction[] },
): Promise<PushResult[]> {
  const { institutionId, items } = opts;
  if (items.length > MAX_PUSH_BATCH) {
    throw new AppError('VALIDATION_FAILED', { reason: `at most ${MAX_PUSH_BATCH} transactions per request` });
  }
  const seen = new Set<string>();
  for (const t of items) {
    if (!isCurrency(t.currency))
      throw new AppError('VALIDATION_FAILED', { reason: `unsupported currency ${t.currency}`, txn: t.txn });
    if (seen.has(t.txn))
      throw new AppError('VALIDATION_FAILED', { reason: 'the same txn twice in one batch', txn: t.txn });
    seen.add(t.txn);
  }
  const now = deps.clock.now();
  const db = deps.database.db;
  const rows: NewTransactionRow[] = [];
  for (const t of items) {
    const paidAt = new Date(t.paidAt);
    const holder = await resolveMerchantByMid(db, institutionId, t.mid, paidAt);
    rows.push({
      id: uuidv7(now.getTime()),
      institutionId,
      txnId: t.txn,
      mid: t.mid,
      amountMinor: t.amountMinor,
      currency: t.currency,
      paidAt,
      payer: t.payer ?? null,
      storeRef: t.store ?? null,
      items: t.items ?? null,
      shortCode: newShortCode(),
      regionId: holder?.regionId ?? null,
      merchantId: holder?.merchantId ?? null,
      receivedAt: now,
    });
  }
  const before = new Set<string>();
  let stored: TransactionRow[] = [];
  // 50 random bits per code: a clash is rare but possible, and only the short-code index can report it.
  for (let attempt = 0; ; attempt++) {
    try {
      stored = await upsertTransactions(db, institutionId, rows);
      break;
    } catch (e) {
      if (sqlState(e) !== '23505' || attempt >= 3) throw e;
      for (const r of rows) r.shortCode = newShortCode();
    }
  }
  for (const r of rows) before.add(r.id);
  const byTxn = new Map(stored.map((s) => [s.txnId, s]));
  return items.map((t) => {
    const s = byTxn.get(t.txn)!;
    return { transaction: s, created: before.has(s.id) };
  });
}
