import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commitmentLine, commitmentText } from './commitment.text.js';

test('offline no-reason return reads with its window and exclusions', () => {
  const t = {
    kind: 'offline_no_reason_return',
    windowDays: 7,
    exclusions: ['定制商品', '食品'],
    conditions: '',
  } as const;
  assert.equal(commitmentLine(t), '线下无理由退货：7天内，除定制商品、食品外');
});

test('conditions follow, blank exclusions are dropped, other kinds have fixed text', () => {
  assert.equal(
    commitmentText({
      kind: 'offline_no_reason_return',
      windowDays: 15,
      exclusions: [' ', '鲜花'],
      conditions: '商品完好',
    }),
    '15天内，除鲜花外；商品完好',
  );
  assert.equal(
    commitmentLine({ kind: 'seven_day_resolution', windowDays: null, exclusions: [], conditions: '' }),
    '7日解决：消费投诉7日内解决',
  );
  assert.match(
    commitmentLine({ kind: 'reassured_consumption', windowDays: null, exclusions: [], conditions: '' }),
    /^放心消费承诺：/,
  );
});
