// China's working-day calendar: weekends and official holidays are off, official make-up workdays (调休) are on.
// Pure: the holiday data is passed in (see load-calendar.ts). Days are handled as integer day numbers
// (days since 1970-01-01 in the proleptic Gregorian calendar) so counting is plain integer arithmetic.

export type CalendarEntry = { date: string; name: string };
export type CalendarYear = { holidays: CalendarEntry[]; workdays: CalendarEntry[] };
export type CalendarData = { years: Record<string, CalendarYear> };

export type WorkingDayCalendar = {
  /** years the data covers, ascending */
  readonly years: number[];
  covers(year: number): boolean;
  /** 'YYYY-MM-DD' local date: true for a working day (Mon–Fri not a holiday, or an official make-up workday) */
  isWorkingDay(localDate: string): boolean;
  /** holiday name for a date, or undefined */
  holidayName(localDate: string): string | undefined;
  /** Deadline of "within n working days from `from`": the day of `from` itself does not count
   *  (民法典 第二百零一条: 期间开始的当日不计入); the result is the instant at the END of the n-th working day
   *  after it, i.e. 23:59:59.999 local time in `timeZone` (an IANA zone, e.g. 'Asia/Shanghai'), returned as a
   *  Date (UTC instant). n >= 0 integer; n = 0 returns end of the same local day. */
  addWorkingDays(from: Date, n: number, timeZone: string): Date;
  /** number of whole working days strictly after the local day of `a` up to and including the local day of `b`
   *  (0 if b <= a) */
  workingDaysBetween(a: Date, b: Date, timeZone: string): number;
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → day number; throws RangeError for anything that is not a real calendar date. */
export function parseLocalDate(localDate: string): number {
  const m = ISO_DATE.exec(localDate);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    // Date.UTC rolls 2026-02-30 over to March: a round trip catches it.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS;
  }
  throw new RangeError(`not a valid YYYY-MM-DD date: ${JSON.stringify(localDate)}`);
}

/** day number → 'YYYY-MM-DD' */
export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

// --- time zones, via Intl only -------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// en-US with h23 formats as "3/5/2026, 00:30:00"; format() is ~4x faster than formatToParts(), which stays
// as the fallback should an ICU update ever change the pattern.
const EN_US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** The local wall-clock time of instant `t` in `timeZone`, expressed as if it were a UTC epoch value. */
function wallTime(t: number, timeZone: string): number {
  const f = formatterFor(timeZone);
  const m = EN_US.exec(f.format(t));
  const fields = m
    ? [m[3], m[1], m[2], m[4], m[5], m[6]]
    : ((parts) => FIELDS.map((type) => parts.find((p) => p.type === type)?.value))(f.formatToParts(t));
  const [y = Number.NaN, mo = Number.NaN, d, h, mi, s] = fields.map(Number);
  const ms = ((t % 1000) + 1000) % 1000;
  return Date.UTC(y, mo - 1, d, h, mi, s) + ms;
}

/** UTC offset of `timeZone` at instant `at`, in ms (local wall clock minus UTC). */
export function utcOffsetMs(at: Date, timeZone: string): number {
  const t = at.getTime();
  return wallTime(t, timeZone) - t;
}

function localDay(t: number, timeZone: string): number {
  return Math.floor(wallTime(t, timeZone) / DAY_MS);
}

/** First instant whose local date is `day` or later. */
function startOfLocalDay(day: number, timeZone: string): number {
  // Local midnight minus the zone offset; the second pass settles which side of a transition we are on.
  const wall = day * DAY_MS;
  let t = wall - (wallTime(wall, timeZone) - wall);
  t = wall - (wallTime(t, timeZone) - t);
  if (localDay(t, timeZone) === day && localDay(t - 1, timeZone) < day) return t;
  return searchDayStart(day, timeZone, t);
}

// Midnight does not exist on some dates (DST starting at 00:00, e.g. America/Santiago, or a skipped date):
// bisect for the instant the local date changes. The local date is monotonic in the instant, so this is exact.
function searchDayStart(day: number, timeZone: string, near: number): number {
  let lo = near - 2 * DAY_MS; // local date < day
  let hi = near + 2 * DAY_MS; // local date >= day
  if (localDay(lo, timeZone) >= day || localDay(hi, timeZone) < day) {
    throw new Error(`cannot locate the start of ${formatLocalDate(day)} in ${timeZone}`);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localDay(mid, timeZone) >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

function endOfLocalDay(day: number, timeZone: string): number {
  return startOfLocalDay(day + 1, timeZone) - 1;
}

function instant(d: Date, what: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${what} is an invalid Date`);
  return t;
}

// --- the calendar -------------------------------------------------------------------------------

export function createCalendar(data: CalendarData): WorkingDayCalendar {
  const holidays = new Map<number, string>();
  const workdays = new Set<number>();
  for (const year of Object.values(data.years)) {
    for (const h of year.holidays) holidays.set(parseLocalDate(h.date), h.name);
    for (const w of year.workdays) workdays.add(parseLocalDate(w.date));
  }
  const years = Object.keys(data.years)
    .map(Number)
    .sort((a, b) => a - b);
  const covered = new Set(years);

  // Outside the covered years both lookups miss, which is exactly the Mon–Fri fallback.
  const isWorking = (day: number): boolean => {
    if (workdays.has(day)) return true;
    if (holidays.has(day)) return false;
    const dow = dayOfWeek(day);
    return dow !== 0 && dow !== 6;
  };

  return {
    years,
    covers: (year) => covered.has(year),
    isWorkingDay: (localDate) => isWorking(parseLocalDate(localDate)),
    holidayName: (localDate) => holidays.get(parseLocalDate(localDate)),

    addWorkingDays(from, n, timeZone) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
      let day = localDay(instant(from, 'from'), timeZone);
      for (let left = n; left > 0; ) {
        day++;
        if (isWorking(day)) left--;
      }
      return new Date(endOfLocalDay(day, timeZone));
    },

    workingDaysBetween(a, b, timeZone) {
      const first = localDay(instant(a, 'a'), timeZone);
      const last = localDay(instant(b, 'b'), timeZone);
      let count = 0;
      for (let day = first + 1; day <= last; day++) if (isWorking(day)) count++;
      return count;
    },
  };
}
