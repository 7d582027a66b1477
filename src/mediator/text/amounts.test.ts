import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAmounts } from './amounts.js';
import { parseNumber } from './numbers.js';

describe('parseNumber', () => {
  const cases: [string, number, number?][] = [
    ['三千五百', 3500],
    ['两百九十九', 299],
    ['三千五', 3500],
    ['一万五', 15000],
    ['一百五', 150],
    ['三千零五', 3005],
    ['十五', 15],
    ['3千5', 3500],
    ['1.2万', 12000],
    ['3万5', 35000],
    ['1,299', 1299],
    ['壹仟贰佰', 1200],
    ['三四百', 300, 400],
    ['两三千', 2000, 3000],
    ['五六十', 50, 60],
  ];
  for (const [s, value, max] of cases) {
    it(`${s} → ${value}${max ? `–${max}` : ''}`, () => {
      assert.deepEqual(parseNumber(s), max === undefined ? { value } : { value, max });
    });
  }
  it('rejects non-numbers', () => assert.equal(parseNumber('双'), undefined));
});

describe('extractAmounts', () => {
  const one = (text: string) => {
    const xs = extractAmounts(text);
    assert.equal(xs.length, 1, `${text}: ${JSON.stringify(xs)}`);
    return xs[0]!;
  };
  it('reads yuan with 元, 块, 块钱 and ¥ in fen', () => {
    assert.equal(one('花了三千五百元').minor, 350_000);
    assert.equal(one('两百九十九块钱的鞋').minor, 29_900);
    assert.equal(one('¥299.50').minor, 29_950);
    assert.equal(one('标价3千5块').minor, 350_000);
    assert.equal(one('1.2万元的沙发').minor, 1_200_000);
    assert.equal(one('一斤5块5').minor, 550);
  });
  it('keeps both ends of a range and marks approximations', () => {
    const r = one('大概三四百块');
    assert.equal(r.minor, 30_000);
    assert.equal(r.maxMinor, 40_000);
    assert.equal(r.approximate, true);
    assert.equal(one('两百多块').approximate, true);
  });
  it('needs a currency unit: counts of things and days are not money', () => {
    assert.deepEqual(extractAmounts('买了一双鞋，三天就坏了'), []);
  });
  it('labels each sum by the words before it', () => {
    const xs = extractAmounts('充值了2000元，还剩1500元没用，押金300元也不退，医药费花了800块，多收了20元');
    assert.deepEqual(
      xs.map((x) => [x.minor, x.role]),
      [
        [200_000, 'price'],
        [150_000, 'balance'],
        [30_000, 'deposit'],
        [80_000, 'loss'],
        [2_000, 'overcharge'],
      ],
    );
  });
});
