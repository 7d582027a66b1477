import assert from 'node:assert/strict';
import { test } from 'node:test';
import { largestFirst, presentMerchantMeasures } from './stats.present.js';
import type { CaseMeasureRow } from './stats.repository.js';

const row = (over: Partial<CaseMeasureRow> = {}): CaseMeasureRow => ({
  key: null,
  filed: 3,
  open: 1,
  settled: 2,
  closed: 0,
  escalated: 0,
  withdrawn: 0,
  rejected: 0,
  transferred: 0,
  responseDue: 3,
  respondedInTime: 2,
  responseP50Ms: 5_400_000,
  responseP90Ms: null,
  resolutionP50Ms: null,
  resolutionP90Ms: null,
  overdueNow: 0,
  resolutionDue: 3,
  resolvedInTime: 1,
  ratingCounts: [0, 1, 0, 0, 2],
  ratingMean: 4,
  ...over,
});

test('merchant measures: rates to four decimals, hours to two, ratings counted by score', () => {
  const m = presentMerchantMeasures(row(), []);
  assert.equal(m.resolutionRate, 0.6667);
  assert.equal(m.respondedInTimeRate, 0.6667);
  assert.equal(m.settledInTimeRate, 0.3333);
  assert.deepEqual(m.firstResponseHours, { median: 1.5, p90: null });
  assert.deepEqual(m.ratings, { count: 3, mean: 4, byScore: [0, 1, 0, 0, 2] });
});

test('a group with no case has no rates rather than zero', () => {
  const m = presentMerchantMeasures(undefined, []);
  assert.equal(m.filed, 0);
  assert.equal(m.resolutionRate, null);
  assert.equal(m.settledInTimeRate, null);
  assert.deepEqual(m.ratings, { count: 0, mean: null, byScore: [0, 0, 0, 0, 0] });
});

test('breakdowns: most cases first, then by label, the group with no value last', () => {
  const rows = [
    { filed: 1, name: null },
    { filed: 1, name: 'b' },
    { filed: 2, name: 'z' },
    { filed: 1, name: 'a' },
  ];
  assert.deepEqual(
    rows.sort(largestFirst((r) => r.name)).map((r) => r.name),
    ['z', 'a', 'b', null],
  );
});
