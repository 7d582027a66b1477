import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/types';
import { termsFromSettlement, toOfferInput } from './OfferForm';

const settlement: Analysis['settlement'] = {
  terms: [
    { kind: 'return', note: { zh: '退回问题商品，运费由商家承担', en: 'Return the goods' } },
    { kind: 'refund', amountMinor: 29900, note: { zh: '退还价款', en: 'Refund of the price' } },
    { kind: 'shipping_fee', amountMinor: 1000 },
  ],
  totalMinor: 30900,
  currency: 'CNY',
  apology: true,
  summary: { zh: '退货退款', en: 'Return and refund' },
};

describe("the merchant's offer from the mediator's suggestion", () => {
  it('takes the terms in the reader language, maps unknown kinds to other and adds the apology', () => {
    const terms = termsFromSettlement(settlement, 'en');
    expect(terms).toEqual([
      { kind: 'return', yuan: null, note: 'Return the goods' },
      { kind: 'refund', yuan: 299, note: 'Refund of the price' },
      { kind: 'other', yuan: 10, note: '' },
      { kind: 'apology', yuan: null, note: '' },
    ]);
  });
  it('sends integer minor units, no amount for an apology, and no empty fields', () => {
    const input = toOfferInput(
      [
        { kind: 'refund', yuan: 12.345, note: ' 退款 ' },
        { kind: 'apology', yuan: 5, note: '' },
      ],
      '  ',
    );
    expect(input).toEqual({ terms: [{ kind: 'refund', amountMinor: 1235, note: '退款' }, { kind: 'apology' }] });
  });
});
