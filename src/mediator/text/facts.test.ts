import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from './facts.js';
import { normalize } from './normalize.js';

const NOW = new Date('2026-03-18T04:00:00Z');

describe('normalize', () => {
  it('maps full-width forms, strips emoji and spaces between Chinese characters, keeps the original', () => {
    const n = normalize('ＡＢＣ１２３元 太 差了😡！', (s) => s);
    assert.equal(n.text, 'ABC123元太差了!');
    assert.equal(n.original, 'ＡＢＣ１２３元 太 差了😡！');
  });
  it('reports a traditional→simplified conversion', () => {
    const n = normalize('質量', (s) => s.replace('質', '质'));
    assert.equal(n.text, '质量');
    assert.equal(n.traditional, true);
  });
});

describe('extractFacts', () => {
  it('finds the channel', () => {
    assert.equal(extractFacts('在直播间买的面膜', NOW).channel, 'live_stream');
    assert.equal(extractFacts('在淘宝下单的', NOW).channel, 'online');
    assert.equal(extractFacts('在商场专卖店买的', NOW).channel, 'offline');
  });
  it('sets the flags, honouring negation', () => {
    const f = extractFacts('孩子吃了超市买的过期饼干拉肚子，去医院花了医药费300元', NOW).flags;
    assert.equal(f.food, true);
    assert.equal(f.injury, true);
    assert.equal(extractFacts('还好没有受伤', NOW).flags.injury, false);
    assert.equal(extractFacts('健身房老板跑路了，年卡还剩八个月', NOW).flags.shopClosed, true);
    assert.equal(extractFacts('健身房老板跑路了，年卡还剩八个月', NOW).flags.prepaidCard, true);
    assert.equal(extractFacts('4S店买的新车，发动机异响', NOW).flags.car, true);
    assert.equal(extractFacts('冰箱还在保修期内', NOW).flags.withinWarranty, true);
    assert.equal(extractFacts('洗衣机已经过保了', NOW).flags.withinWarranty, false);
  });
  it('finds price, goods type and days since purchase', () => {
    const f = extractFacts('上周五在京东买的手机，花了三千五百元', NOW);
    assert.equal(f.priceMinor, 350_000);
    assert.equal(f.goodsType, 'phone');
    assert.equal(f.flags.durable, true);
    assert.equal(f.purchaseDate, '2026-03-13');
    assert.equal(f.daysSincePurchase, 5);
  });
  it('lets known facts override the text', () => {
    const f = extractFacts('花了100元', NOW, {
      amountMinor: 12_345,
      channel: 'offline',
      paidAt: '2026-03-10T02:00:00Z',
    });
    assert.equal(f.priceMinor, 12_345);
    assert.equal(f.channel, 'offline');
    assert.equal(f.purchaseDate, '2026-03-10');
  });
  it('reads car mileage and repair counts', () => {
    const f = extractFacts('新车开了2800公里，变速箱修了3次', NOW);
    assert.equal(f.mileageKm, 2800);
    assert.equal(f.repairCount, 3);
  });
});
