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
export const FAKE_ORIGINAL_PRICE = /(原价|划线价|虚构|先涨|先提价|提价.{0,8}(打折|折)|从来没卖过|虚标)/;

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
    // Only when the consumer disputes the amount of the penalty, which is what article 585 lets a court cut.
    test: has(/违约金.{0,12}(太高|过高|离谱|凭什么|不合理|太多)|(太高|过高).{0,6}违约金/),
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
    // Art. 9 (一): for food, cosmetics and medical devices only a broken seal makes the goods not intact.
    ref: 'seven-day-return:9',
    test: has(/(塑封|封口|封膜|密封|玻璃纸)/),
    reason: {
      zh: '超出查验需要使用致价值贬损较大的才视为不完好；食品、化妆品、医疗器械以必要的一次性密封包装是否损坏为准',
      en: 'Goods are not intact only after use beyond inspection; for food, cosmetics and medical devices the test is whether the seal is broken',
    },
  },
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
      /(贴身|个人卫生|卫生用品|内衣|入耳|激活.{0,6}不(退|支持|能退)|清仓|特价|临期|瑕疵|一律不退|不退不换|概不退|不支持七天|售出不退)/,
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
];

/** Opened or used goods: whether they are still intact (art. 8, with the per-kind tests of art. 9). */
export const RETURN_USED: Rule = {
  ref: 'seven-day-return:9',
  test: (c) =>
    c.facts.flags.opened === true ||
    /(塑封|封口|封膜|拆了|拆开|拆封|吊牌|标识|剪|激活|试穿|穿过|穿出去|用过|用了一次|试用|喷了|绑定)/.test(c.text),
  reason: {
    zh: '超出查验需要使用致价值贬损较大的才视为不完好，各类商品的判定标准（包装、激活、吊牌等）依本条',
    en: 'Goods are not intact only after use beyond inspection that greatly lowers their value; the tests per kind of goods are here',
  },
};

// ── other: venues, dignity, forced dealing, invoices ─────────────────────────────────────────────────
export const OTHER_RULES: readonly Rule[] = [
  {
    ref: 'cpl:18',
    test: has(/(电梯|扶梯|玻璃门|游乐|滑梯|滑倒|摔|砸|倒下|掉下|困|没固定|防撞|安全)/),
    reason: HAZARD_REASON,
  },
  {
    ref: 'civil-code:1198',
    test: has(/(商场|超市|酒店|宾馆|餐厅|饭店|车站|机场|景区|游乐|卖场|场馆|影院|衣帽间)/),
    reason: {
      zh: '经营场所的经营者、管理者未尽到安全保障义务造成他人损害的，应当承担侵权责任',
      en: 'Operators of business premises who fail their duty of safety are liable for the harm',
    },
  },
  {
    ref: 'cpl:27',
    test: has(/(搜身|搜包|翻我的包|翻包|不让我走|扣着|关上门|关门不让|限制.{0,4}自由|侮辱|诽谤)/),
    reason: {
      zh: '经营者不得侮辱、诽谤消费者，不得搜查消费者身体及携带物品，不得侵犯人身自由',
      en: 'Businesses may not insult consumers, search them or their belongings, or restrain them',
    },
  },
  {
    ref: 'cpl:9',
    test: has(/(非要我|强制|必须.{0,4}(办|买|消费)|强拉|拉着|硬拽|不办.{0,6}(不|就)|捆绑)/),
    reason: {
      zh: '消费者有权自主选择商品或服务，自主决定购买或不购买',
      en: 'Consumers choose freely whether to buy and what',
    },
  },
  {
    ref: 'cpl:22',
    test: has(/(发票|开票|收据|小票不给|凭证)/),
    reason: {
      zh: '经营者应出具发票等购货凭证或服务单据，消费者索要的必须出具',
      en: 'Businesses must issue invoices or receipts, and must when the consumer asks',
    },
  },
  {
    ref: 'cpl:14',
    test: has(/(歧视|尊严|不让进|拦住|看不起|羞辱|嘲笑|白了我一眼)/),
    reason: {
      zh: '消费者享有人格尊严、民族风俗习惯得到尊重的权利',
      en: 'Consumers have the right to respect for their dignity and customs',
    },
  },
];

// ── household car warranty (家用汽车产品修理更换退货责任规定) ───────────────────────────────────────────
export const CAR_RULES: readonly Rule[] = [
  {
    ref: 'car-warranty:21',
    test: has(/(备用车|代步车|交通补偿|交通费用补偿|超过5天|超过五天|等了.{0,6}天)/),
    reason: {
      zh: '包修期内一次修理超过5日的，应提供备用车或交通费用补偿',
      en: 'A repair inside the warranty lasting over 5 days entitles the owner to a courtesy car or transport costs',
    },
  },
  {
    ref: 'car-warranty:23',
    test: has(
      /(转向.{0,6}(失效|失灵|坏)|方向盘.{0,8}(沉|失灵|打不动)|刹车.{0,4}(失灵|失效)|制动.{0,4}失效|车身.{0,4}开裂|燃油泄漏)/,
    ),
    reason: {
      zh: '60日或3000公里内转向、制动系统失效、车身开裂或燃油泄漏的，可选择换车或退车',
      en: 'Steering or brake failure, a cracked body or a fuel leak within 60 days or 3,000 km: exchange or return',
    },
  },
  {
    ref: 'car-warranty:24',
    test: has(
      /(修了?[两三四五六2-6]次|维修了?[两三四五六2-6]次|[两三四五六]次都没|修过好几次|反复修|修了好几次|看了三次|前后.{0,4}[两三四五]次)/,
    ),
    reason: {
      zh: '三包有效期内同一故障或严重安全性能故障累计修理多次仍未排除的，可换车或退车',
      en: 'The same fault or a serious safety fault repaired repeatedly inside the 三包 period and still there: exchange or return',
    },
  },
  {
    ref: 'car-warranty:17',
    test: has(/(维修记录|修理记录)/),
    reason: {
      zh: '修理者应建立并提供修理记录，消费者可查阅、复印',
      en: 'The repairer keeps repair records and must let the owner see and copy them',
    },
  },
];
