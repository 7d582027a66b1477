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
