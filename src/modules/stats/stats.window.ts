// The period a statistics request covers: local calendar days of the region, turned into UTC instants.
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { localDayBounds, type StatsWindow } from './stats.repository.js';

/** The longest window one request may ask for (a year and a day, for leap years). */
export const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * [from, to] inclusive, in `timeZone`; `to` defaults to today there and `from` to `defaultDays` days in all.
 * A reversed or too long range is VALIDATION_FAILED.
 */
export async function resolveWindow(
  deps: AppDeps,
  opts: { timeZone: string; from?: string | undefined; to?: string | undefined; defaultDays: number },
): Promise<StatsWindow> {
  const to = opts.to ?? localDate(deps.clock.now(), opts.timeZone);
  const from = opts.from ?? addDays(to, -(opts.defaultDays - 1));
  if (from > to) throw new AppError('VALIDATION_FAILED', { from, to, reason: 'from must not be after to' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days > MAX_DAYS) throw new AppError('VALIDATION_FAILED', { from, to, reason: `at most ${MAX_DAYS} days` });
  const bounds = await localDayBounds(deps.database.db, opts.timeZone, from, to);
  return { ...bounds, from, to, timeZone: opts.timeZone };
}

/** The calendar date of `at` in `timeZone`, as YYYY-MM-DD. */
function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
