// Who held an institution's mid when a payment was made, as filings from receipts ask it: the mid's whole
// history is read once and kept MID_TTL_MS per instance, then each payment time is resolved in memory.
// A change made by this process (addPaymentAccount) forgets the mid at once; other instances see it within
// MID_TTL_MS. Until then a receipt for a payment made after a mid moved may still name the previous holder.
import type { Database } from '../../db/client.js';
import { createTtlCache, type TtlCache } from '../../lib/ttl-cache.js';
import { type MidHolder, midHistory, type PaymentAccountRow } from './payment-account.repository.js';

export const MID_TTL_MS = 10_000;

const caches = new WeakMap<Database, TtlCache<string, PaymentAccountRow[]>>();

function cacheOf(database: Database): TtlCache<string, PaymentAccountRow[]> {
  let c = caches.get(database);
  if (!c) {
    c = createTtlCache({ ttlMs: MID_TTL_MS });
    caches.set(database, c);
  }
  return c;
}

/** The holder at `at`: validFrom ≤ at < validTo; the latest start wins if hand-edited rows overlap. */
export function holderAt(history: readonly PaymentAccountRow[], at: Date): MidHolder | null {
  let best: PaymentAccountRow | null = null;
  for (const r of history) {
    if (r.validFrom > at || (r.validTo !== null && r.validTo <= at)) continue;
    if (!best || r.validFrom > best.validFrom) best = r;
  }
  return best ? { merchantId: best.merchantId, regionId: best.regionId, paymentAccountId: best.id } : null;
}

export async function resolveMidCached(
  database: Database,
  institutionId: string,
  mid: string,
  at: Date,
): Promise<MidHolder | null> {
  const history = await cacheOf(database).get(`${institutionId}\u0000${mid}`, async () =>
    midHistory(database.db, institutionId, mid),
  );
  return holderAt(history ?? [], at);
}

/** After this process changed who holds mids: forget what it remembered. */
export function forgetMids(database: Database): void {
  cacheOf(database).clear();
}
