// Time is injected everywhere so tests (and the e2e test mode) can move it.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at real time (or `start`) and moves only forward by `advance`. */
export class ManualClock implements Clock {
  private offsetMs = 0;
  private fixed: number | undefined;
  constructor(start?: Date) {
    this.fixed = start?.getTime();
  }
  now(): Date {
    return new Date((this.fixed ?? Date.now()) + this.offsetMs);
  }
  advance(ms: number): Date {
    if (ms < 0) throw new Error('a clock never goes back');
    this.offsetMs += ms;
    return this.now();
  }
  set(at: Date): Date {
    const delta = at.getTime() - this.now().getTime();
    return this.advance(Math.max(0, delta));
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const yearFormatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar year of `at` in a time zone (formatters are cached: building one costs ~0.1 ms). */
export function localYear(at: Date, timeZone: string): number {
  let f = yearFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' });
    yearFormatters.set(timeZone, f);
  }
  return Number(f.format(at));
}
