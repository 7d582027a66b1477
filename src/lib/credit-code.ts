// The unified social credit code (统一社会信用代码), GB 32100-2015: the one identifier of a legal merchant,
// whatever payment tool it uses. 18 characters:
//   1      registration authority (9 = market regulation, 5 = civil affairs, 1 = institutional staffing, Y = other …)
//   2      institution category within that authority (for 9: 1 enterprise, 2 individual business, 3 co-operative)
//   3–8    administrative division code of the registering authority (GB/T 2260, digits)
//   9–17   the organisation code (GB 11714), whose own check character is position 17
//   18     the check character over positions 1–17 (mod 31)
// Positions 1–2 are only checked against the charset: the authorities have added values over time
// (A, N …), and rejecting a real merchant's code is worse than accepting an odd one whose checks all pass.

/** The 31 characters of GB 32100 in value order: the digits, then A–Y without I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714 weights over the 8 body characters of the organisation code. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** First two digits of a GB/T 2260 division code: the provinces, plus 10 for organs registered at national level. */
const PROVINCES = new Set([
  10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62,
  63, 64, 65, 71, 81, 82,
]);

const CODE_RE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

export type CreditCodeFailure = 'length' | 'charset' | 'check_character' | 'org_check_character' | 'division';
export type CreditCodeResult = { ok: true; code: string } | { ok: false; reason: CreditCodeFailure };

/** The check character (position 18) for the first 17 characters. Throws on input that is not 17 charset characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('creditCodeCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    sum += v * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * The GB 11714 check character for the 8-character body of an organisation code. Letters count as in
 * GB 11714 (A = 10 … Z = 35, by their place in the full alphabet), not by their GB 32100 value.
 */
export function orgCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error('orgCodeCheckChar needs 8 characters 0-9/A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a credit code typed by a person or sent by an institution; returns it normalised (trimmed,
 * upper case) or the first reason it fails. The overall check character is tested before the structure:
 * it catches every single mistyped character, so a typo is reported as such; a code whose check character
 * is right but whose division or organisation code is wrong was made up rather than mistyped.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = String(input).trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: 'length' };
  if (!CODE_RE.test(code)) return { ok: false, reason: 'charset' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'check_character' };
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division) || !PROVINCES.has(Number(division.slice(0, 2))))
    return { ok: false, reason: 'division' };
  if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) return { ok: false, reason: 'org_check_character' };
  return { ok: true, code };
}

/** Real division codes of the pilot cities and some of their districts, so generated codes look local. */
const DEMO_DIVISIONS = [
  '330100', // 杭州市
  '330106', // 杭州市西湖区
  '330102', // 杭州市上城区
  '510100', // 成都市
  '510104', // 成都市锦江区
  '350200', // 厦门市
  '350203', // 厦门市思明区
  '450100', // 南宁市
  '140100', // 太原市
  '620100', // 兰州市
] as const;

/** 31^6: the number of distinct six-character tails of an 'MA…' organisation code. */
const TAIL_SPACE = 31 ** 6;

/**
 * A valid enterprise credit code (91…) derived from `seed`, for demo data and tests. Deterministic, and
 * distinct seeds in [0, 31^6) give distinct codes: the organisation code is 'MA' (the prefix authorities use
 * for codes issued since 2015) plus a bijective scramble of the seed in base 31.
 */
export function makeCreditCode(seed: number): string {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('makeCreditCode needs a non-negative integer seed');
  const division = DEMO_DIVISIONS[seed % DEMO_DIVISIONS.length]!;
  // 7919 is coprime with 31^6, so this is a permutation of [0, 31^6); BigInt keeps the product exact.
  let n = Number((BigInt(seed % TAIL_SPACE) * 7919n + 104_729n) % BigInt(TAIL_SPACE));
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = CHARSET[n % 31]! + tail;
    n = Math.floor(n / 31);
  }
  const body = `MA${tail}`;
  const first17 = `91${division}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
