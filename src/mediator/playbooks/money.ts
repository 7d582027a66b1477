import { tenfoldDamages, trebleDamages } from '../remedy/punitive.js';
import { actualLoss, priceRefund } from '../remedy/simple.js';
import { FAKE_ORIGINAL_PRICE } from './secondary.js';
import { ASK_PRICE, ASK_PURCHASE_DATE, MERCHANT_FIRST, type Playbook, refund, wants } from './types.js';

/** Imported food sold without a Chinese label (food-safety 97). */
const IMPORTED_NO_CHINESE_LABEL =
  /(进口|外文|原装).{0,30}(没有|无|没|缺).{0,4}中文|中文(标签|背标|说明).{0,6}(没有|都没|也没)|(没有|无|没).{0,4}中文(标签|背标)/;

/** Why each article applies; shared with charges.ts. */
export const R = {
  cpl55: {
    zh: '经营者有欺诈行为的，增加赔偿为价款的三倍，不足五百元的为五百元',
    en: 'Fraud: increased compensation of three times the price, at least ¥500',
  },
  cpl20: {
    zh: '经营者提供的信息应真实全面，不得作虚假或引人误解的宣传',
    en: 'Information must be true and complete; no false or misleading promotion',
  },
  ec17: {
    zh: '电商经营者应全面、真实、准确、及时披露商品信息，不得虚假宣传',
    en: 'E-commerce sellers must disclose goods information truthfully and may not promote falsely',
  },
  cpl49: {
    zh: '造成人身伤害的，应赔偿医疗费、护理费、交通费、误工减少的收入等',
    en: 'Personal injury: medical, nursing and transport costs and lost income are compensated',
  },
  fs148: {
    zh: '不符合食品安全标准的食品，可要求价款十倍或损失三倍赔偿金，不足一千元的为一千元',
    en: 'Food below safety standards: ten times the price or three times the loss, at least ¥1000',
  },
  fs34: {
    zh: '禁止生产经营超过保质期、腐败变质、混有异物等不符合安全标准的食品',
    en: 'Expired, spoiled or contaminated food and food with foreign matter may not be sold',
  },
  fdp7: {
    zh: '标签瑕疵同时不影响食品安全且不致误导的，不适用惩罚性赔偿',
    en: 'A label defect that neither affects safety nor misleads gives no punitive damages',
  },
  cpl53: {
    zh: '以预收款方式提供商品或服务未按约定提供的，应退回预付款并承担利息',
    en: 'A merchant taking prepayment who does not perform must refund it with interest',
  },
  pspc15: {
    zh: '合同解除的，经营者返还剩余预付款（扣减已兑付部分）并支付利息',
    en: 'On termination the merchant returns the unused prepayment with interest',
  },
  pspc16: {
    zh: '无约定的，因经营者原因退款按合同成立时一年期LPR计息',
    en: 'Without an agreed rate, interest at the one-year LPR at contract time when the merchant is at fault',
  },
  regs22: {
    zh: '预付款经营者应订立书面合同；停业或迁址应提前告知并退还余额',
    en: 'Prepayment needs a written contract; closure or moving requires notice and a refund of the balance',
  },
  pl13: {
    zh: '经营者销售商品应明码标价，不得在标价之外加价或收取未标明的费用',
    en: 'Prices must be marked; nothing above the marked price and no unmarked fees',
  },
  pm19: {
    zh: '标价之外加价、收取未标明费用等属于价格欺诈',
    en: 'Charging above the marked price or unmarked fees is price fraud',
  },
  cpl10: {
    zh: '消费者有权获得价格合理、计量正确等公平交易条件',
    en: 'Consumers are entitled to fair prices and correct measurement',
  },
  cpl52: {
    zh: '提供商品或服务造成财产损害的，应退款、补足、赔偿损失等',
    en: 'Property loss from goods or services is made good by refund, making up the shortfall or compensation',
  },
};

const ASK_LOSS: Playbook['facts'][number] = {
  key: 'loss',
  question: {
    zh: '是否有医疗费等实际损失？金额多少？',
    en: 'Did you have actual losses such as medical bills? How much?',
  },
  missing: (c) => c.facts.flags.injury && c.facts.lossMinor === undefined,
};

