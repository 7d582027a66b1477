// Playbooks for money paid in advance or charged wrongly: prepaid balances (refund, shop closed),
// overcharges and short weight.
import { DEFAULT_LPR_1Y_PERCENT, prepaidRefund } from '../remedy/prepaid.js';
import { overchargeRefund } from '../remedy/simple.js';
import { R } from './money.js';
import { firing, NO_NOTICE, PREPAID_RULES, REGS_21, ranked, reasonsOf, SHOP_GONE } from './secondary.js';
import {
  ASK_EVIDENCE,
  ASK_PRICE,
  MERCHANT_FIRST,
  type Playbook,
  type PlaybookContext,
  refund,
  wants,
} from './types.js';

const ASK_BALANCE: Playbook['facts'][number] = {
  key: 'balance',
  question: {
    zh: '卡里还剩多少余额（或还剩几次/几节课）？',
    en: 'What balance (or how many sessions) is left on the card?',
  },
  missing: (c) => c.facts.balanceMinor === undefined,
};
const ASK_CONTRACT_DATE: Playbook['facts'][number] = {
  key: 'contractDate',
  question: {
    zh: '您是哪天办卡（充值）的？是否签了书面合同？',
    en: 'When did you buy or top up the card? Was there a written contract?',
  },
  missing: (c) => c.facts.purchaseDate === undefined,
};

function prepaidRemedy(c: PlaybookContext, cause: 'merchant' | 'consumer') {
  return prepaidRefund({
    balanceMinor: c.facts.balanceMinor,
    paidMinor: c.facts.balanceMinor === undefined ? c.facts.priceMinor : undefined,
    contractDate: c.facts.purchaseDate,
    today: c.today,
    cause,
    lprPercent: c.lprPercent ?? DEFAULT_LPR_1Y_PERCENT,
    currency: c.facts.currency,
  });
}

// cpl 53 first; a shop gone cites the notice duty (cpl-regs 21) after the refund rule; otherwise the
// prepaid interpretation's specific article (moved/transferred/health 13, unilateral change 12, void
// standard term 9) comes second, then the refund (prepaid-spc 15) when money back is asked for, or the duty
// to perform as agreed (cpl-regs 22) when it is not.
const prepaidRefs = (c: PlaybookContext) => {
  const tail = ['prepaid-spc:15', 'cpl-regs:22', 'prepaid-spc:16'];
  if (c.facts.flags.shopClosed || SHOP_GONE.test(c.text))
    return NO_NOTICE.test(c.text)
      ? ranked(['cpl:53', 'prepaid-spc:15', 'cpl-regs:21'], tail)
      : ranked(['cpl:53', 'prepaid-spc:15', 'cpl-regs:22', 'cpl-regs:21'], tail);
  const specific = firing(PREPAID_RULES, c, 1);
  if (specific.length === 0) return ranked(['cpl:53'], tail);
  const third = wants(c, 'refund') || !wants(c, 'performance') ? 'prepaid-spc:15' : 'cpl-regs:22';
  return ranked(['cpl:53', ...specific, third], tail);
};
const prepaidReasons = {
  'cpl:53': R.cpl53,
  'prepaid-spc:15': R.pspc15,
  'prepaid-spc:16': R.pspc16,
  'cpl-regs:22': R.regs22,
  'cpl-regs:21': REGS_21,
  ...reasonsOf(PREPAID_RULES),
};
// A refund the consumer asks for because the merchant failed (closed, changed the service, cut quality)
// carries LPR interest; one the consumer wants for their own reasons carries the deposit rate.
const merchantAtFault = (c: PlaybookContext) =>
  c.facts.flags.shopClosed || /(不兑现|降低|缩水|换了|搬|转让|停课|不开|倒闭|关门|承诺)/.test(c.text);

