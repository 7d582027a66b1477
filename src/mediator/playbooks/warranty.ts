// Playbooks for warranties: 三包 for durable goods and the household-car warranty.
import { carWarranty } from '../remedy/car.js';
import { sanbao } from '../remedy/returns.js';
import { hasCue } from '../text/cues.js';
import { ASK_WARRANTY, R, receiptOrPurchase } from './goods.js';
import { CAR_RULES, firing, reasonsOf } from './secondary.js';
import {
  ASK_PRICE,
  ASK_PURCHASE_DATE,
  MERCHANT_FIRST,
  type Playbook,
  type PlaybookContext,
  refund,
  wants,
} from './types.js';

export const sanbaoPlaybook: Playbook = {
  id: 'sanbao',
  name: { zh: '三包（修理、更换、退货）', en: 'Warranty (三包) repair, exchange, refund' },
  category: 'repair_warranty',
  cues: ['三包', '保修', '质保', '售后', '维修', '返修', '换新', '检测', '保修期'],
  fits: (c) => !c.facts.flags.car,
  facts: [
    ASK_PURCHASE_DATE,
    ASK_PRICE,
    ASK_WARRANTY,
    {
      key: 'repairs',
      question: {
        zh: '已经修过几次？有维修记录吗？',
        en: 'How many times has it been repaired? Do you have repair records?',
      },
      missing: (c) => c.facts.repairCount === undefined && /(修|维修)/.test(c.text),
    },
  ],
  references: () => ['product-quality:40', 'cpl:24', 'cpl-regs:18'],
  reasons: { 'product-quality:40': R.pq40, 'cpl:24': R.cpl24, 'cpl-regs:18': R.regs18 },
  remedies: (c) => [
    sanbao({
      startDate: receiptOrPurchase(c),
      today: c.today,
      priceMinor: c.facts.priceMinor,
      currency: c.facts.currency,
      withinWarranty: c.facts.flags.withinWarranty,
    }),
  ],
  settlement(c, [r]) {
    const opts = r?.options ?? [];
    if (opts.includes('refund') && wants(c, 'refund', 'return_refund'))
      return [
        { kind: 'return', note: { zh: '退回故障商品', en: 'Return the faulty item' } },
        refund(r?.amountMinor, '退还价款', 'Refund of the price'),
      ];
    if (
      opts.includes('exchange') &&
      (wants(c, 'exchange', 'refund', 'return_refund') || (c.facts.repairCount ?? 0) >= 2)
    )
      return [
        {
          kind: 'exchange',
          note: { zh: '免费更换同型号合格产品', en: 'Free exchange for a sound unit of the same model' },
        },
      ];
    return [
      {
        kind: 'repair',
        note: {
          zh: '保修期内免费修理；两次修理仍不能正常使用的予以更换或退货',
          en: 'Free repair under warranty; exchange or refund if two repairs fail',
        },
      },
    ];
  },
  guidance: {
    consumer: {
      zh: '保留发票和三包凭证、维修单；7日内可退、15日内可换，之后保修期内免费修理。',
      en: 'Keep the invoice, warranty card and repair slips: refund within 7 days, exchange within 15, free repair later in the warranty.',
    },
    merchant: {
      zh: '三包责任由销售者承担，不得以“找厂家”推脱；修理时间不计入三包期。',
      en: 'The seller bears the warranty duty and may not send the consumer to the maker; repair time does not count against the warranty.',
    },
  },
  route: () => MERCHANT_FIRST,
};

const MAJOR_PART = ['发动机', '变速箱', '变速器', '动力电池', '动力蓄电池', '驱动电机', '电机'];
const SAFETY_FAILURE = [
  '转向失灵',
  '方向盘失灵',
  '转向失效',
  '刹车失灵',
  '制动失效',
  '刹车失效',
  '车身开裂',
  '漏油',
  '燃油泄漏',
  '起火',
  '自燃',
];

