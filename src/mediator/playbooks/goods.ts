import { sanbao, sevenDayReturn } from '../remedy/returns.js';
import { priceRefund } from '../remedy/simple.js';
import {
  firing,
  HAZARD_REASON,
  PROPERTY_DAMAGE,
  RETURN_RULES,
  RETURN_USED,
  ranked,
  reasonsOf,
  SAFETY_HAZARD,
} from './secondary.js';
import {
  ASK_EVIDENCE,
  ASK_PRICE,
  ASK_PURCHASE_DATE,
  MERCHANT_FIRST,
  type Playbook,
  type PlaybookContext,
  refund,
  wants,
} from './types.js';

/** Why each article applies; shared with warranty.ts. */
export const R = {
  cpl24: {
    zh: '商品不符合质量要求的，可依约定或法定退货、更换、修理，运费等由经营者承担',
    en: 'Goods not meeting quality requirements may be returned, replaced or repaired; the merchant pays transport',
  },
  cpl25: {
    zh: '网络等远程购物自收到商品起七日内可无理由退货（定作、鲜活易腐等除外）',
    en: 'Distance purchases may be returned without reason within seven days of receipt (made-to-order, perishables etc. excepted)',
  },
  cpl16: {
    zh: '经营者应按法律和与消费者的约定（含其退货承诺）履行义务',
    en: 'The merchant must keep the law and what it agreed with the consumer, including its return commitment',
  },
  pq40: {
    zh: '售出产品不具备应有性能或不符合明示质量的，销售者负责修理、更换、退货并赔偿损失',
    en: 'A seller must repair, replace or take back goods lacking the expected performance or stated quality, and pay the loss',
  },
  cc582: {
    zh: '履行不符合约定的，可合理选择修理、重作、更换、退货、减价',
    en: 'For non-conforming performance the buyer may choose repair, replacement, return or a price cut',
  },
  sdr6: {
    zh: '列明不适用七日无理由退货的商品（定作、鲜活易腐、拆封的数字化商品、报刊）',
    en: 'Goods outside the seven-day no-reason return (made-to-order, perishables, unsealed digital goods, periodicals)',
  },
  sdr7: {
    zh: '经消费者购买时确认可不适用无理由退货的商品',
    en: 'Goods the consumer confirmed at purchase may be excluded from no-reason return',
  },
  sdr8: {
    zh: '商品完好的认定：为查验拆开包装、合理调试不影响完好',
    en: 'What counts as intact: opening the package to inspect or reasonable testing does not spoil it',
  },
  sdr10: { zh: '七日期间自签收商品的次日起算', en: 'The seven days run from the day after signing for the goods' },
  sdr13: {
    zh: '商家收到退回商品后七日内退还价款',
    en: 'The seller refunds within seven days of receiving the returned goods',
  },
  regs18: {
    zh: '三包有效期自交付（安装完成）之日起计算，修理时间不计入，退货按凭证价格一次退清',
    en: 'Warranty periods run from delivery or installation, excluding repair time; refunds are paid in full at the receipt price',
  },
  car18: {
    zh: '汽车三包有效期不低于2年或5万公里，包修期不低于3年或6万公里',
    en: 'Car warranty: at least 2 years / 50,000 km for exchange and return, 3 years / 60,000 km for repair',
  },
  car19: {
    zh: '包修期内出现质量问题，消费者可凭三包凭证免费修理',
    en: 'Within the repair warranty a quality problem is repaired free of charge',
  },
  car20: {
    zh: '60日或3000公里内主要零部件质量问题可免费更换该部件',
    en: 'A major part failing within 60 days / 3,000 km is replaced free',
  },
  car21: {
    zh: '单次修理超过5日的，自第6日起提供备用车或交通补偿',
    en: 'A repair over 5 days gives a courtesy car or transport costs from day 6',
  },
  car22: {
    zh: '7日内主要零部件需更换的，可选择换车或退车',
    en: 'A major part needing replacement within 7 days allows exchange or return of the car',
  },
  car23: {
    zh: '60日或3000公里内转向、制动失效等严重故障，可换车或退车',
    en: 'Steering or brake failure and similar within 60 days / 3,000 km allows exchange or return',
  },
  car24: {
    zh: '三包有效期内多次修理仍不能排除故障的，可换车或退车',
    en: 'Repeated failed repairs within the warranty allow exchange or return',
  },
  car27: {
    zh: '按第二十四条换车退车的，消费者支付使用补偿费',
    en: 'An exchange or return under art. 24 is reduced by a usage compensation',
  },
};