export const prepaidRefundPlaybook: Playbook = {
  id: 'prepaid_refund',
  name: { zh: '预付卡退费', en: 'Prepaid card refund' },
  category: 'prepaid',
  cues: ['预付卡', '会员卡', '储值', '充值', '办卡', '余额', '退卡', '课时', '年卡', '退费'],
  fits: (c) => !c.facts.flags.shopClosed,
  facts: [ASK_BALANCE, ASK_CONTRACT_DATE, ASK_PRICE],
  references: prepaidRefs,
  reasons: prepaidReasons,
  remedies: (c) => [prepaidRemedy(c, merchantAtFault(c) ? 'merchant' : 'consumer')],
  settlement(c, [r]) {
    if (wants(c, 'performance') && !wants(c, 'refund'))
      return [{ kind: 'performance', note: { zh: '按约定继续提供服务', en: 'Continue the service as agreed' } }];
    return [refund(r?.amountMinor, '退还剩余预付款及利息', 'Refund of the unused prepayment with interest')];
  },
  guidance: {
    consumer: {
      zh: '保留办卡合同、付款记录和消费记录，以便核算余额。',
      en: 'Keep the contract, payment and usage records so the balance can be worked out.',
    },
    merchant: {
      zh: '未按约定提供服务的，应按消费者要求继续履行或退还余额并付息；不得以“概不退款”格式条款拒绝。',
      en: 'If you did not perform as agreed, perform or refund the balance with interest; a “no refunds” clause is no defence.',
    },
  },
  route: () => MERCHANT_FIRST,
};

export const prepaidClosure: Playbook = {
  id: 'prepaid_closure',
  name: { zh: '预付卡商家跑路/停业', en: 'Prepaid card, shop closed' },
  category: 'prepaid',
  cues: ['跑路', '关门', '倒闭', '停业', '人去楼空', '联系不上', '卷款'],
  fits: (c) => c.facts.flags.shopClosed,
  facts: [
    ASK_BALANCE,
    ASK_CONTRACT_DATE,
    {
      key: 'others',
      question: {
        zh: '是否还有其他会员受影响？是否已向市场监管部门反映？',
        en: 'Are other members affected? Has it been reported to market regulation?',
      },
      missing: (c) => !/(其他会员|很多人|群里|大家|报警|举报|市场监管)/.test(c.text),
    },
  ],
  references: prepaidRefs,
  reasons: prepaidReasons,
  remedies: (c) => [prepaidRemedy(c, 'merchant')],
  settlement: (_c, [r]) => [
    refund(
      r?.amountMinor,
      '退还剩余预付款，按一年期LPR计息',
      'Refund of the balance with interest at the one-year LPR',
    ),
  ],
  guidance: {
    consumer: {
      zh: '尽快保全证据（合同、付款、余额截图），联合其他会员向市场监管部门投诉；涉嫌卷款可报警。',
      en: 'Secure the evidence (contract, payments, balance), complain to market regulation with other members; report suspected absconding to the police.',
    },
    merchant: {
      zh: '停业或迁址须提前告知并退还未消费余额。',
      en: 'Closing or moving requires notice and a refund of unused balances.',
    },
  },
  route: () => ({
    route: 'human',
    code: 'shop_closed',
    reason: {
      zh: '商家停业或失联，无法由商家自行处理，转调解员/监管部门',
      en: 'The merchant has closed or vanished, so a mediator or the regulator takes over',
    },
  }),
};

