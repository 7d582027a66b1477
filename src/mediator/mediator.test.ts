import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORIES, CATEGORY_CODES, DEMANDS, loadMediator } from './index.js';

const NOW = new Date('2026-03-18T04:00:00Z');

describe('mediator.analyze', () => {
  const m = loadMediator();
  it('exposes the label sets with zh and en names', () => {
    assert.equal(CATEGORIES.length, CATEGORY_CODES.length);
    assert.ok(DEMANDS.every((d) => d.name.zh && d.name.en));
  });
  it('reads a complete complaint end to end', () => {
    const a = m.analyze({
      text: '前天在淘宝签收了一件外套，花了299元，不喜欢想七天无理由退货，吊牌都在，商家说不能退',
      now: NOW,
    });
    assert.equal(a.facts.priceMinor, 29_900);
    assert.equal(a.facts.channel, 'online');
    assert.ok(a.demands.length >= 1);
    assert.ok(a.articles.length >= 1 && a.articles.every((x) => /^[a-z-]+:\d+$/.test(x.ref)));
    assert.ok(['auto', 'merchant', 'human'].includes(a.route));
    assert.ok(a.routeReasons.length >= 1);
    assert.ok(a.explanation.zh.includes('处理路径') && a.explanation.en.includes('Route'));
    assert.equal(
      a.input.original,
      '前天在淘宝签收了一件外套，花了299元，不喜欢想七天无理由退货，吊牌都在，商家说不能退',
    );
  });
  it('converts traditional characters for analysis and keeps the original', () => {
    const a = m.analyze({ text: '網上買的鞋子質量很差，穿了兩天就開膠了，要求退貨退款', now: NOW });
    assert.equal(a.input.traditional, true);
    assert.match(a.input.normalized, /网上买的鞋子质量很差/);
  });
  it('sends an injury to a person whatever the category', () => {
    const a = m.analyze({ text: '在餐厅吃饭，服务员把热汤洒在我手上烫伤了，去医院花了医药费600元', now: NOW });
    assert.equal(a.route, 'human');
    assert.ok(a.routeReasons.some((r) => r.code === 'injury'));
    assert.ok(a.articles.some((x) => x.ref === 'cpl:49'));
  });
  it('applies the caller’s amount limit', () => {
    const text = '在京东买的冰箱，价格4999元，收到三天就不制冷了，要求退货';
    const a = m.analyze({ text, now: NOW, policy: { humanAboveMinor: 100_000 } });
    assert.equal(a.route, 'human');
    assert.ok(a.routeReasons.some((r) => r.code === 'amount_above_limit'));
  });
  it('asks for what is missing', () => {
    const a = m.analyze({ text: '商家不给退货', now: NOW });
    assert.ok(a.missing.length >= 1);
    assert.ok(a.missing.every((q) => q.question.zh.endsWith('？') && q.question.en.endsWith('?')));
  });
  it('works without a trained model, with low confidence', () => {
    const bare = loadMediator({ withoutModel: true });
    const a = bare.analyze({ text: '健身房老板跑路了，年卡还剩2000元', now: NOW });
    assert.equal(a.scenario.id, 'prepaid_closure');
    assert.equal(a.route, 'human');
  });
  it('is fast once loaded', () => {
    const text =
      '上周五在直播间买了一套护肤品，主播说是正品，收到后发现批号查不到，怀疑是假货，花了899元，要求退一赔三。'.repeat(
        4,
      );
    const t = performance.now();
    for (let i = 0; i < 50; i++) m.analyze({ text, now: NOW });
    assert.ok((performance.now() - t) / 50 < 20);
  });
});