const ASK_RECEIPT: Playbook['facts'][number] = {
  key: 'receiptDate',
  question: { zh: '您是哪天签收商品的？', en: 'On what date did you sign for the goods?' },
  missing: (c) => c.facts.receiptDate === undefined && c.facts.purchaseDate === undefined,
};
const ASK_CONDITION: Playbook['facts'][number] = {
  key: 'goodsCondition',
  question: {
    zh: '商品是否完好？吊牌、配件、包装是否齐全？',
    en: 'Is the item intact, with tags, accessories and packaging?',
  },
  missing: (c) => !/(完好|吊牌|没拆|未拆|全新|没用过|没穿过|没动过|包装)/.test(c.text),
};
const ASK_DEFECT: Playbook['facts'][number] = {
  key: 'defect',
  question: { zh: '具体是什么质量问题？什么时候出现的？', en: 'What exactly is the defect, and when did it appear?' },
  missing: (c) => !/(坏|故障|裂|破|漏|不工作|开不了机|不能用|掉色|开线|起球|异响|黑屏|质量问题)/.test(c.text),
};
export const ASK_WARRANTY: Playbook['facts'][number] = {
  key: 'warranty',
  question: { zh: '商品是否还在保修期（三包期）内？', en: 'Is the item still under warranty (三包)?' },
  missing: (c) => c.facts.flags.withinWarranty === undefined && c.facts.purchaseDate === undefined,
};

export function receiptOrPurchase(ctx: PlaybookContext): string | undefined {
  return ctx.facts.receiptDate ?? ctx.facts.purchaseDate;
}

export const onlineReturn: Playbook = {
  id: 'online_return',
  name: { zh: '网购七日无理由退货', en: 'Online seven-day no-reason return' },
  category: 'return',
  cues: ['七天无理由', '七日无理由', '无理由退货', '不喜欢', '不合适', '尺码', '不想要', '拒绝退货', '退货'],
  fits: (c) => c.facts.channel !== 'offline',
  facts: [ASK_RECEIPT, ASK_PRICE, ASK_CONDITION],
  references(c) {
    // cpl 25, then the one article of the seven-day measures the dispute turns on (excluded goods 6/7,
    // the window 10, refund method 14, return address 11, gifts 12, coupons 15), a late refund (13), and
    // for opened or used goods whether they are still intact (8, with the per-kind tests of 9).
    const specific = firing(RETURN_RULES, c, 1);
    const late = /(退款|钱).{0,6}(没到|没退|迟迟|拖)|还没退/.test(c.text) ? ['seven-day-return:13'] : [];
    const used = RETURN_USED.test(c) ? ['seven-day-return:8', 'seven-day-return:9'] : [];
    return ranked(['cpl:25'], specific, late, used, [
      'seven-day-return:8',
      'seven-day-return:13',
      'seven-day-return:10',
    ]);
  },
  reasons: {
    'cpl:25': R.cpl25,
    'seven-day-return:6': R.sdr6,
    'seven-day-return:7': R.sdr7,
    'seven-day-return:8': R.sdr8,
    'seven-day-return:10': R.sdr10,
    'seven-day-return:13': R.sdr13,
    ...reasonsOf(RETURN_RULES, [RETURN_USED]),
  },
  remedies(c) {
    const f = c.facts.flags;
    return [
      sevenDayReturn({
        channel: c.facts.channel,
        receiptDate: receiptOrPurchase(c),
        today: c.today,
        priceMinor: c.facts.priceMinor,
        currency: c.facts.currency,
        customMade: f.customMade,
        perishable: f.perishable,
        digitalOpened: f.digital && f.opened,
      }),
    ];
  },
  settlement(_c, [r]) {
    if (r?.applies)
      return [
        { kind: 'return', note: { zh: '消费者退回完好商品', en: 'The consumer sends back the goods intact' } },
        refund(r.amountMinor, '商家收到退货后七日内退款', 'Refund within seven days of receiving the goods'),
      ];
    return [{ kind: 'return', note: { zh: '协商退货或折价处理', en: 'Negotiate a return or a partial refund' } }];
  },
  guidance: {
    consumer: {
      zh: '保持商品完好、配件齐全，在签收次日起七日内发出退货通知并保留寄回凭证。',
      en: 'Keep the goods intact with all parts, give notice within seven days from the day after signing, and keep proof of postage.',
    },
    merchant: {
      zh: '七日内无理由退货是法定义务；商品完好的，收到退货后七日内退款，不得以拆封查验为由拒绝。',
      en: 'The seven-day return is a legal duty: refund within seven days of receipt of intact goods; opening to inspect is no ground to refuse.',
    },
  },
  route(_c, [r]) {
    if (r?.applies && !r.provisional)
      return {
        route: 'auto',
        code: 'clear_statutory_right',
        reason: {
          zh: '在七日无理由退货期内且不属除外商品，可按规则自动处理',
          en: 'Inside the seven-day window and not excluded goods: can be settled by rule',
        },
      };
    return MERCHANT_FIRST;
  },
};

