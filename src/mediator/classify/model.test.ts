import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../text/facts.js';
import { deserializeModel, predict, serializeModel, vectorize } from './model.js';
import { trainModel } from './train.js';

const NOW = new Date('2026-03-18T04:00:00Z');
// Tiny, hand-written examples: enough to check the mechanics, not the accuracy.
const raw: [string, string, string[]][] = [
  ['鞋子质量太差 开胶了', 'quality', ['return_refund']],
  ['衣服质量问题 掉色严重', 'quality', ['refund']],
  ['杯子质量不行 有裂缝', 'quality', ['exchange']],
  ['健身卡余额不退', 'prepaid', ['refund']],
  ['会员卡充值的钱不给退', 'prepaid', ['refund']],
  ['美容卡余额要求退款', 'prepaid', ['refund']],
  ['快递丢件了没收到', 'delivery', ['refund']],
  ['物流太慢包裹丢了', 'delivery', ['refund']],
  ['快递把东西压坏了', 'delivery', ['exchange']],
];
const examples = raw.map(([text, category, demands], i) => ({
  id: `t-${i}`,
  text,
  tokens: text.split(' ').flatMap((w) => Array.from(w)),
  facts: extractFacts(text, NOW),
  category,
  demands,
}));
const labels = {
  categoryLabels: ['quality', 'prepaid', 'delivery'],
  demandLabels: ['refund', 'return_refund', 'exchange'],
};

describe('classifier', () => {
  const model = trainModel(examples, {
    ...labels,
    corpusSha256: 'test',
    epochs: 60,
    minDf: 1,
    heldOutPercent: 0,
    l2Grid: [1e-4],
  });
  it('learns the training examples', () => {
    for (const e of examples) {
      const p = predict(model, vectorize(model.index, e.text, e.tokens, e.facts));
      assert.equal(p.category[0]!.label, e.category, e.text);
      const sum = p.category.reduce((s, c) => s + c.p, 0);
      assert.ok(Math.abs(sum - 1) < 1e-9);
    }
  });
  it('is deterministic', () => {
    const again = trainModel(examples, {
      ...labels,
      corpusSha256: 'test',
      epochs: 60,
      minDf: 1,
      heldOutPercent: 0,
      l2Grid: [1e-4],
    });
    assert.deepEqual(JSON.stringify(serializeModel(again)), JSON.stringify(serializeModel(model)));
  });
  it('survives a serialisation round trip', () => {
    const back = deserializeModel(JSON.parse(JSON.stringify(serializeModel(model))));
    assert.deepEqual(back.features, model.features);
    for (const e of examples) {
      const a = predict(model, vectorize(model.index, e.text, e.tokens, e.facts));
      const b = predict(back, vectorize(back.index, e.text, e.tokens, e.facts));
      assert.equal(a.category[0]!.label, b.category[0]!.label);
      assert.ok(Math.abs(a.category[0]!.p - b.category[0]!.p) < 1e-3);
      assert.deepEqual(
        a.demands.map((d) => d.label),
        b.demands.map((d) => d.label),
      );
    }
  });
  it('rejects a model whose weights do not fit its features', () => {
    const s = serializeModel(model);
    assert.throws(() => deserializeModel({ ...s, features: s.features.slice(1) }), /do not match/);
  });
});
