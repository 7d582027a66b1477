// Returns: the online seven-day no-reason return (消费者权益保护法 第二十五条, 网络购买商品七日无理由退货暂行办法)
// and the 三包 windows for durable goods (7 days: refund, exchange or repair; 15 days: exchange or repair;
// then repair within the warranty — the 1995 三包规定, whose substance for consumers is cpl:24,
// product-quality:40 and cpl-regs:18; its text is not in the vendored corpus).
import { addDays, daysBetween } from '../text/dates.js';
import type { Channel } from '../text/facts.js';
import { money, type Remedy, type RemedyOption } from './types.js';

export type SevenDayInput = {
  channel?: Channel;
  /** The day the consumer signed for the goods. */
  receiptDate?: string;
  today: string;
  priceMinor?: number;
  currency?: string;
  customMade?: boolean;
  perishable?: boolean;
  /** Digital goods (software, audio-visual) downloaded or unsealed. */
  digitalOpened?: boolean;
  newspaper?: boolean;
};

const EXCLUDED: readonly { key: keyof SevenDayInput; item: string; zh: string; en: string }[] = [
  { key: 'customMade', item: '（一）', zh: '消费者定作的商品', en: 'goods made to the consumer’s order' },
  { key: 'perishable', item: '（二）', zh: '鲜活易腐的商品', en: 'fresh, live or perishable goods' },
  {
    key: 'digitalOpened',
    item: '（三）',
    zh: '在线下载或者消费者拆封的数字化商品',
    en: 'digital goods downloaded or unsealed by the consumer',
  },
  { key: 'newspaper', item: '（四）', zh: '交付的报纸、期刊', en: 'newspapers and periodicals delivered' },
];

/** The seven-day window runs from the day after signing (seven-day-return:10): the last day is receipt + 7. */
export function sevenDayDeadline(receiptDate: string): string {
  return addDays(receiptDate, 7);
}

export function sevenDayReturn(input: SevenDayInput): Remedy {
  const currency = input.currency ?? 'CNY';
  const price = input.priceMinor ?? 0;
  const base = { rule: 'seven-day-return' as const, currency, options: ['return', 'refund'] as RemedyOption[] };
  if (input.channel === 'offline') {
    return {
      ...base,
      applies: false,
      amountMinor: 0,
      basis: ['cpl:25', 'cpl:16'],
      formula: {
        zh: '七日无理由退货是网络、电视、电话、邮购等远程购物的法定权利；线下购物只在商家承诺（如“线下无理由退货”）时可无理由退货',
        en: 'The seven-day no-reason return is a statutory right for distance sales (online, TV, phone, mail order); in a shop it exists only where the merchant has committed to it',
      },
    };
  }
  const excluded = EXCLUDED.find((e) => input[e.key] === true);
  if (excluded) {
    return {
      ...base,
      applies: false,
      amountMinor: 0,
      basis: ['seven-day-return:6', 'cpl:25'],
      formula: {
        zh: `不适用七日无理由退货：${excluded.zh}（网络购买商品七日无理由退货暂行办法第六条${excluded.item}）；如有质量问题仍可依第二十四条退换`,
        en: `No-reason return excluded: ${excluded.en} (seven-day-return art. 6 item ${excluded.item}); a quality defect still allows return under CPL art. 24`,
      },
    };
  }
  const refundText = input.priceMinor !== undefined ? money(price, currency) : '实付价款';
  const refundEn = input.priceMinor !== undefined ? money(price, currency) : 'the price paid';
  if (!input.receiptDate) {
    return {
      ...base,
      applies: true,
      provisional: true,
      amountMinor: price,
      basis: ['cpl:25', 'seven-day-return:10', 'seven-day-return:13'],
      formula: {
        zh: `签收日期未知：自签收次日起七日内可无理由退货，商品完好的，退还 ${refundText}（退货运费由消费者承担，另有约定的除外）`,
        en: `Date of receipt unknown: within seven days from the day after signing, goods in good condition may be returned for ${refundEn} (return postage is the consumer’s unless agreed otherwise)`,
      },
    };
  }
  const deadline = sevenDayDeadline(input.receiptDate);
  const inWindow = input.today <= deadline;
  const day = daysBetween(input.receiptDate, input.today);
  return {
    ...base,
    applies: inWindow,
    amountMinor: inWindow ? price : 0,
    deadline,
    basis: ['cpl:25', 'seven-day-return:10', 'seven-day-return:13'],
    formula: inWindow
      ? {
          zh: `${input.receiptDate} 签收，自次日起算第 ${day} 天（期限至 ${deadline}）：商品完好的可无理由退货，商家收到退货后七日内退还 ${refundText}；退货运费由消费者承担，另有约定的除外`,
          en: `Signed for on ${input.receiptDate}; today is day ${day} of the window counted from the next day (last day ${deadline}): goods in good condition may be returned and ${refundEn} refunded within seven days of the merchant receiving them; return postage is the consumer’s unless agreed otherwise`,
        }
      : {
          zh: `${input.receiptDate} 签收，七日无理由退货期已于 ${deadline} 届满（已第 ${day} 天）；可协商退货，或有质量问题时依法退换`,
          en: `Signed for on ${input.receiptDate}; the seven-day window ended on ${deadline} (today is day ${day}); a return can still be negotiated, or claimed for a quality defect`,
        },
  };
}

