// Secondary references: which second or third article a playbook cites, chosen by what the complaint says.
// Each rule follows the article's own wording (the reason says which part applies); whether a rule earns
// its place was judged by cross-validation on the training corpus (`hejie mediator cv`), never on dev.
import type { Bilingual } from '../labels.js';
import type { PlaybookContext } from './types.js';

type Rule = { ref: string; test: (c: PlaybookContext) => boolean; reason: Bilingual };

const has = (re: RegExp) => (c: PlaybookContext) => re.test(c.text);

/** The first `max` rules that fire, in order, without repeats. */
export function firing(rules: readonly Rule[], c: PlaybookContext, max = 2): string[] {
  const out: string[] = [];
  for (const r of rules) {
    if (out.length >= max) break;
    if (!out.includes(r.ref) && r.test(c)) out.push(r.ref);
  }
  return out;
}

/** Merge: `head` first, then `rest`, no repeats. */
export function ranked(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

export function reasonsOf(...ruleSets: readonly (readonly Rule[])[]): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  for (const set of ruleSets) for (const r of set) out[r.ref] ??= r.reason;
  return out;
}

// ── prepaid (预付式消费) ──────────────────────────────────────────────────────────────────────────────
/** 消费者权益保护法实施条例 第二十一条: closing or moving requires 30 days' public notice. */
export const SHOP_GONE =
  /(停业|关门|关了|倒闭|跑路|闭店|撤店|人去楼空|搬走了|执笠|不干了|不开了|卷款|卷钱|改成别的|转让了|联系不上)/;

export const PREPAID_RULES: readonly Rule[] = [
  {
    // prepaid-spc 13: moving makes the service clearly inconvenient; obligations passed to a third party;
    // unlimited service promised but not provided; the consumer's health changed unforeseeably.
    ref: 'prepaid-spc:13',
    test: has(
      /(搬到|搬去|迁到|迁往|新址|新地址|新区|分店|公里|远郊|不限次|怀孕|骨折|手术|医生说|不能运动|不能剧烈|身体原因|心脏)/,
    ),
    reason: {
      zh: '经营者迁址造成明显不便、擅自将义务转给第三人、承诺不限次服务却不能正常提供，或消费者身体等基础条件发生重大变化的，消费者可请求解除合同',
      en: 'The consumer may terminate when the business moves to a clearly inconvenient place, passes the contract to a third party, fails to provide promised unlimited service, or the consumer’s health changes unforeseeably',
    },
  },
  {
    // prepaid-spc 12: unilateral price rise or quality cut after the contract.
    ref: 'prepaid-spc:12',
    test: has(
      /(涨价|提价|加价|多扣|按原价|原价扣|不打折|不再打折|折扣|改成|改为|变成|缩水|减为|少了|降低|升级|另交|另收|另外收|单独扣|扣两次|换了老板|新老板|物价)/,
    ),
    reason: {
      zh: '经营者未经消费者同意单方提高价格或降低服务质量的，消费者可要求按约定履行并承担违约责任',
      en: 'A unilateral price rise or cut in quality without the consumer’s consent: the consumer may require performance as agreed and damages',
    },
  },
  {
    // prepaid-spc 9: standard terms excluding termination/refund, limiting transfer, forfeiting the card…
    ref: 'prepaid-spc:9',
    test: has(
      /(概不退|一律不退|不退不换|不予退|不退费|清零|违约金|\d+%|百分之|合同(上)?(写|规定|约定)|格式条款|霸王条款|最终解释权|不补办)/,
    ),
    reason: {
      zh: '排除消费者解除合同或请求返还预付款权利、不合理限制转让等格式条款无效',
      en: 'Standard terms excluding termination or refunds, or unreasonably restricting transfer, are void',
    },
  },
];

/** The shop closed or moved without the advance notice cpl-regs 21 requires. */
export const NO_NOTICE =
  /(突然|事先|提前|没有.{0,4}(通知|公告)|没.{0,2}(通知|说)|无预警|不说搬|不知道搬|早就知道|接手|关半年|暂停营业|改成别的)/;

export const REGS_21: Bilingual = {
  zh: '经营者停业或迁移服务场所的，应提前30日公告有效联系方式',
  en: 'A business that closes or moves must announce its contact details 30 days in advance',
};

// ── delivery ─────────────────────────────────────────────────────────────────────────────────────────
/** Goods the consumer sent (or a courier run) lost or damaged by the carrier: 民法典 第八百三十二条. */
export const CARRIER_LOSS =
  /((寄|托运|跑腿|保价|快递公司|退货的快递|上门取件).{0,30}(丢|灭失|毁损|摔|压|坏|破)|(丢|灭失|毁损).{0,12}(寄|托运|保价))/;

