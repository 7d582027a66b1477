import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTtlCache } from './ttl-cache.js';

test('a value is served from memory until its time runs out, then read again', async () => {
  let t = 0;
  let reads = 0;
  const cache = createTtlCache<string, number>({ ttlMs: 1000, now: () => t });
  const load = async (k: string) => {
    reads++;
    return k.length + reads * 100;
  };
  assert.equal(await cache.get('ab', load), 102);
  t = 999;
  assert.equal(await cache.get('ab', load), 102, 'still fresh');
  t = 1000;
  assert.equal(await cache.get('ab', load), 202, 'expired: read again');
  cache.clear();
  assert.equal(await cache.get('ab', load), 302, 'cleared: read again');
});

test('absence is never remembered, and the size is bounded', async () => {
  const cache = createTtlCache<number, string>({ ttlMs: 60_000, maxEntries: 2 });
  let exists = false;
  const load = async (k: number) => (exists ? `v${k}` : undefined);
  assert.equal(await cache.get(1, load), undefined);
  exists = true;
  assert.equal(await cache.get(1, load), 'v1', 'created a moment later: found at once');
  await cache.get(2, load);
  await cache.get(3, load);
  exists = false;
  assert.equal(await cache.get(3, load), 'v3');
});
