// Playbooks for services, contracts, delivery, personal data and the general fallback.
import { depositRefund, priceRefund } from '../remedy/simple.js';
import {
  CARRIER_LOSS,
  firing,
  HAZARD_REASON,
  OTHER_RULES,
  PRIVACY_RULES,
  ranked,
  reasonsOf,
  SAFETY_HAZARD,
  TERMS_RULES,
} from './secondary.js';
import { ASK_EVIDENCE, ASK_PRICE, ASK_PURCHASE_DATE, MERCHANT_FIRST, type Playbook, refund, wants } from './types.js';

const R = {
  cc577: {
    zh: '当事人不履行合同或履行不符合约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任',
    en: 'A party who fails to perform or performs badly must perform, remedy or pay damages',
  },
  cpl52: {
    zh: '提供商品或服务造成财产损害的，应依法承担修理、重作、更换、退款、赔偿等责任',
    en: 'Property loss from goods or services is made good by repair, redoing, replacement, refund or compensation',
  },
  cpl16: {
    zh: '经营者应按约定履行义务，诚信经营，不得设定不公平、不合理的交易条件',
    en: 'The merchant must perform as agreed, in good faith, without unfair conditions',
  },
  cpl26: {
    zh: '格式条款不得排除或限制消费者权利、减轻或免除经营者责任，否则无效',
    en: 'Standard terms may not limit consumer rights or exclude the merchant’s liability; such terms are void',
  },
  cc497: {
    zh: '不合理地免除或减轻提供方责任、加重对方责任、限制对方主要权利的格式条款无效',
    en: 'Standard terms unreasonably excluding liability or restricting the other party’s main rights are void',
  },
  cc496: {
    zh: '提供格式条款的一方应提示说明与对方有重大利害关系的条款',
    en: 'The party using standard terms must draw attention to and explain terms of major interest',
  },
  ec20: {
    zh: '电商经营者按约定交付商品，并承担运输中的风险和责任（消费者另选快递的除外）',
    en: 'E-commerce sellers deliver as agreed and bear the risk in transit unless the consumer chose the carrier',
  },
  cc604: {
    zh: '标的物毁损、灭失的风险，交付之前由出卖人承担',
    en: 'The risk of loss or damage stays with the seller until delivery',
  },
  cpl29: {
    zh: '收集使用个人信息应合法、正当、必要并经同意，不得泄露、出售，不得未经同意发送商业信息',
    en: 'Personal data: lawful, fair and necessary use with consent; no leaking, selling or unsolicited marketing',
  },
  pipl10: {
    zh: '任何组织、个人不得非法收集、使用、加工、传输、买卖、提供或公开他人个人信息',
    en: 'No one may illegally collect, use, transmit, trade, provide or disclose personal information',
  },
  cpl14: {
    zh: '消费者享有人格尊严受尊重和个人信息依法得到保护的权利',
    en: 'Consumers have the right to dignity and to protection of their personal information',
  },
};

export const serviceFailure: Playbook = {
  id: 'service_failure',
  name: { zh: '服务未履行或质量差', en: 'Service not performed or poorly performed' },
  category: 'service',
  cues: ['服务', '态度', '没做', '没有提供', '行程', '导游', '理发', '维修师傅', '上门', '延误', '敷衍', '不专业'],
  facts: [
    ASK_PRICE,
    ASK_PURCHASE_DATE,
    {
      key: 'agreed',
      question: {
        zh: '当初约定的服务内容是什么？实际提供了哪些？',
        en: 'What service was agreed, and what was actually provided?',
      },
      missing: (c) => !/(约定|说好|承诺|合同|套餐|包含|写着)/.test(c.text),
    },
  ],
  // An injury (cpl 49) or a safety failure (cpl 18) is the second point after the breach itself.
  references: (c) =>
    c.facts.flags.injury
      ? ['civil-code:577', 'cpl:49', 'cpl:16', 'cpl:52']
      : SAFETY_HAZARD.test(c.text)
        ? ['civil-code:577', 'cpl:18', 'cpl:16', 'cpl:52']
        : ['civil-code:577', 'cpl:52', 'cpl:16'],
  reasons: {
    'civil-code:577': R.cc577,
    'cpl:52': R.cpl52,
    'cpl:16': R.cpl16,
    'cpl:18': HAZARD_REASON,
    'cpl:49': {
      zh: '提供服务造成人身伤害的，应赔偿医疗费、护理费、交通费和误工损失',
      en: 'Personal injury from a service: medical, nursing and transport costs and lost income are due',
    },
  },
  remedies: (c) => [priceRefund(c.facts.priceMinor, ['civil-code:577', 'cpl:52'], c.facts.currency)],
  settlement(c, [r]) {
    const terms = [];
    if (wants(c, 'performance'))
      terms.push({
        kind: 'performance' as const,
        note: { zh: '按约定重新或继续提供服务', en: 'Perform the service again or as agreed' },
      });
    else
      terms.push(
        refund(
          r?.amountMinor,
          '退还未提供或不合格服务的费用',
          'Refund of the fee for the service not properly performed',
        ),
      );
    if (wants(c, 'apology') || /(态度|骂|辱|凶)/.test(c.text))
      terms.push({ kind: 'apology' as const, note: { zh: '向消费者道歉', en: 'An apology to the consumer' } });
    return terms;
  },
  guidance: {
    consumer: {
      zh: '说明约定的服务内容与实际差距，保留合同、宣传和聊天记录。',
      en: 'Set out what was agreed and what you got; keep the contract, adverts and chats.',
    },
    merchant: {
      zh: '服务不符合约定的，应重作、补救或退还相应费用。',
      en: 'Service short of the agreement must be redone, remedied or refunded.',
    },
  },
  route: () => MERCHANT_FIRST,
};

