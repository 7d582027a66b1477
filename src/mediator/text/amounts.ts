// Money mentioned in a complaint, in minor units (fen). An amount needs a currency sign or unit
// (¥, 元, 块, RMB …) so that 一双鞋 or 3天 never become money; ranges (三四百块) keep both ends.
import { NUMERAL_CHARS, parseNumber } from './numbers.js';

export type AmountRole = 'price' | 'balance' | 'loss' | 'deposit' | 'overcharge' | 'unknown';

export type AmountMention = {
  /** Minor units (fen). For a range, the lower end. */
  minor: number;
  /** Upper end of a range, minor units. */
  maxMinor?: number;
  approximate: boolean;
  role: AmountRole;
  text: string;
  index: number;
};

const NUM = `[${NUMERAL_CHARS},]+`;
// 1) sign before: ¥299, RMB 1200, 人民币三千元;  2) unit after: 299元, 三千五百块, 5块5, 1.2万元, 两百多块钱
const AMOUNT = new RegExp(
  `(?:(?:¥|RMB|rmb|人民币)\\s?(${NUM})(?:元|块)?|(${NUM})(多|来|余)?\\s?(?:元|块钱|块|圆|rmb|RMB)(?:([0-9一二两三四五六七八九])(?![0-9天日号月年个]))?(多|左右)?)`,
  'g',
);

// Words before an amount that say what it is. Checked nearest-first within a short window, because a
// complaint often names several sums ("花了3000元办卡，还剩1800元").
const ROLE_CUES: readonly [AmountRole, RegExp][] = [
  ['balance', /(余额|还剩|剩下|剩余|剩|没用的|未消费|没消费|没上的|未使用)[^，。,.!?！？]{0,6}$/],
  ['deposit', /(押金|定金|订金|保证金)[^，。,.!?！？]{0,6}$/],
  ['overcharge', /(多收|多扣|多付|多算|多要|差价|多收了|乱收费)[^，。,.!?！？]{0,6}$/],
  [
    'loss',
    /(医药费|医疗费|治疗费|检查费|住院|损失|误工|打车|交通费|路费|修车|赔了|花费了医|看病)[^，。,.!?！？]{0,8}$/,
  ],
  [
    'price',
    /(花了|花|买|购买|价格|售价|标价|价值|付了|付|支付|实付|总价|单价|充值|充了|充|办卡|办了|会员费|学费|费用|团购|下单|拍下|原价|到手价|交了|收了|收费|共|一共|总共)[^，。,.!?！？]{0,8}$/,
  ],
];

function roleOf(before: string): AmountRole {
  for (const [role, re] of ROLE_CUES) if (re.test(before)) return role;
  return 'unknown';
}

function toMinor(major: number): number {
  return Math.round(major * 100);
}

export function extractAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const numeral = m[1] ?? m[2];
    if (!numeral) continue;
    const parsed = parseNumber(numeral);
    if (!parsed || parsed.value <= 0) continue;
    // 5块5 = ¥5.50: a single digit right after 块 counts in 角.
    const jiao = m[4] ? (parseNumber(m[4])?.value ?? 0) : 0;
    const minor = toMinor(parsed.value) + jiao * 10;
    const index = m.index!;
    const before = text.slice(Math.max(0, index - 12), index);
    const mention: AmountMention = {
      minor,
      approximate: Boolean(m[3] || m[5] || parsed.max !== undefined),
      role: roleOf(before),
      text: m[0],
      index,
    };
    if (parsed.max !== undefined) mention.maxMinor = toMinor(parsed.max);
    out.push(mention);
  }
  return out;
}
