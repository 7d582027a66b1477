import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBatcher } from './batcher.js';

test('look-ups of one turn go out as one call, each caller gets its own answer', async () => {
  const calls: number[][] = [];
  const b = createBatcher(async (keys: number[]) => {
    calls.push(keys);
    return new Map(keys.filter((k) => k !== 3).map((k) => [k, k * 10]));
  });
  const got = await Promise.all([b.load(1), b.load(2), b.load(2), b.load(3)]);
  assert.deepEqual(got, [10, 20, 20, undefined]);
  assert.deepEqual(calls, [[1, 2, 3]]);
  assert.equal(await b.load(4), 40);
  assert.equal(calls.length, 2, 'a later turn is a new call: nothing is cached');
});

test('a failed call fails every caller of its batch, and the next batch is unaffected', async () => {
  let fail = true;
  const b = createBatcher(async (keys: string[]) => {
    if (fail) throw new Error('down');
    return new Map(keys.map((k) => [k, k.toUpperCase()]));
  });
  const results = await Promise.allSettled([b.load('a'), b.load('b')]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['rejected', 'rejected'],
  );
  fail = false;
  assert.equal(await b.load('c'), 'C');
});

test('batches are capped at maxBatch keys', async () => {
  const sizes: number[] = [];
  const b = createBatcher(
    async (keys: number[]) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k]));
    },
    { maxBatch: 2 },
  );
  await Promise.all([1, 2, 3, 4, 5].map((k) => b.load(k)));
  assert.deepEqual(sizes, [2, 2, 1]);
});
