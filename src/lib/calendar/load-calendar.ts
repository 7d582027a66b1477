// Loads the holiday calendar from JSON. Operators can point at an updated file (HOLIDAYS_FILE) when the
// State Council publishes next year's notice, so the file is validated strictly: a wrong date here moves
// statutory deadlines, and it is better to refuse to start than to count days wrongly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CalendarData,
  type CalendarEntry,
  type CalendarYear,
  createCalendar,
  dayOfWeek,
  formatLocalDate,
  parseLocalDate,
  type WorkingDayCalendar,
} from './working-days.js';

export const DEFAULT_HOLIDAYS_FILE = fileURLToPath(new URL('../../../data/holidays/cn.json', import.meta.url));

export function loadCalendar(file?: string): WorkingDayCalendar {
  const path = file ?? DEFAULT_HOLIDAYS_FILE;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`holiday calendar ${path}: cannot read the file (${(err as Error).message})`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`holiday calendar ${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  return createCalendar(parseCalendarData(json, path));
}

type Seen = { where: string; kind: 'holiday' | 'workday' };

/** Checks the shape and consistency of calendar JSON; the Error names the offending entry. */
export function parseCalendarData(json: unknown, origin = 'calendar data'): CalendarData {
  const fail = (msg: string): never => {
    throw new Error(`holiday calendar ${origin}: ${msg}`);
  };
  if (!isRecord(json)) return fail('the top level must be a JSON object');
  const years = json.years;
  if (!isRecord(years)) return fail('"years" must be an object keyed by year');
  if (Object.keys(years).length === 0) return fail('"years" is empty');

  const seen = new Map<number, Seen>();
  const out: Record<string, CalendarYear> = {};
  for (const [key, value] of Object.entries(years)) {
    if (!/^\d{4}$/.test(key)) fail(`years.${key}: the key must be a four-digit year`);
    if (!isRecord(value)) return fail(`years.${key} must be an object with "holidays" and "workdays"`);
    const year = Number(key);
    const list = (kind: 'holiday' | 'workday'): CalendarEntry[] => {
      const field = `${kind}s`;
      const entries = value[field];
      if (!Array.isArray(entries)) return fail(`years.${key}.${field} must be an array`);
      return entries.map((e: unknown, i) => checkEntry(e, `years.${key}.${field}[${i}]`, kind, year, seen, fail));
    };
    out[key] = { holidays: list('holiday'), workdays: list('workday') };
  }
  return { years: out };
}

function checkEntry(
  e: unknown,
  where: string,
  kind: 'holiday' | 'workday',
  year: number,
  seen: Map<number, Seen>,
  fail: (msg: string) => never,
): CalendarEntry {
  if (!isRecord(e)) return fail(`${where} must be an object {"date", "name"}`);
  const { date, name } = e;
  if (typeof name !== 'string' || name.trim() === '') fail(`${where}.name must be a non-empty string`);
  if (typeof date !== 'string') return fail(`${where}.date must be a "YYYY-MM-DD" string`);
  let day: number;
  try {
    day = parseLocalDate(date);
  } catch {
    return fail(`${where}.date ${JSON.stringify(date)} is not a valid YYYY-MM-DD date`);
  }
  // A notice may reach into a neighbouring year (2023's 元旦 began 2022-12-31), but no further.
  const dateYear = Number(date.slice(0, 4));
  if (Math.abs(dateYear - year) > 1) fail(`${where}.date ${date} is too far from the year ${year} it is listed under`);
  const dow = dayOfWeek(day);
  if (kind === 'workday' && dow !== 0 && dow !== 6) {
    fail(`${where}.date ${date} is a weekday; a make-up workday (调休上班) must fall on a Saturday or Sunday`);
  }
  const before = seen.get(day);
  if (before) {
    const clash =
      before.kind === kind
        ? 'is listed twice'
        : 'cannot be both a holiday and a make-up workday (listed in both lists)';
    fail(`${where}.date ${formatLocalDate(day)} ${clash}; see also ${before.where}`);
  }
  seen.set(day, { where, kind });
  return { date, name: name as string };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
