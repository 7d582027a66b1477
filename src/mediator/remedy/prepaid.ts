// Prepaid balance refund with interest (最高人民法院预付式消费解释 第十五条、第十六条; 消费者权益保护法 第五十三条).
// Interest with no agreed rate: the one-year LPR at contract time when the merchant caused the refund, the
// PBoC one-year deposit benchmark rate when the consumer did. The rates are parameters because the LPR
// changes monthly; the defaults are the values published for 2025 (see MEDIATOR.md).
import { daysBetween } from '../text/dates.js';
import { money, type Remedy } from './types.js';

/** One-year LPR, % a year, as published 2025-05-20 (unchanged through the end of 2025). */
export const DEFAULT_LPR_1Y_PERCENT = 3.0;
/** PBoC one-year time-deposit benchmark rate, % a year (since 2015-10-24). */
export const DEFAULT_DEPOSIT_1Y_PERCENT = 1.5;

export type PrepaidInput = {
  /** Remaining balance; or give paid and consumed and the balance is their difference (prepaid-spc:15). */
  balanceMinor?: number;
  paidMinor?: number;
  consumedMinor?: number;
  contractDate?: string;
  today: string;
  /** Who caused the refund: decides the interest rate under prepaid-spc:16. */
  cause: 'merchant' | 'consumer';
  /** An agreed interest rate, % a year, which prevails when there is one. */
  agreedRatePercent?: number;
  lprPercent?: number;
  depositRatePercent?: number;
  currency?: string;
};

export function prepaidRefund(input: PrepaidInput): Remedy {
  const currency = input.currency ?? 'CNY';
  const basis = ['prepaid-spc:15', 'prepaid-spc:16', 'cpl:53'];
  const principal =
    input.balanceMinor ??
    (input.paidMinor !== undefined ? Math.max(0, input.paidMinor - (input.consumedMinor ?? 0)) : undefined);
  if (principal === undefined) {
    return {
      rule: 'prepaid-refund',
      applies: true,
      provisional: true,
      amountMinor: 0,
      currency,
      basis,
      formula: {
        zh: '余额未知：应退预付款 = 预付款 − 已兑付商品或服务的价款，并支付利息',
        en: 'Balance unknown: refund = prepayment − value of goods or services already provided, plus interest',
      },
    };
  }
  const rate =
    input.agreedRatePercent ??
    (input.cause === 'merchant'
      ? (input.lprPercent ?? DEFAULT_LPR_1Y_PERCENT)
      : (input.depositRatePercent ?? DEFAULT_DEPOSIT_1Y_PERCENT));
  const rateName =
    input.agreedRatePercent !== undefined
      ? { zh: '约定利率', en: 'agreed rate' }
      : input.cause === 'merchant'
        ? { zh: '合同成立时一年期LPR', en: 'one-year LPR at contract time' }
        : { zh: '一年定期存款基准利率', en: 'one-year deposit benchmark rate' };
  const days = input.contractDate ? Math.max(0, daysBetween(input.contractDate, input.today)) : undefined;
  const interest = days === undefined ? 0 : Math.round((principal * rate * days) / 100 / 365);
  const principalText =
    input.balanceMinor === undefined && input.paidMinor !== undefined
      ? `${money(input.paidMinor, currency)} − ${money(input.consumedMinor ?? 0, currency)} = ${money(principal, currency)}`
      : money(principal, currency);
  return {
    rule: 'prepaid-refund',
    applies: true,
    provisional: days === undefined,
    amountMinor: principal + interest,
    currency,
    basis,
    formula:
      days === undefined
        ? {
            zh: `余额 ${principalText}，另按${rateName.zh} ${rate}% 自办卡之日起计息（办卡日期未知，利息待定）`,
            en: `Balance ${principalText}, plus interest at the ${rateName.en} of ${rate}% a year from the contract date (date unknown, interest to be set)`,
          }
        : {
            zh: `余额 ${principalText} + 利息 ${money(principal, currency)} × ${rate}% × ${days}/365 = ${money(interest, currency)} → 应退 ${money(principal + interest, currency)}（${rateName.zh}）`,
            en: `Balance ${principalText} + interest ${money(principal, currency)} × ${rate}% × ${days}/365 = ${money(interest, currency)} → refund ${money(principal + interest, currency)} (${rateName.en})`,
          },
  };
}
