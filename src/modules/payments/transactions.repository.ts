// Payments pushed by institutions. Keyed by (institution, txn id); the short code is unique platform-wide.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { transactions } from './payments.schema.js';

export type TransactionRow = typeof transactions.$inferSelect;
export type NewTransactionRow = typeof transactions.$inferInsert;

/** Inserts the rows an institution does not have yet; returns every row of the batch as now stored. */
export async function upsertTransactions(
  db: Db,
  institutionId: string,
  rows: NewTransactionRow[],
): Promise<TransactionRow[]> {
  if (!rows.length) return [];
  await db
    .insert(transactions)
    .values(rows)
    .onConflictDoNothing({ target: [transactions.institutionId, transactions.txnId] });
  return db
    .select()
    .from(transactions)
    .where(
      and(
        eq(transactions.institutionId, institutionId),
        inArray(
          transactions.txnId,
          rows.map((r) => r.txnId),
        ),
      ),
    );
}

export async function findTransactionByShortCode(db: Db, shortCode: string): Promise<TransactionRow | undefined> {
  const [row] = await db.select().from(transactions).where(eq(transactions.shortCode, shortCode));
  return row;
}

export async function findTransaction(
  db: Db,
  institutionId: string,
  txnId: string,
): Promise<TransactionRow | undefined> {
  const [row] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.institutionId, institutionId), eq(transactions.txnId, txnId)));
  return row;
}
