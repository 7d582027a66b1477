import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR, readLaws } from '../loader.js';
import { buildLawIndex } from '../retrieve/laws.js';
import { decideRoute } from '../route.js';
import { extractFacts, type InputFacts } from '../text/facts.js';
import { PLAYBOOKS, playbookById, selectPlaybook } from './index.js';
import { type PlaybookContext, SCENARIO_IDS, type ScenarioId } from './types.js';

const NOW = new Date('2026-03-18T04:00:00Z');
const laws = buildLawIndex(readLaws(DEFAULT_DATA_DIR));

function ctx(text: string, over: Partial<PlaybookContext> = {}, input: InputFacts = {}): PlaybookContext {
  return {
    text,
    facts: extractFacts(text, NOW, input),
    category: 'other',
    confidence: 0.95,
    demands: ['refund'],
    today: '2026-03-18',
    ...over,
  };
}

// One short complaint of our own per scenario, with the route the playbook alone should give.
const CASES: Record<
  ScenarioId,
  { text: string; demands?: PlaybookContext['demands']; route: 'auto' | 'merchant' | 'human' }
> = {
  online_return: { text: '前天在淘宝签收的裙子，¥199，尺码不合适，吊牌都在，想七天无理由退货', route: 'auto' },
  offline_return: { text: '在商场专柜买的外套，店里承诺七天可退，现在不给退，399元', route: 'merchant' },
  quality_defect: { text: '网上买的雨伞用了两次伞骨就断了，质量问题，59元', route: 'merchant' },
  sanbao: { text: '买的洗衣机三个月就坏了，还在保修期内，售后一直拖着不修', demands: ['repair'], route: 'merchant' },
  car_warranty: { text: '4S店买的新车，提车5天发动机就要更换，要求退车', route: 'human' },
  fraud: {
    text: '直播间说是正品，收到是高仿假货，要求退一赔三，花了800元',
    demands: ['triple_compensation'],
    route: 'human',
  },
  food_safety: { text: '超市买的牛奶过期了，28元，要求十倍赔偿', demands: ['tenfold_compensation'], route: 'human' },
  prepaid_refund: { text: '健身卡办了三个月，搬家了想退卡，余额2000元，店里不退', route: 'merchant' },
  prepaid_closure: { text: '美发店突然关门跑路了，卡里还剩1500元', route: 'human' },
  price_overcharge: { text: '超市价签写12元，结账收了18元，多收了6元', route: 'auto' },
  short_weight: { text: '菜市场买的排骨说是两斤，回家复称只有一斤六两，缺斤短两', route: 'merchant' },
  service_failure: { text: '理发店说好的烫发没做完就让我走了，收了380元', route: 'merchant' },
  unfair_terms: { text: '婚纱店押金5000元说概不退还，合同写着最终解释权归商家', route: 'merchant' },
  delivery: { text: '快递显示签收了但我根本没收到，商品价值260元', route: 'merchant' },
  personal_data: { text: '在店里登记手机号后天天接到骚扰电话，个人信息被泄露了', demands: ['other'], route: 'human' },
  general: { text: '商家答应的事情一直不办', route: 'merchant' },
};

describe('playbooks', () => {
  it('there are at least 12 scenarios and each has a case here', () => {
    assert.ok(PLAYBOOKS.length >= 12);
    assert.deepEqual(new Set(PLAYBOOKS.map((p) => p.id)), new Set(SCENARIO_IDS));
  });
  for (const id of SCENARIO_IDS) {
    const pb = playbookById(id);
    const c = CASES[id];
    it(`${id}: selected for its own category, cites existing articles, routes ${c.route}`, () => {
      const context = ctx(c.text, { category: pb.category, demands: c.demands ?? ['refund'] });
      const chosen = selectPlaybook(context, new Map([[pb.category, 0.9]])).playbook;
      assert.equal(chosen.id, id);
      const refs = pb.references(context);
      assert.ok(refs.length >= 1);
      for (const ref of refs) assert.ok(laws.get(ref), `${id} cites ${ref}, which is not in the corpus`);
      for (const ref of Object.keys(pb.reasons))
        assert.ok(laws.get(ref), `${id} explains ${ref}, which is not in the corpus`);
      const remedies = pb.remedies(context);
      const hint = pb.route(context, remedies);
      const terms = pb.settlement(context, remedies);
      const claim = Math.max(
        context.facts.priceMinor ?? 0,
        terms.reduce((s, t) => s + (t.amountMinor ?? 0), 0),
      );
      const decision = decideRoute({
        hint,
        category: pb.category,
        confidence: 0.95,
        demands: context.demands,
        facts: context.facts,
        claimMinor: claim,
      });
      assert.equal(decision.route, c.route, JSON.stringify(decision.reasons));
      assert.ok(pb.guidance.consumer.zh && pb.guidance.merchant.en);
    });
  }
});

