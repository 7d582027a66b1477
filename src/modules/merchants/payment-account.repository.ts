// The only SQL on payment accounts: which merchant held an institution's merchant id (mid), and when.
// A mid names one merchant platform-wide at a time (a partial unique index on open rows enforces it), so
// the lookups by (institution, mid) are deliberately not scoped by region: the institution does not know
// our regions, and the answer tells the caller which region the merchant is in.
import { and, asc, desc, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { institutions } from '../payments/payments.schema.js';
import { paymentAccounts } from './merchants.schema.js';

export type PaymentAccountRow = typeof paymentAccounts.$inferSelect;

export async function institutionExists(db: Db, institutionId: string): Promise<boolean> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, institutionId));
  return row !== undefined;
}

/** Who holds (institution, mid) at `at`: validFrom ≤ at < validTo (an open row has no end). */
export type MidHolder = { merchantId: string; regionId: string; paymentAccountId: string };

export async function resolveMerchantByMid(
  db: Db,
  institutionId: string,
  mid: string,
  at: Date,
): Promise<MidHolder | null> {
  const [row] = await db
    .select({ merchantId: paymentAccounts.merchantId, regionId: paymentAccounts.regionId, id: paymentAccounts.id })
    .from(paymentAccounts)
    .where(
      and(
        eq(paymentAccounts.institutionId, institutionId),
        eq(paymentAccounts.mid, mid),
        lte(paymentAccounts.validFrom, at),
        or(isNull(paymentAccounts.validTo), gt(paymentAccounts.validTo, at)),
      ),
    )
    // Intervals do not overlap; the order only makes a hand-edited overlap resolve to the latest holder.
    .orderBy(desc(paymentAccounts.validFrom))
    .limit(1);
  return row ? { merchantId: row.merchantId, regionId: row.regionId, paymentAccountId: row.id } : null;
}

/** Every account (institution, mid) has had, oldest first: the mid's whole history. */
export async function midHistory(db: Db, institutionId: string, mid: string): Promise<PaymentAccountRow[]> {
  return db
    .select()
    .from(paymentAccounts)
    .where(and(eq(paymentAccounts.institutionId, institutionId), eq(paymentAccounts.mid, mid)))
    .orderBy(asc(paymentAccounts.validFrom), asc(paymentAccounts.id));
}

export type AddPaymentAccountResult = {
  kind: 'added';
  account: PaymentAccountRow;
  /** Accounts of other merchants closed because the mid moved (their history is kept). */
  closed: PaymentAccountRow[];
  /** False when the merchant already held this mid: nothing changed. */
  created: boolean;
};

/**
 * Gives (institution, mid) to the merchant from `at`. An open account of another merchant for the same mid is
 * closed at `at`, in the same transaction, so the two intervals meet without a gap or an overlap. A mid open
 * in another region is only taken when `fromOtherRegions` (the platform's decision, not a region's):
 * otherwise nothing changes and the result says where it is held.
 */
export async function addPaymentAccount(
  db: Db,
  regionId: string,
  a: {
    id: string;
    merchantId: string;
    institutionId: string;
    mid: string;
    at: Date;
    fromOtherRegions: boolean;
    /** Back-dates the start, for a mid nobody has held before (payments made before it was registered here). */
    since?: Date | undefined;
  },
): Promise<AddPaymentAccountResult | { kind: 'held_in_other_region'; regionId: string } | { kind: 'has_history' }> {
  return db.transaction(async (tx) => {
    // Writers of the same mid take turns (a transaction-scoped advisory lock on its hash), so the close and
    // the insert below see each other's results; the partial unique index stays as the last line of defence.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`mid:${a.institutionId}:${a.mid}`}, 0))`);
    const open = and(
      eq(paymentAccounts.institutionId, a.institutionId),
      eq(paymentAccounts.mid, a.mid),
      isNull(paymentAccounts.validTo),
    );
    const [mine] = await tx
      .select()
      .from(paymentAccounts)
      .where(and(open, eq(paymentAccounts.merchantId, a.merchantId)));
    if (mine) return { kind: 'added', account: mine, closed: [], created: false };
    if (a.since && a.since < a.at) {
      // A start in the past could overlap someone else's interval: allowed only for a mid with no history.
      const [any] = await tx
        .select({ id: paymentAccounts.id })
        .from(paymentAccounts)
        .where(and(eq(paymentAccounts.institutionId, a.institutionId), eq(paymentAccounts.mid, a.mid)))
        .limit(1);
      if (any) return { kind: 'has_history' };
    }
    if (!a.fromOtherRegions) {
      const [elsewhere] = await tx
        .select({ regionId: paymentAccounts.regionId })
        .from(paymentAccounts)
        .where(and(open, ne(paymentAccounts.regionId, regionId)));
      if (elsewhere) return { kind: 'held_in_other_region', regionId: elsewhere.regionId };
    }
    const closed = await tx
      .update(paymentAccounts)
      .set({ validTo: a.at })
      .where(and(open, ne(paymentAccounts.merchantId, a.merchantId)))
      .returning();
    const [account] = await tx
      .insert(paymentAccounts)
      .values({
        id: a.id,
        regionId,
        merchantId: a.merchantId,
        institutionId: a.institutionId,
        mid: a.mid,
        validFrom: a.since && a.since < a.at ? a.since : a.at,
        validTo: null,
      })
      .returning();
    return { kind: 'added', account: account!, closed, created: true };
  });
}

/** A merchant's accounts, current and past, oldest first. */
export async function listPaymentAccounts(db: Db, regionId: string, merchantId: string): Promise<PaymentAccountRow[]> {
  return db
    .select()
    .from(paymentAccounts)
    .where(and(eq(paymentAccounts.regionId, regionId), eq(paymentAccounts.merchantId, merchantId)))
    .orderBy(asc(paymentAccounts.validFrom), asc(paymentAccounts.id));
}
