// Dates and durations in a complaint, resolved against `now` in China Standard Time (UTC+8, no DST):
// 2026年3月1日, 3月1号, 上周五, 前天, 半年前, and elapsed durations such as 买了三天 / 办卡两个月.
// Dates are calendar days `YYYY-MM-DD`; the law counts whole days, never hours.
import { NUMERAL_CHARS, parseNumber } from './numbers.js';

export type DateKind = 'absolute' | 'relative' | 'elapsed';
/** What the date marks, from the verb next to it. */
export type DateAnchor = 'purchase' | 'receipt' | 'event' | 'unknown';

export type DateMention = {
  date: string;
  kind: DateKind;
  anchor: DateAnchor;
  approximate: boolean;
  text: string;
  index: number;
};

const CST_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day of an instant in China. */
export function cstDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const s = new Date(t).toISOString().slice(0, 10);
  // Reject 2月30日 rather than rolling it into March.
  return Number(s.slice(8, 10)) === d ? s : undefined;
}

function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const d = Number(day.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, last))).toISOString().slice(0, 10);
}

const N = `[${NUMERAL_CHARS}半]+`;
const WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};

const PURCHASE = /(买|购|下单|拍|付款|支付|办|充值|充了|报名|签约|签了|入会|订|交了|消费)/;
const RECEIPT = /(收到|签收|到货|到手|送到|送达|拿到|提车|交付|安装)/;

function anchorAround(text: string, index: number, length: number): DateAnchor {
  const after = text.slice(index + length, index + length + 8);
  const before = text.slice(Math.max(0, index - 6), index);
  const ctx = `${before}|${after}`;
  if (RECEIPT.test(after) || RECEIPT.test(before)) return 'receipt';
  if (PURCHASE.test(ctx)) return 'purchase';
  return 'unknown';
}

function quantity(raw: string): number | undefined {
  if (raw === '半') return 0.5;
  const m = /^(.*)半$/.exec(raw);
  if (m) {
    const base = parseNumber(m[1]!);
    return base ? base.value + 0.5 : undefined;
  }
  return parseNumber(raw)?.value;
}

function shift(today: string, q: number, unit: string): string {
  switch (unit) {
    case '天':
    case '日':
      return addDays(today, -Math.round(q));
    case '周':
    case '星期':
    case '礼拜':
      return addDays(today, -Math.round(q * 7));
    case '月':
      return Number.isInteger(q) ? addMonths(today, -q) : addDays(today, -Math.round(q * 30));
    case '年':
      return Number.isInteger(q) ? addMonths(today, -12 * q) : addDays(today, -Math.round(q * 365));
    default:
      return today;
  }
}

const ABSOLUTE =
  /(?:(\d{4}|今年|去年|前年)年?)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)/g;
const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;
const DAY_WORDS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2, 大前天: 3 };
const DAY_WORD = /(大前天|前天|昨天|昨日|今天|今日)/g;
const WEEK = /(上上|上|这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])/g;
const AGO = new RegExp(`(${N})(?:个)?(天|日|周|星期|礼拜|月|年)(半)?(?:多)?(?:前|以前|之前)`, 'g');
const ELAPSED = new RegExp(
  `(买|购买|用|使用|办卡|办了卡|办|收到|到货|签收|提车|充值|入会|上课|报名)(?:了)?(?:才|刚|不到|还不到|刚刚|快|已经|有)?(${N})(?:个)?(天|日|周|星期|礼拜|月|年)(半)?`,
  'g',
);

export function extractDates(text: string, now: Date): DateMention[] {
  const today = cstDay(now);
  const year = Number(today.slice(0, 4));
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const push = (
    m: RegExpMatchArray,
    date: string | undefined,
    kind: DateKind,
    approximate: boolean,
    anchor?: DateAnchor,
  ) => {
    if (!date) return;
    const index = m.index!;
    if (taken.some(([a, b]) => index < b && index + m[0].length > a)) return;
    taken.push([index, index + m[0].length]);
    out.push({ date, kind, approximate, text: m[0], index, anchor: anchor ?? anchorAround(text, index, m[0].length) });
  };

  for (const m of text.matchAll(ISO)) push(m, ymd(Number(m[1]), Number(m[2]), Number(m[3])), 'absolute', false);
  for (const m of text.matchAll(ABSOLUTE)) {
    const month = parseNumber(m[2]!)?.value ?? 0;
    const day = parseNumber(m[3]!)?.value ?? 0;
    const y =
      m[1] === '今年' ? year : m[1] === '去年' ? year - 1 : m[1] === '前年' ? year - 2 : m[1] ? Number(m[1]) : year;
    let date = ymd(y, month, day);
    // Without a year, a date after today means last year (complaints are about the past).
    if (date && !m[1] && date > today) date = ymd(year - 1, month, day);
    push(m, date, m[1] ? 'absolute' : 'relative', false);
  }
  for (const m of text.matchAll(DAY_WORD)) push(m, addDays(today, -DAY_WORDS[m[1]!]!), 'relative', false);
  for (const m of text.matchAll(WEEK)) {
    const wd = WEEKDAY[m[2]!]!;
    const todayWd = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const mondayThisWeek = addDays(today, -(todayWd - 1));
    const weeksBack = m[1] === '上上' ? 2 : m[1] === '上' ? 1 : 0;
    let date = addDays(mondayThisWeek, wd - 1 - 7 * weeksBack);
    if (!m[1] && date > today) date = addDays(date, -7);
    push(m, date, 'relative', false);
  }
  for (const m of text.matchAll(ELAPSED)) {
    const q = quantity(m[2]!);
    if (q === undefined) continue;
    const anchor: DateAnchor = RECEIPT.test(m[1]!) ? 'receipt' : 'purchase';
    push(m, shift(today, q + (m[4] ? 0.5 : 0), m[3]!), 'elapsed', m[3] !== '天' && m[3] !== '日', anchor);
  }
  for (const m of text.matchAll(AGO)) {
    const q = quantity(m[1]!);
    if (q === undefined) continue;
    push(m, shift(today, q + (m[3] ? 0.5 : 0), m[2]!), 'relative', m[2] !== '天' && m[2] !== '日');
  }
  return out.sort((a, b) => a.index - b.index);
}
