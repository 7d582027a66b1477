// Plain restitution: the price back, an overcharge back, a deposit back, an actual loss made good.
import { money, type Remedy } from './types.js';

export function priceRefund(priceMinor: number | undefined, basis: string[], currency = 'CNY'): Remedy {
  return {
    rule: 'price-refund',
    applies: true,
    provisional: priceMinor === undefined,
    amountMinor: priceMinor ?? 0,
    currency,
    basis,
    formula:
      priceMinor === undefined
        ? { zh: '退还实际支付的价款（金额待确认）', en: 'Refund of the price actually paid (amount to be confirmed)' }
        : { zh: `退还价款 ${money(priceMinor, currency)}`, en: `Refund of the price, ${money(priceMinor, currency)}` },
  };
}

export function overchargeRefund(overchargeMinor: number | undefined, currency = 'CNY'): Remedy {
  return {
    rule: 'overcharge-refund',
    applies: true,
    provisional: overchargeMinor === undefined,
    amountMinor: overchargeMinor ?? 0,
    currency,
    basis: ['price-law:13', 'price-marking:19'],
    formula:
      overchargeMinor === undefined
        ? {
            zh: '退还多收的价款：实收金额 − 标示价格（差额待确认）',
            en: 'Refund of the overcharge: amount charged − price marked (to be confirmed)',
          }
        : {
            zh: `退还多收价款 ${money(overchargeMinor, currency)}（超出标价收取的部分）`,
            en: `Refund of the overcharge, ${money(overchargeMinor, currency)} (charged above the marked price)`,
          },
  };
}

export function depositRefund(depositMinor: number | undefined, currency = 'CNY'): Remedy {
  return {
    rule: 'deposit-refund',
    applies: true,
    provisional: depositMinor === undefined,
    amountMinor: depositMinor ?? 0,
    currency,
    basis: ['cpl:26', 'civil-code:497'],
    formula:
      depositMinor === undefined
        ? {
            zh: '退还押金/定金（金额待确认）；排除消费者主要权利的格式条款无效',
            en: 'Return of the deposit (amount to be confirmed); standard terms excluding the consumer’s main rights are void',
          }
        : {
            zh: `退还押金/定金 ${money(depositMinor, currency)}；“概不退还”等格式条款无效`,
            en: `Return of the deposit, ${money(depositMinor, currency)}; a standard term saying it is never refunded is void`,
          },
  };
}

export function actualLoss(lossMinor: number | undefined, basis: string[], currency = 'CNY'): Remedy {
  return {
    rule: 'actual-loss',
    applies: lossMinor !== undefined,
    provisional: lossMinor === undefined,
    amountMinor: lossMinor ?? 0,
    currency,
    basis,
    formula:
      lossMinor === undefined
        ? {
            zh: '赔偿实际损失（需凭票据确认金额）',
            en: 'Compensation of the actual loss (amount to be shown by receipts)',
          }
        : {
            zh: `赔偿实际损失 ${money(lossMinor, currency)}（凭票据）`,
            en: `Compensation of the actual loss, ${money(lossMinor, currency)} (against receipts)`,
          },
  };
}