export const unfairTerms: Playbook = {
  id: 'unfair_terms',
  name: { zh: '霸王条款与押金/定金', en: 'Unfair standard terms and deposits' },
  category: 'contract_terms',
  cues: ['霸王条款', '格式条款', '最终解释权', '概不退换', '押金', '定金', '订金', '违约金', '合同', '不退'],
  facts: [
    {
      key: 'deposit',
      question: {
        zh: '押金/定金是多少？合同或告示怎么写的？',
        en: 'How much was the deposit, and what do the contract or notices say?',
      },
      missing: (c) => c.facts.depositMinor === undefined && c.facts.priceMinor === undefined,
    },
    ASK_EVIDENCE,
  ],
  // A deposit (定金) turns on civil code 587 first; penalties (585), forced dealing (cpl 9), liability
  // exclusions (506) or plain non-performance (577) displace the duty-to-explain article (496).
  references: (c) => {
    const specific = firing(TERMS_RULES, c, 1);
    if (specific[0] === 'civil-code:587') return ['civil-code:587', 'cpl:26', 'civil-code:497', 'civil-code:496'];
    return ranked(['cpl:26', 'civil-code:497'], specific, ['civil-code:496']);
  },
  reasons: {
    'cpl:26': R.cpl26,
    'civil-code:497': R.cc497,
    'civil-code:496': R.cc496,
    ...reasonsOf(TERMS_RULES),
  },
  remedies: (c) => [depositRefund(c.facts.depositMinor ?? c.facts.priceMinor, c.facts.currency)],
  settlement(c, [r]) {
    if (wants(c, 'performance'))
      return [
        {
          kind: 'performance',
          note: {
            zh: '按合同约定履行，不适用无效的格式条款',
            en: 'Perform as contracted, without the void standard term',
          },
        },
      ];
    return [refund(r?.amountMinor, '退还押金/定金', 'Return of the deposit')];
  },
  guidance: {
    consumer: {
      zh: '保留合同、告示照片；“最终解释权归商家”“概不退换”等条款对您不生效。',
      en: 'Keep the contract and photos of notices; clauses like “the shop has final interpretation” or “no returns” do not bind you.',
    },
    merchant: {
      zh: '排除消费者权利的格式条款无效；押金应在服务结束后按约退还。',
      en: 'Terms excluding consumer rights are void; return deposits when the service ends.',
    },
  },
  route: () => MERCHANT_FIRST,
};

export const delivery: Playbook = {
  id: 'delivery',
  name: { zh: '物流丢件、损坏、延误', en: 'Delivery lost, damaged or late' },
  category: 'delivery',
  cues: ['快递', '物流', '丢件', '丢了', '破损', '压坏', '签收', '没收到', '延误', '配送', '骑手'],
  facts: [
    ASK_PRICE,
    {
      key: 'signed',
      question: {
        zh: '包裹是否显示已签收？是谁签收的？开箱时有视频吗？',
        en: 'Does tracking show it signed for, and by whom? Did you film the unboxing?',
      },
      missing: (c) => !/(签收|没收到|未收到|开箱|视频|代收|驿站)/.test(c.text),
    },
  ],
  // Late or missing delivery is a breach (civil code 577); a parcel the carrier lost or broke adds the
  // carrier's liability (civil code 832).
  references: (c) =>
    CARRIER_LOSS.test(c.text)
      ? ['e-commerce:20', 'civil-code:832', 'civil-code:604', 'civil-code:577']
      : ['e-commerce:20', 'civil-code:604', 'civil-code:577', 'cpl:16'],
  reasons: {
    'e-commerce:20': R.ec20,
    'civil-code:604': R.cc604,
    'civil-code:577': R.cc577,
    'cpl:16': R.cpl16,
    'civil-code:832': {
      zh: '承运人对运输过程中货物的毁损、灭失承担赔偿责任',
      en: 'The carrier is liable for goods lost or damaged in transit',
    },
  },
  remedies: (c) => [priceRefund(c.facts.priceMinor, ['e-commerce:20', 'civil-code:604'], c.facts.currency)],
  settlement(c, [r]) {
    if (wants(c, 'exchange', 'performance'))
      return [{ kind: 'performance', note: { zh: '商家补发完好商品', en: 'The seller sends a sound replacement' } }];
    return [
      refund(
        r?.amountMinor,
        '未收到或运输中损坏，由商家退款',
        'Refund by the seller for goods lost or damaged in transit',
      ),
    ];
  },
  guidance: {
    consumer: {
      zh: '向卖家而不是快递公司主张：交付前的风险由卖家承担。保留物流记录和开箱视频。',
      en: 'Claim from the seller, not the courier: the risk is the seller’s until delivery. Keep tracking records and an unboxing video.',
    },
    merchant: {
      zh: '运输风险由卖家承担，应先行补发或退款，再向快递公司追偿。',
      en: 'The seller carries transit risk: resend or refund first, then claim from the courier.',
    },
  },
  route: () => MERCHANT_FIRST,
};