describe('global routing rules', () => {
  const pb = playbookById('online_return');
  const base = ctx(CASES.online_return.text, { category: 'return' });
  const hint = pb.route(base, pb.remedies(base));
  const route = (over: Partial<Parameters<typeof decideRoute>[0]>) =>
    decideRoute({
      hint,
      category: 'return',
      confidence: 0.95,
      demands: ['refund'],
      facts: base.facts,
      claimMinor: 19_900,
      ...over,
    });
  it('auto when the rule is clear', () => assert.equal(route({}).route, 'auto'));
  it('injury → human', () =>
    assert.equal(route({ facts: { ...base.facts, flags: { ...base.facts.flags, injury: true } } }).route, 'human'));
  it('amount above the configured limit → human', () => {
    const d = route({ claimMinor: 600_000 });
    assert.equal(d.route, 'human');
    assert.equal(d.reasons[0]!.code, 'amount_above_limit');
    assert.equal(
      route({ claimMinor: 600_000, policy: { humanAboveMinor: 1_000_000, autoMaxMinor: 1_000_000 } }).route,
      'auto',
    );
  });
  it('a treble-damages claim → human', () => assert.equal(route({ demands: ['triple_compensation'] }).route, 'human'));
  it('low confidence → human; middling confidence → merchant', () => {
    assert.equal(route({ confidence: 0.3 }).route, 'human');
    assert.equal(route({ confidence: 0.6 }).route, 'merchant');
  });
  it('above the auto limit → merchant', () => assert.equal(route({ claimMinor: 300_000 }).route, 'merchant'));
});

describe('secondary references chosen by the facts', () => {
  const top3 = (id: ScenarioId, text: string, demands: PlaybookContext['demands'] = ['refund']) =>
    playbookById(id).references(ctx(text, { demands })).slice(0, 3);
  const cases: [ScenarioId, string, string][] = [
    ['prepaid_refund', '舞蹈班要搬到新区，离我家15公里，剩下的学费要退', 'prepaid-spc:13'],
    ['prepaid_refund', '干洗店储值卡原来洗一件45，现在按60扣，说是物价涨了', 'prepaid-spc:12'],
    ['prepaid_refund', '培训班合同写着中途退费扣30%违约金，我要退剩下的课', 'prepaid-spc:9'],
    ['prepaid_closure', '健身房突然关门了，事先没有任何通知，卡里还有2000', 'cpl-regs:21'],
    ['unfair_terms', '4S店交了5000定金，两个月不交车，还说定金不退', 'civil-code:587'],
    ['delivery', '寄快递丢了一台相机，快递公司说没保价只赔运费', 'civil-code:832'],
    ['delivery', '页面写次日达，结果第四天才到', 'civil-code:577'],
    ['fraud', '电视挂着原价8999限时直降，其实从来没卖过这个价', 'price-marking:19'],
    ['food_safety', '进口饼干包装上没有中文标签，要求十倍赔偿', 'food-safety:97'],
    ['personal_data', '影楼没经过同意把我的照片挂在橱窗里', 'civil-code:1019'],
    ['quality_defect', '电热水壶漏电，手一碰就麻，太危险了', 'cpl:18'],
    ['online_return', '网购的多肉植物不喜欢想退，商家说活体不支持七天无理由', 'seven-day-return:6'],
    ['online_return', '退货后商家把钱退成店铺购物金，我要原路退回信用卡', 'seven-day-return:14'],
    ['online_return', '面膜还没拆，塑封都在，商家说个人护理品不退', 'seven-day-return:9'],
    ['general', '超市保安非要翻我的包，当着那么多人，要求道歉', 'cpl:27'],
    ['general', '商场扶梯突然停了，孩子摔下来磕破了头', 'cpl:18'],
    ['car_warranty', '新车变速箱在4S店修了三次还是顿挫，要求换车', 'car-warranty:24'],
    ['car_warranty', '车在4S店修了九天，超过5天也不给备用车', 'car-warranty:21'],
  ];
  for (const [id, text, ref] of cases) {
    it(`${id}: ${ref}`, () => assert.ok(top3(id, text).includes(ref), top3(id, text).join()));
  }
  it('every reference a playbook ranks has a reason and exists in the corpus', () => {
    for (const [id, text] of cases) {
      const pb = playbookById(id);
      for (const ref of pb.references(ctx(text))) {
        assert.ok(laws.get(ref), ref);
        assert.ok(pb.reasons[ref]?.zh && pb.reasons[ref]?.en, `${id} ${ref}`);
      }
    }
  });
});
