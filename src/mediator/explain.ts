// The explanation both parties read: what the mediator understood, which rule applies, what it proposes
// and where the case goes — in zh-Hans and English, built only from the analysis itself.
import { formatMoney } from '../lib/money.js';
import type { Bilingual } from './labels.js';
import type { Analysis } from './types.js';

type Parts = Pick<
  Analysis,
  | 'categoryName'
  | 'confidence'
  | 'demands'
  | 'scenario'
  | 'articles'
  | 'remedy'
  | 'settlement'
  | 'route'
  | 'routeReasons'
  | 'missing'
  | 'facts'
>;

const ROUTE_NAME = {
  auto: { zh: '可自动处理（仍需消费者确认）', en: 'can be settled automatically (the consumer still confirms)' },
  merchant: { zh: '由商家先行处理', en: 'goes to the merchant first' },
  human: { zh: '转人工调解', en: 'goes to a human mediator' },
} as const;

export function explain(a: Parts): Bilingual {
  const pct = Math.round(a.confidence * 100);
  const demandsZh = a.demands.map((d) => d.name.zh).join('、');
  const demandsEn = a.demands.map((d) => d.name.en.toLowerCase()).join(', ');
  const price =
    a.facts.priceMinor !== undefined
      ? formatMoney({ amountMinor: a.facts.priceMinor, currency: a.facts.currency })
      : undefined;
  const refsZh = a.articles
    .slice(0, 3)
    .map((x) => `《${x.lawTitle.replace(/^中华人民共和国/, '')}》${x.no}`)
    .join('、');
  const refsEn = a.articles
    .slice(0, 3)
    .map((x) => x.ref)
    .join(', ');
  const total =
    a.settlement.totalMinor > 0
      ? formatMoney({ amountMinor: a.settlement.totalMinor, currency: a.settlement.currency })
      : undefined;
  const zh = [
    `这是一起“${a.categoryName.zh}”纠纷（把握 ${pct}%），适用“${a.scenario.name.zh}”处理方案。`,
    `消费者的诉求：${demandsZh}${price ? `；涉及金额 ${price}` : ''}。`,
    refsZh ? `主要依据：${refsZh}。` : '',
    a.remedy ? `法定计算：${a.remedy.formula.zh}。` : '',
    `建议方案：${a.settlement.summary.zh}${total ? `（合计 ${total}）` : ''}。`,
    `处理路径：${ROUTE_NAME[a.route].zh}——${a.routeReasons.map((r) => r.zh).join('；')}。`,
    a.missing.length ? `还需确认：${a.missing.map((m) => m.question.zh).join(' ')}` : '',
  ];
  const en = [
    `This is a “${a.categoryName.en}” dispute (${pct}% confidence), handled under the “${a.scenario.name.en}” playbook.`,
    `The consumer asks for: ${demandsEn}${price ? `; amount involved ${price}` : ''}.`,
    refsEn ? `Main legal basis: ${refsEn}.` : '',
    a.remedy ? `Statutory calculation: ${a.remedy.formula.en}.` : '',
    `Proposed settlement: ${a.settlement.summary.en}${total ? ` (${total} in all)` : ''}.`,
    `Route: ${ROUTE_NAME[a.route].en} — ${a.routeReasons.map((r) => r.en).join('; ')}.`,
    a.missing.length ? `Still to confirm: ${a.missing.map((m) => m.question.en).join(' ')}` : '',
  ];
  return { zh: zh.filter(Boolean).join(''), en: en.filter(Boolean).join(' ') };
}