export const personalData: Playbook = {
  id: 'personal_data',
  name: { zh: '个人信息泄露或滥用', en: 'Personal data leaked or misused' },
  category: 'privacy',
  cues: ['个人信息', '泄露', '骚扰电话', '推销电话', '短信', '人脸', '手机号', '隐私', '卖了我的信息'],
  facts: [
    {
      key: 'source',
      question: {
        zh: '您为什么认为信息是从该商家泄露的？有哪些骚扰记录？',
        en: 'Why do you think this merchant leaked the data? What contacts have you had?',
      },
      missing: (c) => !/(只在|只有|订单|下单后|刚买|记录|截图|通话)/.test(c.text),
    },
  ],
  // The specific ground (likeness 1019, sensitive data 28, cameras 26, consent as a condition 16,
  // deletion 47) comes second.
  references: (c) => ranked(['cpl:29'], firing(PRIVACY_RULES, c, 1), ['pipl:10', 'cpl:14']),
  reasons: { 'cpl:29': R.cpl29, 'pipl:10': R.pipl10, 'cpl:14': R.cpl14, ...reasonsOf(PRIVACY_RULES) },
  remedies: () => [],
  settlement(c) {
    const terms = [
      {
        kind: 'delete_data' as const,
        note: {
          zh: '删除或停止使用消费者的个人信息，停止发送商业信息',
          en: 'Delete or stop using the personal data and stop marketing messages',
        },
      },
      { kind: 'apology' as const, note: { zh: '向消费者道歉', en: 'An apology to the consumer' } },
    ];
    if (wants(c, 'compensation'))
      return [
        ...terms,
        {
          kind: 'compensation' as const,
          note: { zh: '赔偿因信息泄露造成的损失', en: 'Compensation for loss caused by the leak' },
        },
      ];
    return terms;
  },
  guidance: {
    consumer: {
      zh: '记录骚扰电话和短信，说明信息只提供给了该商家的情况。',
      en: 'Log the calls and messages and explain that only this merchant had the data.',
    },
    merchant: {
      zh: '个人信息须保密，不得泄露、出售；应立即采取补救措施并停止发送商业信息。',
      en: 'Keep personal data confidential, never sell it; remedy leaks at once and stop marketing.',
    },
  },
  route: () => ({
    route: 'human',
    code: 'personal_data',
    reason: {
      zh: '个人信息泄露涉及监管调查，由调解员/监管部门处理',
      en: 'A personal-data leak involves a regulatory inquiry, so a mediator or the regulator handles it',
    },
  }),
};

export const general: Playbook = {
  id: 'general',
  name: { zh: '其他消费纠纷', en: 'Other consumer dispute' },
  category: 'other',
  cues: [],
  facts: [ASK_PRICE, ASK_PURCHASE_DATE, ASK_EVIDENCE],
  // What kind of wrong it is (venue safety, search or restraint, forced dealing, invoices, dignity) comes
  // before the general duty to perform as agreed.
  references: (c) => ranked(firing(OTHER_RULES, c, 2), ['cpl:16']),
  reasons: { 'cpl:16': R.cpl16, ...reasonsOf(OTHER_RULES) },
  remedies: (c) => [priceRefund(c.facts.priceMinor, ['cpl:16'], c.facts.currency)],
  settlement: (c) =>
    wants(c, 'refund', 'return_refund')
      ? [refund(c.facts.priceMinor, '协商退款', 'A negotiated refund')]
      : [{ kind: 'performance', note: { zh: '按约定履行', en: 'Perform as agreed' } }],
  guidance: {
    consumer: {
      zh: '说明经过、诉求和证据，商家应在24小时内回应。',
      en: 'Say what happened, what you want and what proof you have; the merchant must answer within 24 hours.',
    },
    merchant: {
      zh: '依法依约履行义务，诚信协商。',
      en: 'Perform under the law and the agreement, and negotiate in good faith.',
    },
  },
  route: () => MERCHANT_FIRST,
};
