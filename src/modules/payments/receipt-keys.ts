// The verifier's view of the registered keys: read through a short-lived in-process cache, because every
// receipt filing needs one and keys change rarely. A change made by this process clears its cache at once;
// other instances see it within KEY_CACHE_MS (documented in docs/receipts.md).
import type { Database } from '../../db/client.js';
import { findKeys } from './institutions.repository.js';
import type { FindReceiptKey, ReceiptKey } from './receipt.js';

export const KEY_CACHE_MS = 30_000;

type Entry = { key: ReceiptKey | undefined; at: number };
const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(database: Database): Map<string, Entry> {
  let c = caches.get(database);
  if (!c) {
    c = new Map();
    caches.set(database, c);
  }
  return c;
}

export function receiptKeyFinder(database: Database): FindReceiptKey {
  const cache = cacheOf(database);
  return async (institutionId, kid) => {
    const id = `${institutionId}/${kid}`;
    const hit = cache.get(id);
    // Monotonic time: the cache must not depend on the (test-movable) application clock.
    const t = performance.now();
    if (hit && t - hit.at < KEY_CACHE_MS) return hit.key;
    const [row] = await findKeys(database.db, [{ institutionId, kid }]);
    const key = row && { alg: row.alg, jwk: row.jwk, status: row.status, retiredAt: row.retiredAt };
    if (cache.size > 10_000) cache.clear();
    cache.set(id, { key, at: t });
    return key;
  };
}

/** After a key is added, retired or revoked here: forget what this process remembered of the institution. */
export function forgetInstitutionKeys(database: Database, institutionId: string): void {
  const cache = cacheOf(database);
  for (const id of cache.keys()) if (id.startsWith(`${institutionId}/`)) cache.delete(id);
}
