// The verifier's view of the registered keys: read through a short-lived in-process cache, because every
// receipt filing needs one and keys change rarely. A change made by this process clears its cache at once;
// other instances see it within KEY_CACHE_MS (documented in docs/receipts.md).
import type { Database } from '../../db/client.js';
import { createTtlCache, type TtlCache } from '../../lib/ttl-cache.js';
import { findKeys } from './institutions.repository.js';
import type { FindReceiptKey, ReceiptKey } from './receipt.js';

export const KEY_CACHE_MS = 30_000;

const caches = new WeakMap<Database, TtlCache<string, ReceiptKey>>();

function cacheOf(database: Database): TtlCache<string, ReceiptKey> {
  let c = caches.get(database);
  if (!c) {
    c = createTtlCache({ ttlMs: KEY_CACHE_MS, maxEntries: 10_000 });
    caches.set(database, c);
  }
  return c;
}

export function receiptKeyFinder(database: Database): FindReceiptKey {
  const cache = cacheOf(database);
  return (institutionId, kid) =>
    cache.get(`${institutionId}/${kid}`, async () => {
      const [row] = await findKeys(database.db, [{ institutionId, kid }]);
      return row && { alg: row.alg, jwk: row.jwk, status: row.status, retiredAt: row.retiredAt };
    });
}

/** After a key is added, retired or revoked here: forget what this process remembered of the keys. */
export function forgetReceiptKeys(database: Database): void {
  cacheOf(database).clear();
}