// ── fraud ────────────────────────────────────────────────────────────────────────────────────────────
/** A fictitious "original price" (虚构原价) is price fraud under 明码标价和禁止价格欺诈规定 第十九条. */
export const FAKE_ORIGINAL_PRICE = /(原价|划线价|虚构|先涨|先提价|提价.{0,8}(打折|折)|从来没卖过|虚标|最低价)/;

// ── unfair terms and deposits ────────────────────────────────────────────────────────────────────────
export const TERMS_RULES: readonly Rule[] = [
  {
    ref: 'civil-code:587',
    test: has(/(定金|订金)/),
    reason: {
      zh: '收受定金一方不履行致使合同目的不能实现的，应双倍返还定金；定金不得被格式条款一概没收',
      en: 'A party taking a deposit who fails to perform returns double; a deposit is not forfeit by a standard term alone',
    },
  },
  {
    ref: 'civil-code:585',
    test: has(/违约金/),
    reason: {
      zh: '约定的违约金过分高于造成的损失的，可请求适当减少',
      en: 'A penalty clearly above the actual loss may be reduced',
    },
  },
  {
    ref: 'cpl:9',
    test: has(/(必须(使用|用|买|加装|购买|在)|指定的?(合作|公司|商家)|强制|捆绑|不签就|不买就|不用.{0,6}就不|被逼)/),
    reason: {
      zh: '消费者有权自主选择商品或服务及经营者，不得强制交易',
      en: 'Consumers choose goods, services and businesses freely; forced dealing is not allowed',
    },
  },
  {
    ref: 'civil-code:506',
    test: has(/(概不负责|不承担.{0,6}责任|最高(只)?赔|最多赔|只赔)/),
    reason: {
      zh: '造成人身损害或因故意、重大过失造成财产损失的免责条款无效',
      en: 'Clauses excluding liability for personal injury, or for property loss caused deliberately or by gross negligence, are void',
    },
  },
  {
    ref: 'civil-code:577',
    test: has(/(拖|延期|逾期|没按|未按|不按|工期|不交车|还没(到|交|发)|不履行|按合同)/),
    reason: {
      zh: '不履行合同义务或履行不符合约定的，应承担继续履行、补救或赔偿损失等违约责任',
      en: 'Non-performance or defective performance: perform, remedy or pay damages',
    },
  },
];

// ── personal data ────────────────────────────────────────────────────────────────────────────────────
export const PRIVACY_RULES: readonly Rule[] = [
  {
    ref: 'civil-code:1019',
    test: has(/(照片|肖像|视频|拍了我|偷拍|拍下|拍我|艺术照|写真|孕妇照)/),
    reason: {
      zh: '未经肖像权人同意，不得制作、使用、公开其肖像',
      en: 'No one may make, use or publish a person’s likeness without consent',
    },
  },
  {
    ref: 'pipl:28',
    test: has(/(体检|病情|病历|看病|医疗|健康|人脸|指纹|生物识别|行踪|定位|银行卡|身份证号|孩子|未成年|小孩|宝宝)/),
    reason: {
      zh: '医疗健康、生物识别、金融账户、行踪轨迹和未满十四周岁未成年人的信息属敏感个人信息，须有特定目的和充分必要性',
      en: 'Health, biometric, financial, location data and data of children under 14 are sensitive and need a specific purpose and strict necessity',
    },
  },
  {
    ref: 'pipl:26',
    test: has(/(人脸识别|刷脸|摄像头|监控|门禁)/),
    reason: {
      zh: '公共场所安装图像采集、身份识别设备须为维护公共安全所必需并设显著提示',
      en: 'Cameras and identification devices in public places only for public security, with clear notices',
    },
  },
  {
    ref: 'pipl:16',
    test: has(
      /(不(登记|同意|授权|提供|填|扫码|关注).{0,10}(就|不让|不给|不能|进不了)|必须(登记|授权|同意|提供|填写|扫码))/,
    ),
    reason: {
      zh: '不得以个人不同意处理其个人信息为由拒绝提供产品或服务（必需的除外）',
      en: 'Service may not be refused because a person withholds consent, unless the data is necessary',
    },
  },
  {
    ref: 'pipl:47',
    test: has(/删除/),
    reason: {
      zh: '处理目的已实现、撤回同意或违法处理的，个人有权请求删除',
      en: 'The person may demand deletion when the purpose is met, consent is withdrawn or processing is unlawful',
    },
  },
];

// ── quality ──────────────────────────────────────────────────────────────────────────────────────────
/** 消费者权益保护法 第十八条: goods that endanger person or property; warnings; public venues' safety duty. */
export const SAFETY_HAZARD =
  /(漏电|触电|爆炸|炸了|起火|着火|冒烟|焦味|烧焦|自燃|安全隐患|安全问题|危险|差点|险些|召回|生命安全|甩出去|翻车|安全绳|太烫)/;
