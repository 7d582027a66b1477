// Look-ups made in the same turn of the event loop are sent to the database as one query (the DataLoader
// pattern). Under load this turns N round trips into one; alone, a look-up waits for nothing but the turn.
// Nothing is cached between turns, so a batched read is as fresh as a direct one.

export type Batcher<K, V> = { load(key: K): Promise<V | undefined> };

export function createBatcher<K, V>(
  loadMany: (keys: K[]) => Promise<Map<K, V>>,
  opts: { maxBatch?: number } = {},
): Batcher<K, V> {
  const maxBatch = opts.maxBatch ?? 256;
  let pending: { key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[] = [];

  async function run(batch: typeof pending): Promise<void> {
    try {
      const found = await loadMany([...new Set(batch.map((p) => p.key))]);
      for (const p of batch) p.resolve(found.get(p.key));
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }

  function flush(): void {
    const all = pending;
    pending = [];
    for (let i = 0; i < all.length; i += maxBatch) void run(all.slice(i, i + maxBatch));
  }

  return {
    load(key) {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ key, resolve, reject });
      });
    },
  };
}
