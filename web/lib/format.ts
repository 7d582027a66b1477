// Money is integer minor units plus a currency; times are shown in the viewer's locale.
export function money(minor: number | null | undefined, currency = 'CNY', lang = 'zh-CN'): string {
  if (typeof minor !== 'number') return '';
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(
      minor / 100,
    );
  } catch {
    return `${currency} ${(minor / 100).toFixed(2)}`;
  }
}

export function dateTime(iso: string | null | undefined, lang = 'zh-CN'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(lang, {
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "2 天 03:04:05" style: days, then hh:mm:ss. */
export function duration(ms: number, daysLabel: (n: number) => string): string {
  const s = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const d = Math.floor(s / 86400);
  const hh = String(Math.floor((s % 86400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `${daysLabel(d)} ` : ''}${hh}:${mm}:${ss}`;
}

/** Yuan as a person types it ("12.5") to minor units, or null when it is not an amount. */
export function yuanToMinor(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined || input === '') return null;
  const n = typeof input === 'number' ? input : Number(String(input).trim());
  if (!Number.isFinite(n) || n < 0) return null;
  return Math.round(n * 100);
}