/** 消费者权益保护法 第五十二条: other property damaged by the goods or service. */
export const PROPERTY_DAMAGE =
  /(砸(坏|在|到|出)|弄坏|烧(了|坏|黄)|烫坏|泡坏|湿了|淋湿|染色|串色|死了|划(了|出|伤)|损坏了|也摔|把.{1,8}(弄|烧|砸|泡|划|刮)|连带|一起坏|赔.{0,6}(地毯|手机|衣服|地板|家具|鱼))/;

export const HAZARD_REASON: Bilingual = {
  zh: '经营者应保证商品和服务符合保障人身、财产安全的要求，经营场所应尽安全保障义务',
  en: 'Goods and services must be safe for person and property; venues owe a duty of safety',
};

// ── online returns (网络购买商品七日无理由退货暂行办法) ─────────────────────────────────────────────────
export const RETURN_RULES: readonly Rule[] = [
  {
    ref: 'seven-day-return:6',
    test: (c) =>
      c.facts.flags.customMade === true ||
      c.facts.flags.perishable === true ||
      c.facts.flags.digital === true ||
      /(定制|定做|鲜活|活体|植物|多肉|报纸|期刊|杂志|大件)/.test(c.text),
    reason: {
      zh: '定作、鲜活易腐、拆封的数字化商品、报刊不适用七日无理由退货；其他商品不在此列',
      en: 'Made-to-order, perishable, unsealed digital goods and periodicals are excluded; nothing else is',
    },
  },
  {
    ref: 'seven-day-return:7',
    test: has(
      /(贴身|个人卫生|卫生用品|个人护理|内衣|入耳|拆封.{0,4}不(退|支持)|激活.{0,6}不(退|支持|能退)|清仓|特价|临期|瑕疵|一律不退|不退不换|概不退|不支持七天|售出不退)/,
    ),
    reason: {
      zh: '拆封后影响安全或品质、激活后贬值较大的商品，须经消费者购买时确认才可不适用七日无理由退货',
      en: 'Goods spoiled by opening or activation are excluded only if the consumer confirmed so when buying',
    },
  },
  {
    ref: 'seven-day-return:10',
    test: has(/(超过七天|过了七天|超过7天|过了7天|超时|第[六七八九十]天|[六七八九十]天了|\d+天了|超出.{0,4}天)/),
    reason: {
      zh: '七日期间自签收商品的次日起算',
      en: 'The seven days run from the day after signing for the goods',
    },
  },
  {
    ref: 'seven-day-return:14',
    test: has(/(原路|原付款方式|退款方式|退到.{0,6}(余额|账户|购物金)|购物金|余额提现|分期.{0,6}手续费|退成)/),
    reason: {
      zh: '退款方式比照购买时的支付方式，不得自行指定其他退款方式',
      en: 'Refunds go back the way the consumer paid unless the consumer agrees otherwise',
    },
  },
  {
    ref: 'seven-day-return:11',
    test: has(/(退货地址|地址是错|找不到退货|退货按钮|退货联系|不给(退货)?地址|海外|国外)/),
    reason: {
      zh: '收到退货通知后，经营者应及时提供真实准确的退货地址和联系方式',
      en: 'After a return notice the seller must promptly give a real return address and contact',
    },
  },
  {
    ref: 'seven-day-return:12',
    test: has(/赠品/),
    reason: {
      zh: '退货时应一并退回赠品；赠品不能退回的，按事先标明的赠品价格折价',
      en: 'Gifts go back with the goods; if they cannot, their marked price may be charged',
    },
  },
  {
    ref: 'seven-day-return:15',
    test: has(/(优惠券|代金券|满减|积分|券的金额|用了.{0,4}券)/),
    reason: {
      zh: '以积分、代金券、优惠券支付的部分，以相应形式返还',
      en: 'Amounts paid with points, vouchers or coupons are returned in the same form',
    },
  },
  {
    ref: 'seven-day-return:9',
    test: (c) =>
      c.facts.flags.opened === true ||
      /(塑封|封口|封膜|拆了|拆开|拆封|吊牌|标识|剪|激活|试穿|穿过|穿出去|用过|用了一次|试用|喷了|绑定)/.test(c.text),
    reason: {
      zh: '超出查验需要使用致价值贬损较大的才视为不完好，各类商品的判定标准（包装、激活、吊牌等）依本条',
      en: 'Goods are not intact only after use beyond inspection that greatly lowers their value; the tests per kind of goods are here',
    },
  },
];
