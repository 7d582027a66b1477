import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charNgrams, jaccard, maxSimilarities, nearDuplicates } from './overlap.js';

describe('near-duplicate check', () => {
  it('uses character 4-grams without punctuation, spaces or digits', () => {
    assert.deepEqual([...charNgrams('退一赔三！ 12元')], ['退一赔三', '一赔三元']);
  });
  it('scores Jaccard similarity', () => {
    assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
    assert.equal(jaccard(new Set(), new Set()), 0);
  });
  it('finds pairs above the threshold, never a text with itself', () => {
    const left = [
      { id: 'a', text: '网上买的外套不喜欢想退，吊牌都在，商家不给退' },
      { id: 'b', text: '健身房老板跑路了，年卡还剩两千元没用' },
    ];
    const right = [
      { id: 'x', text: '网上买的外套不喜欢想退，吊牌都在，商家就是不给退' },
      { id: 'b', text: '健身房老板跑路了，年卡还剩两千元没用' },
    ];
    const pairs = nearDuplicates(left, right, { threshold: 0.5 });
    assert.deepEqual(
      pairs.map((p) => [p.a, p.b]),
      [['a', 'x']],
    );
    assert.equal(maxSimilarities(left, right)[1], 0);
  });
});
