import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, cstDay, daysBetween, extractDates } from './dates.js';

// Wednesday 18 March 2026, noon in China.
const NOW = new Date('2026-03-18T04:00:00Z');
const first = (text: string) => {
  const d = extractDates(text, NOW)[0];
  assert.ok(d, `no date in ${text}`);
  return d;
};

describe('extractDates', () => {
  it('reads absolute dates', () => {
    assert.equal(first('2026年3月1日买的').date, '2026-03-01');
    assert.equal(first('2025-11-11下单').date, '2025-11-11');
  });
  it('puts a yearless date in the past', () => {
    assert.equal(first('3月1号收到货').date, '2026-03-01');
    assert.equal(first('12月5日买的').date, '2025-12-05');
  });
  it('resolves day words and weekdays', () => {
    assert.equal(first('前天下单').date, '2026-03-16');
    assert.equal(first('昨天买的').date, '2026-03-17');
    assert.equal(first('上周五买的').date, '2026-03-13');
    assert.equal(first('周一收到的').date, '2026-03-16');
  });
  it('turns durations into dates', () => {
    const d = first('买了三天就坏了');
    assert.equal(d.date, '2026-03-15');
    assert.equal(d.kind, 'elapsed');
    assert.equal(d.anchor, 'purchase');
    assert.equal(first('半年前办的卡').date, '2025-09-16');
    assert.equal(first('办卡两个月店就关门了').date, '2026-01-18');
    assert.equal(first('三天前签收').anchor, 'receipt');
  });
  it('rejects impossible dates', () => {
    assert.deepEqual(extractDates('2月30日买的', NOW), []);
  });
});

describe('day arithmetic', () => {
  it('uses the China calendar day', () => {
    assert.equal(cstDay(new Date('2026-03-18T17:00:00Z')), '2026-03-19');
    assert.equal(addDays('2026-02-27', 2), '2026-03-01');
    assert.equal(daysBetween('2026-03-01', '2026-03-18'), 17);
  });
});
