// Chinese and mixed numerals as consumers write them: 三千五百, 两百九十九, 三千五 (=3500), 3千5, 1.2万,
// 一万五 (=15000), 三四百 (a range), 十来, 壹仟贰佰 (financial forms).

export type ParsedNumber = { value: number; max?: number };

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };

/** Characters that may appear inside a numeral; extractors use it to build their patterns. */
export const NUMERAL_CHARS = '0-9.零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿';

function parseExact(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let current: number | undefined;
  let lastUnit = 0;
  let sawZero = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (/[0-9.]/.test(ch)) {
      let j = i;
      while (j < s.length && /[0-9.]/.test(s[j]!)) j++;
      const n = Number(s.slice(i, j));
      if (!Number.isFinite(n)) return undefined;
      current = n;
      i = j;
      continue;
    }
    if (ch in DIGITS) {
      if (DIGITS[ch] === 0) sawZero = true;
      current = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      section += (current ?? 1) * unit;
      current = undefined;
      lastUnit = unit;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch]!;
      if (unit === 100_000_000) {
        total = (total + section + (current ?? 0)) * unit;
      } else {
        total += (section + (current ?? (section === 0 ? 1 : 0))) * unit;
      }
      section = 0;
      current = undefined;
      lastUnit = unit;
    } else {
      return undefined;
    }
    i++;
  }
  if (current !== undefined) {
    // Colloquial abbreviation: a single trailing digit after a unit counts in the next lower unit
    // (三千五 = 3500, 一万五 = 15000, 一百五 = 150), but not after 零 (三千零五 = 3005) and not after 十.
    const trailingSingle = lastUnit >= 100 && !sawZero && /[0-9零〇一-龥]$/.test(s) && !/\d{2,}$/.test(s);
    section += trailingSingle ? current * (lastUnit / 10) : current;
  }
  return total + section;
}

/** Parses a numeral; a run like 三四百 or 五六十 yields a range. Undefined when it is not a number. */
export function parseNumber(raw: string): ParsedNumber | undefined {
  const s = raw.replace(/,/g, '');
  if (s === '') return undefined;
  // Two adjacent digits before a unit: 三四百 = 300–400, 两三千 = 2000–3000, 五六十 = 50–60.
  const range = /^(.*?)([一二两三四五六七八九])([二三四五六七八九])([十百千万]+)$/.exec(s);
  if (range) {
    const a = DIGITS[range[2]!]!;
    const b = DIGITS[range[3]!]!;
    if (b === a + 1 || (range[2] === '两' && b === 3)) {
      const lo = parseExact(`${range[1]}${range[2]}${range[4]}`);
      const hi = parseExact(`${range[1]}${range[3]}${range[4]}`);
      if (lo !== undefined && hi !== undefined) return { value: lo, max: hi };
    }
  }
  const value = parseExact(s);
  return value === undefined ? undefined : { value };
}