export const priceOvercharge: Playbook = {
  id: 'price_overcharge',
  name: { zh: '价格争议（标价不符、乱收费）', en: 'Price dispute (price not as marked, hidden fees)' },
  category: 'price',
  cues: ['标价', '价格', '多收', '多扣', '乱收费', '服务费', '隐形消费', '结账', '收银', '价签', '差价'],
  fits: (c) => !/(缺斤|短两|少两|分量不足|称|秤|克数|斤两)/.test(c.text),
  facts: [
    ASK_PRICE,
    {
      key: 'marked',
      question: {
        zh: '标示的价格是多少？实际收了多少？有价签或小票照片吗？',
        en: 'What was the marked price and what were you charged? Photos of the tag or receipt?',
      },
      missing: (c) => c.facts.overchargeMinor === undefined && c.facts.amounts.length < 2,
    },
  ],
  references: () => ['price-law:13', 'price-marking:19', 'cpl:10'],
  reasons: { 'price-law:13': R.pl13, 'price-marking:19': R.pm19, 'cpl:10': R.cpl10 },
  remedies: (c) => [overchargeRefund(c.facts.overchargeMinor ?? differenceOfAmounts(c), c.facts.currency)],
  settlement: (_c, [r]) => [refund(r?.amountMinor, '退还多收的价款', 'Refund of the overcharge')],
  guidance: {
    consumer: {
      zh: '拍下价签和小票，价签与结算不一致的按标价结算。',
      en: 'Photograph the tag and the receipt; where they differ the marked price applies.',
    },
    merchant: {
      zh: '应按标价结算，退还多收部分；标价外收取未标明的费用属价格违法。',
      en: 'Charge the marked price and refund the excess; unmarked fees break the price rules.',
    },
  },
  route(_c, [r]) {
    if (r && !r.provisional && r.amountMinor > 0)
      return {
        route: 'auto',
        code: 'clear_overcharge',
        reason: { zh: '多收金额明确，可按规则自动退差价', en: 'The overcharge is clear and can be refunded by rule' },
      };
    return MERCHANT_FIRST;
  },
};

function differenceOfAmounts(c: PlaybookContext): number | undefined {
  const xs = c.facts.amounts.map((a) => a.minor);
  if (xs.length !== 2) return undefined;
  return Math.abs(xs[0]! - xs[1]!) || undefined;
}

export const shortWeight: Playbook = {
  id: 'short_weight',
  name: { zh: '缺斤短两', en: 'Short weight' },
  category: 'price',
  cues: ['缺斤短两', '缺斤少两', '短斤少两', '鬼秤', '分量不足', '称重', '秤', '斤'],
  fits: (c) => /(缺斤|短两|少两|分量不足|称|秤|克数|斤两)/.test(c.text),
  facts: [
    ASK_PRICE,
    {
      key: 'weight',
      question: {
        zh: '标称多少、实际复称多少？在哪里复称的？',
        en: 'What weight was charged, what did it weigh again, and where?',
      },
      missing: (c) => !/(复称|公平秤|实际|只有|才)/.test(c.text),
    },
    ASK_EVIDENCE,
  ],
  // A marked price per unit (牌子/价签 …) makes the overcharge a marking matter too (price-marking 19).
  references: (c) =>
    /(牌子|价签|标价|菜单|写着|标着|写的|[元块]\/斤|[元块]一斤)/.test(c.text)
      ? ['cpl:10', 'price-law:13', 'price-marking:19', 'cpl:52']
      : ['cpl:10', 'cpl:52', 'price-law:13'],
  reasons: { 'cpl:10': R.cpl10, 'cpl:52': R.cpl52, 'price-law:13': R.pl13, 'price-marking:19': R.pm19 },
  remedies: (c) => [overchargeRefund(c.facts.overchargeMinor, c.facts.currency)],
  settlement: (_c, [r]) => [
    refund(r?.amountMinor, '补足分量或退还差价', 'Make up the weight or refund the difference'),
  ],
  guidance: {
    consumer: {
      zh: '到市场的公平秤复称并拍照录像，保留小票。',
      en: 'Re-weigh on the market’s public scale, film it, keep the receipt.',
    },
    merchant: {
      zh: '计量必须准确；缺斤短两应补足或退差价，故意作弊可构成欺诈。',
      en: 'Weights must be right; make up the shortfall or refund; deliberate cheating can be fraud.',
    },
  },
  route: () => MERCHANT_FIRST,
};
