// Money is integer minor units (fen for CNY) plus an ISO 4217 code; never floats.
export type Money = { amountMinor: number; currency: string };

export const CURRENCY_MINOR_DIGITS: Record<string, number> = {
  CNY: 2,
  HKD: 2,
  MOP: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  JPY: 0,
  KRW: 0,
};

export function isCurrency(code: string): boolean {
  return code in CURRENCY_MINOR_DIGITS;
}

export function formatMoney({ amountMinor, currency }: Money): string {
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  const major = Math.floor(abs / 10 ** digits);
  const minor = abs % 10 ** digits;
  const symbol = currency === 'CNY' ? '¥' : `${currency} `;
  return digits === 0 ? `${sign}${symbol}${major}` : `${sign}${symbol}${major}.${String(minor).padStart(digits, '0')}`;
}
