import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadMediator } from '../index.js';
import { freshLawIndex, loadLawSearch } from '../lawsearch.js';
import { DEFAULT_DATA_DIR, loadJieba, readLawIndex, readLaws } from '../loader.js';
import { makeSegmenter } from '../text/segment.js';
import { decodeLawIndex, encodeLawIndex } from './artefact.js';
import { bm25FromStats, bm25Stats, buildBm25, fuseRankings } from './bm25.js';
import { buildLawIndex, parseRef } from './laws.js';

const laws = buildLawIndex(readLaws(DEFAULT_DATA_DIR));
const seg = makeSegmenter(loadJieba(DEFAULT_DATA_DIR));
const cut = seg.cutMany(laws.articles.map((a) => a.text));
const bm25 = buildBm25(laws.articles, cut, new Map());

describe('law corpus', () => {
  it('has every article indexed by <law-id>:<n>, text exact', () => {
    assert.equal(laws.articles.length, 2329);
    assert.equal(laws.laws.size, 23);
    assert.match(laws.get('cpl:55')!.text, /^经营者提供商品或者服务有欺诈行为的/);
    assert.equal(laws.get('cpl:55')!.no, '第五十五条');
    assert.equal(laws.get('cpl:64'), undefined);
    assert.deepEqual(parseRef('food-safety:148'), { lawId: 'food-safety', n: 148 });
    assert.equal(parseRef('cpl-55'), undefined);
  });
});

describe('BM25 retrieval', () => {
  const top = (q: string, k = 5) => bm25.search(seg.cutPlain(q), k).map((h) => h.ref);
  it('finds the fraud article for 欺诈 and 三倍 wording', () =>
    assert.ok(top('经营者欺诈 增加赔偿 价款三倍').includes('cpl:55')));
  it('finds the seven-day return articles', () => {
    const refs = top('网络购买 七日无理由退货 商品完好', 10);
    assert.ok(
      refs.some((r) => r.startsWith('seven-day-return:') || r === 'cpl:25'),
      refs.join(),
    );
  });
  it('finds the prepaid interpretation for 预付款 refunds', () =>
    assert.ok(top('返还预付款 利息', 10).some((r) => r.startsWith('prepaid-spc:'))));
  it('returns nothing for a query of stop words', () => assert.deepEqual(top('的 了 和'), []));
  it('fuses ranked lists by reciprocal rank', () => {
    const fused = fuseRankings([
      { refs: ['a', 'b'], weight: 1 },
      { refs: ['b', 'c'], weight: 1 },
    ]);
    assert.deepEqual(
      fused.map((f) => f.ref),
      ['b', 'a', 'c'],
    );
  });
});

describe('law-search artefact (data/mediator/law-index.json)', () => {
  it('matches the laws and dictionaries byte for byte (regenerate with `hejie mediator train`)', () => {
    const committed = readLawIndex(DEFAULT_DATA_DIR);
    assert.ok(committed, 'data/mediator/law-index.json is missing');
    assert.deepEqual(committed, freshLawIndex(DEFAULT_DATA_DIR, seg));
  });
  it('is what loadMediator() uses, and searches exactly like an index built now', () => {
    const loaded = loadLawSearch(DEFAULT_DATA_DIR, seg);
    assert.equal(loaded.fromArtefact, true);
    const lawList = [...laws.laws.values()];
    const all = seg.cutMany([...lawList.map((l) => l.title), ...laws.articles.map((a) => a.text)]);
    const titles = new Map(lawList.map((l, i) => [l.id, all[i]!]));
    const built = buildBm25(laws.articles, all.slice(lawList.length), titles);
    for (const q of ['网购衣服七天无理由退货 商家拒绝', '健身卡老板跑路 预付款 退还余额', '外卖吃出异物 十倍赔偿']) {
      assert.deepEqual(loaded.bm25.search(seg.cutPlain(q), 8), built.search(seg.cutPlain(q), 8));
    }
  });
  it('round-trips the statistics', () => {
    const stats = bm25Stats(laws.articles.slice(0, 50), cut.slice(0, 50), new Map());
    const back = decodeLawIndex(encodeLawIndex('k', stats));
    assert.deepEqual(back, stats);
    const q = seg.cutPlain('经营者 消费者 赔偿');
    assert.deepEqual(
      bm25FromStats(laws.articles.slice(0, 50), back).search(q, 5),
      buildBm25(laws.articles.slice(0, 50), cut.slice(0, 50), new Map()).search(q, 5),
    );
  });
});

describe('cited articles in an analysis', () => {
  const m = loadMediator();
  it('carry text and a reason, playbook references first', () => {
    const a = m.analyze({
      text: '在网上买的保健品宣传能治病，是虚假宣传，要求退一赔三',
      now: new Date('2026-03-18T04:00:00Z'),
    });
    assert.ok(a.articles.length >= 3);
    for (const x of a.articles) {
      assert.equal(x.text, laws.get(x.ref)!.text);
      assert.ok(x.reason.zh.length > 0 && x.reason.en.length > 0);
    }
    assert.ok(a.articles.slice(0, 3).some((x) => x.ref === 'cpl:55'));
  });
});