export const carWarrantyPlaybook: Playbook = {
  id: 'car_warranty',
  name: { zh: '家用汽车三包', en: 'Household car warranty' },
  category: 'repair_warranty',
  cues: ['汽车', '4S店', '新车', '提车', '发动机', '变速箱', '三包凭证', '换车', '退车'],
  fits: (c) => c.facts.flags.car,
  facts: [
    ASK_PURCHASE_DATE,
    ASK_PRICE,
    {
      key: 'mileage',
      question: { zh: '目前行驶里程是多少公里？', en: 'What is the current mileage (km)?' },
      missing: (c) => c.facts.mileageKm === undefined,
    },
    {
      key: 'repairs',
      question: {
        zh: '同一问题已经修理过几次、累计修了多少天？',
        en: 'How many times, and for how many days in total, has the same fault been repaired?',
      },
      missing: (c) => c.facts.repairCount === undefined,
    },
  ],
  references(c) {
    // What the owner says (a courtesy car, steering or brake failure, repeated repairs, the repair
    // records) names the article first; otherwise the one the computed remedy rests on.
    const said = firing(CAR_RULES, c, 1);
    const r = carRemedy(c);
    const specific = r.basis.filter((b) => b !== 'car-warranty:18');
    return [...new Set([...said, ...specific, 'cpl:24', 'car-warranty:18', 'car-warranty:19'])];
  },
  reasons: {
    ...reasonsOf(CAR_RULES),
    'car-warranty:18': R.car18,
    'car-warranty:19': R.car19,
    'car-warranty:20': R.car20,
    'car-warranty:21': R.car21,
    'car-warranty:22': R.car22,
    'car-warranty:23': R.car23,
    'car-warranty:24': R.car24,
    'car-warranty:27': R.car27,
    'cpl:24': R.cpl24,
  },
  remedies: (c) => [carRemedy(c)],
  settlement(_c, [r]) {
    const o = r?.options ?? [];
    if (o.includes('exchange'))
      return [
        {
          kind: 'exchange',
          note: {
            zh: '更换同品牌同型号车辆或退车（按第二十四条的扣除使用补偿费）',
            en: 'Exchange for the same make and model, or return (less usage compensation under art. 24)',
          },
        },
      ];
    if (o.includes('replace_part'))
      return [
        { kind: 'repair', note: { zh: '免费更换故障的主要零部件', en: 'Free replacement of the failed major part' } },
      ];
    return [
      {
        kind: 'repair',
        note: {
          zh: '包修期内免费修理（含工时费和材料费）',
          en: 'Free repair within the repair warranty (labour and parts)',
        },
      },
    ];
  },
  guidance: {
    consumer: {
      zh: '保留购车发票、三包凭证和每次维修记录（里程、天数），这是换车退车的依据。',
      en: 'Keep the invoice, the warranty card and every repair record (mileage, days): they decide exchange or return.',
    },
    merchant: {
      zh: '三包责任由销售者承担；符合换车退车条件的不得拖延，修理超过5日须提供备用车或交通补偿。',
      en: 'The seller bears the warranty; where exchange or return is due, do not delay; over 5 days in repair give a courtesy car or transport costs.',
    },
  },
  route(_c, [r]) {
    if (r?.options?.some((o) => o === 'exchange' || o === 'return'))
      return {
        route: 'human',
        code: 'car_exchange_return',
        reason: {
          zh: '涉及换车退车，金额大、需核对维修记录，由调解员跟进',
          en: 'Exchange or return of a car: large sums and repair records to check, so a mediator follows it',
        },
      };
    return MERCHANT_FIRST;
  },
};

function carRemedy(c: PlaybookContext) {
  const start = receiptOrPurchase(c);
  return carWarranty({
    daysSinceDelivery: start ? Math.max(0, (Date.parse(c.today) - Date.parse(start)) / 86_400_000) : undefined,
    mileageKm: c.facts.mileageKm,
    priceMinor: c.facts.priceMinor,
    currency: c.facts.currency,
    issue: {
      majorPart: hasCue(c.text, MAJOR_PART),
      safetyFailure: hasCue(c.text, SAFETY_FAILURE),
      seriousSafetyRepairs: hasCue(c.text, SAFETY_FAILURE) ? c.facts.repairCount : undefined,
      majorPartReplacements: /(换|更换)了?(两|二|2|三|3)次/.test(c.text) && hasCue(c.text, MAJOR_PART) ? 2 : undefined,
      sameProblemRepairs: c.facts.repairCount,
    },
  });
}
