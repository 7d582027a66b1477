// Punitive damages: 消费者权益保护法 第五十五条 (fraud: three times the price, at least ¥500, on top of the
// refund) and 食品安全法 第一百四十八条 (unsafe food: ten times the price or three times the loss, at least
// ¥1000, with the exception for label defects that neither affect safety nor mislead).
import { money, type Remedy } from './types.js';

const CPL55_FLOOR_MINOR = 50_000;
const FOOD148_FLOOR_MINOR = 100_000;

/** cpl:55 — increased compensation of 3 × price, floor ¥500. The refund of the price itself is separate. */
export function trebleDamages(priceMinor: number | undefined, currency = 'CNY'): Remedy {
  const basis = ['cpl:55'];
  if (priceMinor === undefined) {
    return {
      rule: 'cpl55-treble',
      applies: true,
      amountMinor: CPL55_FLOOR_MINOR,
      currency,
      provisional: true,
      formula: {
        zh: `价款未知：增加赔偿为价款的三倍，不足 ¥500 的按 ¥500 计，至少 ${money(CPL55_FLOOR_MINOR, currency)}（另退还价款）`,
        en: `Price unknown: increased compensation is 3 × the price, at least ¥500 — so at least ${money(CPL55_FLOOR_MINOR, currency)} (plus a refund of the price)`,
      },
      basis,
    };
  }
  const triple = priceMinor * 3;
  const amount = Math.max(triple, CPL55_FLOOR_MINOR);
  const floored = amount !== triple;
  return {
    rule: 'cpl55-treble',
    applies: true,
    amountMinor: amount,
    currency,
    formula: {
      zh: `${money(priceMinor, currency)} × 3 = ${money(triple, currency)}${floored ? '，不足 ¥500，按 ¥500 计' : ''} → 增加赔偿 ${money(amount, currency)}（另退还价款 ${money(priceMinor, currency)}，合计 ${money(amount + priceMinor, currency)}）`,
      en: `${money(priceMinor, currency)} × 3 = ${money(triple, currency)}${floored ? ', below the ¥500 floor, so ¥500' : ''} → increased compensation ${money(amount, currency)} (plus the refund of ${money(priceMinor, currency)}, ${money(amount + priceMinor, currency)} in all)`,
    },
    basis,
  };
}

export type TenfoldInput = {
  priceMinor?: number;
  lossMinor?: number;
  /** Only a label/leaflet defect that neither affects safety nor misleads: the statutory exception. */
  labelDefectOnly?: boolean;
  currency?: string;
};

/** food-safety:148 ¶2 — 10 × price or 3 × loss (the higher), floor ¥1000, besides compensation of the loss. */
export function tenfoldDamages(input: TenfoldInput): Remedy {
  const currency = input.currency ?? 'CNY';
  const basis = ['food-safety:148', 'food-drug-punitive-spc:7'];
  if (input.labelDefectOnly) {
    return {
      rule: 'food148-tenfold',
      applies: false,
      amountMinor: 0,
      currency,
      formula: {
        zh: '例外：食品标签、说明书的瑕疵既不影响食品安全又不会对消费者造成误导的，不适用十倍赔偿（食品安全法第一百四十八条第二款但书）；可要求退货退款',
        en: 'Exception: a label or leaflet defect that neither affects food safety nor misleads the consumer does not give tenfold damages (Food Safety Law art. 148 ¶2 proviso); a refund can still be claimed',
      },
      basis,
    };
  }
  const tenfold = (input.priceMinor ?? 0) * 10;
  const triple = (input.lossMinor ?? 0) * 3;
  const higher = Math.max(tenfold, triple);
  const amount = Math.max(higher, FOOD148_FLOOR_MINOR);
  const parts = [
    input.priceMinor !== undefined
      ? `价款 ${money(input.priceMinor, currency)} × 10 = ${money(tenfold, currency)}`
      : undefined,
    input.lossMinor !== undefined
      ? `损失 ${money(input.lossMinor, currency)} × 3 = ${money(triple, currency)}`
      : undefined,
  ].filter(Boolean);
  const partsEn = [
    input.priceMinor !== undefined
      ? `price ${money(input.priceMinor, currency)} × 10 = ${money(tenfold, currency)}`
      : undefined,
    input.lossMinor !== undefined
      ? `loss ${money(input.lossMinor, currency)} × 3 = ${money(triple, currency)}`
      : undefined,
  ].filter(Boolean);
  const floored = amount !== higher;
  return {
    rule: 'food148-tenfold',
    applies: true,
    amountMinor: amount,
    currency,
    provisional: input.priceMinor === undefined && input.lossMinor === undefined,
    formula: {
      zh: `${parts.length ? `取较高者：${parts.join('；')}` : '价款与损失未知'}${floored ? '；不足 ¥1000 的按 ¥1000 计' : ''} → 赔偿金 ${money(amount, currency)}（另可要求赔偿损失）`,
      en: `${partsEn.length ? `the higher of ${partsEn.join('; ')}` : 'price and loss unknown'}${floored ? '; below the ¥1000 floor, so ¥1000' : ''} → damages ${money(amount, currency)} (besides compensation of the loss)`,
    },
    basis,
  };
}
