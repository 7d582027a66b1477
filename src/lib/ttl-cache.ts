// A small read-through cache with a time to live, on the monotonic clock (never the application clock, which
// tests move). For facts that change rarely and where a bounded staleness is documented at the use site.

export type TtlCache<K, V> = {
  get(key: K, load: (key: K) => Promise<V | undefined>): Promise<V | undefined>;
  /** Forget everything (after a change made in this process). */
  clear(): void;
};

export function createTtlCache<K, V>(opts: { ttlMs: number; maxEntries?: number; now?: () => number }): TtlCache<K, V> {
  const now = opts.now ?? (() => performance.now());
  const max = opts.maxEntries ?? 50_000;
  const entries = new Map<K, { value: V; at: number }>();
  return {
    async get(key, load) {
      const hit = entries.get(key);
      if (hit && now() - hit.at < opts.ttlMs) return hit.value;
      const value = await load(key);
      // Absence is not remembered: a row created a moment later must be found at once.
      if (value === undefined) entries.delete(key);
      else {
        if (entries.size >= max) entries.clear();
        entries.set(key, { value, at: now() });
      }
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