export type SanbaoInput = {
  /** Delivery (or installation) day: the 三包 periods run from it (cpl-regs:18). */
  startDate?: string;
  today: string;
  priceMinor?: number;
  currency?: string;
  withinWarranty?: boolean;
};

/** 三包 for durables: ≤ 7 days refund/exchange/repair, ≤ 15 days exchange/repair, then repair in warranty. */
export function sanbao(input: SanbaoInput): Remedy {
  const currency = input.currency ?? 'CNY';
  const basis = ['cpl:24', 'product-quality:40', 'cpl-regs:18'];
  const base = { rule: 'sanbao' as const, currency, basis };
  if (!input.startDate) {
    return {
      ...base,
      applies: input.withinWarranty !== false,
      provisional: true,
      amountMinor: 0,
      options: ['repair'],
      formula: {
        zh: '购买/交付日期未知：7日内出现性能故障可选退货、换货或修理；15日内可选换货或修理；保修期内免费修理。请提供日期以确定',
        en: 'Purchase/delivery date unknown: a performance fault within 7 days allows refund, exchange or repair; within 15 days exchange or repair; within the warranty free repair. Give the date to decide',
      },
    };
  }
  const days = daysBetween(input.startDate, input.today);
  const price = input.priceMinor ?? 0;
  if (days <= 7) {
    return {
      ...base,
      applies: true,
      amountMinor: price,
      options: ['refund', 'exchange', 'repair'],
      deadline: addDays(input.startDate, 7),
      formula: {
        zh: `交付后第 ${days} 天（≤ 7 日）出现质量问题：可选择退货（退还 ${money(price, currency)}）、换货或修理，运输等必要费用由经营者承担`,
        en: `Day ${days} after delivery (within 7 days): refund (${money(price, currency)}), exchange or repair at the consumer’s choice, the merchant paying transport and other necessary costs`,
      },
    };
  }
  if (days <= 15) {
    return {
      ...base,
      applies: true,
      amountMinor: 0,
      options: ['exchange', 'repair'],
      deadline: addDays(input.startDate, 15),
      formula: {
        zh: `交付后第 ${days} 天（8–15 日）：可选择换货或修理，费用由经营者承担`,
        en: `Day ${days} after delivery (days 8–15): exchange or repair at the consumer’s choice, at the merchant’s cost`,
      },
    };
  }
  const inWarranty = input.withinWarranty !== false;
  return {
    ...base,
    applies: inWarranty,
    amountMinor: 0,
    options: inWarranty ? ['repair'] : [],
    formula: inWarranty
      ? {
          zh: `交付后第 ${days} 天：保修期内免费修理；修理两次仍不能正常使用的，可要求换货或退货`,
          en: `Day ${days} after delivery: free repair within the warranty; if two repairs fail, exchange or refund can be claimed`,
        }
      : {
          zh: `交付后第 ${days} 天，已过保修期：经营者不再承担三包责任，可协商有偿维修；产品存在缺陷造成损害的仍可索赔`,
          en: `Day ${days} after delivery, out of warranty: no 三包 duty remains; a paid repair can be negotiated, and damage caused by a defect can still be claimed`,
        },
  };
}