export const fraud: Playbook = {
  id: 'fraud',
  name: { zh: '虚假宣传/欺诈（退一赔三）', en: 'False advertising / fraud (refund plus treble damages)' },
  category: 'fraud',
  cues: ['假货', '欺诈', '虚假宣传', '翻新', '以次充好', '退一赔三', '三倍', '冒充', '高仿', '不是正品', '骗'],
  facts: [
    ASK_PRICE,
    ASK_PURCHASE_DATE,
    {
      key: 'proof',
      question: {
        zh: '有什么证据证明商家宣传不实或以假充真（宣传截图、鉴定报告）？',
        en: 'What shows the claims were false or the goods fake (screenshots, an appraisal)?',
      },
      missing: (c) => !/(鉴定|检测|截图|录屏|宣传页|证据|官方|序列号|查询)/.test(c.text),
    },
  ],
  references(c) {
    // A fictitious original price is price fraud (price-marking 19), cited right after cpl 55.
    const refs = FAKE_ORIGINAL_PRICE.test(c.text) ? ['cpl:55', 'price-marking:19', 'cpl:20'] : ['cpl:55', 'cpl:20'];
    if (c.facts.channel === 'online' || c.facts.channel === 'live_stream') refs.push('e-commerce:17');
    return refs;
  },
  reasons: { 'cpl:55': R.cpl55, 'cpl:20': R.cpl20, 'e-commerce:17': R.ec17, 'price-marking:19': R.pm19 },
  remedies: (c) => [
    priceRefund(c.facts.priceMinor, ['cpl:55'], c.facts.currency),
    trebleDamages(c.facts.priceMinor, c.facts.currency),
  ],
  settlement(c, [back, treble]) {
    const terms = [
      { kind: 'return' as const, note: { zh: '退回商品', en: 'Return the goods' } },
      refund(back?.amountMinor, '退还价款', 'Refund of the price'),
    ];
    if (wants(c, 'triple_compensation', 'compensation') || c.facts.flags.fraudAllegation)
      terms.push({
        kind: 'compensation',
        amountMinor: treble?.amountMinor ?? 0,
        note: {
          zh: '欺诈的增加赔偿（价款三倍，最低500元）',
          en: 'Increased compensation for fraud (3 × price, at least ¥500)',
        },
      });
    return terms;
  },
  guidance: {
    consumer: {
      zh: '保存宣传页面、聊天记录和商品；欺诈需证明商家故意告知虚假情况，鉴定报告最有力。',
      en: 'Keep the adverts, chats and the goods; fraud needs proof of deliberate misstatement, and an appraisal is the strongest.',
    },
    merchant: {
      zh: '如宣传或商品确有不实，依法退一赔三（最低500元）；如有异议，提供进货凭证和检验报告。',
      en: 'If the claims or goods were false, refund and pay treble damages (at least ¥500); otherwise produce supply records and test reports.',
    },
  },
  route: () => ({
    route: 'human',
    code: 'fraud_allegation',
    reason: { zh: '欺诈指控需要核实证据，由调解员处理', en: 'A fraud allegation needs evidence weighed by a mediator' },
  }),
};

export const foodSafety: Playbook = {
  id: 'food_safety',
  name: { zh: '食品安全（十倍赔偿）', en: 'Food safety (tenfold damages)' },
  category: 'food_safety',
  cues: ['过期', '变质', '发霉', '异物', '头发', '虫子', '拉肚子', '食物中毒', '十倍', '假一赔十', '保质期', '三无'],
  facts: [
    ASK_PRICE,
    ASK_LOSS,
    {
      key: 'evidence',
      question: {
        zh: '是否保留了食品实物、包装（生产日期、保质期）和购买凭证？',
        en: 'Did you keep the food, its packaging (dates) and the receipt?',
      },
      missing: (c) => !/(照片|拍|留着|保留|包装|小票|订单|截图|视频)/.test(c.text),
    },
  ],
  references(c) {
    // Imported food without a Chinese label breaks food-safety 97 (no Chinese label, no import), which
    // then comes before the general list of banned food (34); an illness or injury adds cpl 49.
    const imported = IMPORTED_NO_CHINESE_LABEL.test(c.text);
    const refs = ['food-safety:148', imported ? 'food-safety:97' : 'food-safety:34'];
    if (c.facts.flags.injury) refs.push('cpl:49');
    refs.push('food-safety:34');
    if (c.facts.flags.labelDefectOnly) refs.push('food-drug-punitive-spc:7');
    return [...new Set(refs)];
  },
  reasons: {
    'food-safety:148': R.fs148,
    'food-safety:34': R.fs34,
    'cpl:49': R.cpl49,
    'food-drug-punitive-spc:7': R.fdp7,
    'food-safety:97': {
      zh: '进口预包装食品应有中文标签，没有中文标签或不符合规定的不得进口',
      en: 'Imported prepackaged food needs a Chinese label; without one it may not be imported',
    },
  },
  remedies(c) {
    const out = [
      priceRefund(c.facts.priceMinor, ['food-safety:148'], c.facts.currency),
      tenfoldDamages({
        priceMinor: c.facts.priceMinor,
        lossMinor: c.facts.lossMinor,
        labelDefectOnly: c.facts.flags.labelDefectOnly,
        currency: c.facts.currency,
      }),
    ];
    if (c.facts.flags.injury) out.push(actualLoss(c.facts.lossMinor, ['cpl:49', 'food-safety:148'], c.facts.currency));
    return out;
  },
  settlement(c, [back, tenfold, loss]) {
    const terms = [refund(back?.amountMinor, '退还价款', 'Refund of the price')];
    if (loss?.applies)
      terms.push({
        kind: 'compensation',
        amountMinor: loss.amountMinor,
        note: { zh: '赔偿医疗费等实际损失', en: 'Compensation of medical and other actual costs' },
      });
    if (tenfold?.applies && (wants(c, 'tenfold_compensation') || c.facts.flags.injury))
      terms.push({
        kind: 'compensation',
        amountMinor: tenfold.amountMinor,
        note: { zh: '十倍赔偿金（最低1000元）', en: 'Tenfold damages (at least ¥1000)' },
      });
    if (wants(c, 'apology')) terms.push({ kind: 'apology', note: { zh: '书面道歉', en: 'A written apology' } });
    return terms;
  },
  guidance: {
    consumer: {
      zh: '保留食品实物、包装和票据，如身体不适及时就医并保存病历和费用单据。',
      en: 'Keep the food, the packaging and the receipt; if unwell, see a doctor and keep records and bills.',
    },
    merchant: {
      zh: '实行首负责任制，先行赔付，不得推诿；属生产者责任的可赔付后追偿。',
      en: 'First-contact liability: pay first without passing the consumer on, then recover from the producer.',
    },
  },
  route(c) {
    if (wants(c, 'tenfold_compensation'))
      return {
        route: 'human',
        code: 'punitive_claim',
        reason: {
          zh: '十倍惩罚性赔偿请求需核实食品是否不符合安全标准',
          en: 'A tenfold claim needs a finding that the food breached safety standards',
        },
      };
    return MERCHANT_FIRST;
  },
};