export const offlineReturn: Playbook = {
  id: 'offline_return',
  name: { zh: '线下购物退货（商家承诺）', en: 'Shop return under the merchant’s commitment' },
  category: 'return',
  cues: ['线下无理由', '实体店', '门店', '商场', '专柜', '承诺', '退换', '不给退'],
  fits: (c) => c.facts.channel === 'offline',
  facts: [
    ASK_PURCHASE_DATE,
    ASK_PRICE,
    {
      key: 'commitment',
      question: {
        zh: '商家是否承诺过可以退换（如“线下无理由退货”标识、小票说明）？',
        en: 'Did the shop promise returns (a no-reason-return sign, a note on the receipt)?',
      },
      missing: (c) => !/(承诺|标识|写着|说好|答应|无理由)/.test(c.text),
    },
  ],
  references: () => ['cpl:16', 'cpl:24', 'cpl-regs:12'],
  reasons: {
    'cpl:16': R.cpl16,
    'cpl:24': R.cpl24,
    'cpl-regs:12': {
      zh: '经营者以告示、声明等方式对售后服务作出承诺的，应当履行',
      en: 'After-sales promises made by notices or statements must be kept',
    },
  },
  remedies: (c) => [priceRefund(c.facts.priceMinor, ['cpl:16'], c.facts.currency)],
  settlement: (c) => [
    { kind: 'return', note: { zh: '按商家承诺退回商品', en: 'Return the goods under the shop’s commitment' } },
    refund(c.facts.priceMinor, '按承诺退款', 'Refund as promised'),
  ],
  guidance: {
    consumer: {
      zh: '线下购物没有法定无理由退货；请出示商家的退货承诺（标识、小票、聊天记录）。有质量问题可依第二十四条退换。',
      en: 'There is no statutory no-reason return in shops; show the shop’s promise (sign, receipt, messages). Defects give rights under CPL art. 24.',
    },
    merchant: {
      zh: '作出的退货承诺必须兑现；未承诺时可协商换货或折价。',
      en: 'A return commitment must be honoured; without one, offer an exchange or a partial refund.',
    },
  },
  route: () => MERCHANT_FIRST,
};

export const qualityDefect: Playbook = {
  id: 'quality_defect',
  name: { zh: '商品质量问题', en: 'Defective goods' },
  category: 'quality',
  cues: ['质量问题', '坏了', '破损', '开裂', '掉色', '起球', '故障', '不能用', '漏水', '做工'],
  facts: [ASK_PURCHASE_DATE, ASK_PRICE, ASK_DEFECT, ASK_EVIDENCE],
  // A defect that endangers person or property adds cpl 18; damage to other property adds cpl 52; an
  // injury adds cpl 49 (analyze.ts); otherwise the buyer's remedies for non-conforming goods (civil code 582).
  references: (c) =>
    ranked(
      ['cpl:24', 'product-quality:40'],
      SAFETY_HAZARD.test(c.text) ? ['cpl:18'] : PROPERTY_DAMAGE.test(c.text) ? ['cpl:52'] : [],
      ['civil-code:582'],
    ),
  reasons: {
    'cpl:24': R.cpl24,
    'product-quality:40': R.pq40,
    'civil-code:582': R.cc582,
    'cpl:18': HAZARD_REASON,
    'cpl:52': {
      zh: '商品造成消费者其他财产损害的，应赔偿损失',
      en: 'Damage the goods did to other property is compensated',
    },
  },
  remedies(c) {
    if (c.facts.flags.durable)
      return [
        sanbao({
          startDate: receiptOrPurchase(c),
          today: c.today,
          priceMinor: c.facts.priceMinor,
          currency: c.facts.currency,
          withinWarranty: c.facts.flags.withinWarranty,
        }),
      ];
    return [priceRefund(c.facts.priceMinor, ['cpl:24'], c.facts.currency)];
  },
  settlement(c, [r]) {
    if (wants(c, 'exchange'))
      return [
        {
          kind: 'exchange',
          note: {
            zh: '更换同款合格商品，运费由商家承担',
            en: 'Exchange for a sound item, postage paid by the merchant',
          },
        },
      ];
    if (wants(c, 'repair'))
      return [
        { kind: 'repair', note: { zh: '免费修理，运费由商家承担', en: 'Free repair, postage paid by the merchant' } },
      ];
    return [
      {
        kind: 'return',
        note: { zh: '退回问题商品，运费由商家承担', en: 'Return the defective item at the merchant’s cost' },
      },
      refund(r?.amountMinor || c.facts.priceMinor, '退还价款', 'Refund of the price'),
    ];
  },
  guidance: {
    consumer: {
      zh: '保留商品、照片和购买凭证；七日内可退货，之后可要求更换或修理。',
      en: 'Keep the item, photos and proof of purchase; within seven days you may return it, later ask for replacement or repair.',
    },
    merchant: {
      zh: '质量问题由销售者先行负责修理、更换、退货，运输等必要费用由经营者承担，可再向生产者追偿。',
      en: 'The seller answers first for repair, replacement or return, pays transport, and may recover from the producer.',
    },
  },
  route: () => MERCHANT_FIRST,
};
