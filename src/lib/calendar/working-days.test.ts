import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { type CalendarData, createCalendar, DEFAULT_HOLIDAYS_FILE, loadCalendar } from './index.js';

const SH = 'Asia/Shanghai';
const cal = loadCalendar();
const at = (iso: string) => new Date(iso);
const deadline = (from: string, n: number, tz = SH) => cal.addWorkingDays(at(from), n, tz).toISOString();

test('weekends are off, weekdays on', () => {
  assert.equal(cal.isWorkingDay('2026-03-06'), true); // Friday
  assert.equal(cal.isWorkingDay('2026-03-07'), false); // Saturday
  assert.equal(cal.isWorkingDay('2026-03-08'), false); // Sunday
  assert.equal(cal.isWorkingDay('2026-03-09'), true); // Monday
});

test('official holidays are off and named', () => {
  assert.equal(cal.isWorkingDay('2026-10-01'), false);
  assert.equal(cal.holidayName('2026-10-01'), '国庆节');
  assert.equal(cal.isWorkingDay('2026-02-23'), false); // Monday, last day of 春节 2026
  assert.equal(cal.holidayName('2026-02-23'), '春节');
  assert.equal(cal.holidayName('2026-03-09'), undefined);
});

test('make-up Saturday and Sunday are working days', () => {
  assert.equal(cal.isWorkingDay('2026-10-10'), true); // Saturday
  assert.equal(cal.isWorkingDay('2026-01-04'), true); // Sunday
  assert.equal(cal.holidayName('2026-10-10'), undefined);
});

test('2025 rule change: 春节 Jan 28–Feb 4, make-up workdays Jan 26 and Feb 8', () => {
  for (let d = 28; d <= 31; d++) assert.equal(cal.holidayName(`2025-01-${d}`), '春节');
  for (let d = 1; d <= 4; d++) assert.equal(cal.holidayName(`2025-02-0${d}`), '春节');
  assert.equal(cal.isWorkingDay('2025-02-05'), true);
  assert.equal(cal.isWorkingDay('2025-01-26'), true);
  assert.equal(cal.isWorkingDay('2025-02-08'), true);
  assert.equal(cal.isWorkingDay('2025-05-05'), false); // 劳动节 now 5 days with a single make-up day
  assert.equal(cal.isWorkingDay('2025-04-27'), true);
});

test('2020: the Spring Festival extension to Feb 2 cancelled the Feb 1 make-up workday', () => {
  assert.equal(cal.isWorkingDay('2020-02-01'), false);
  assert.equal(cal.isWorkingDay('2020-01-31'), false);
  assert.equal(cal.isWorkingDay('2020-02-03'), true);
  assert.equal(cal.isWorkingDay('2020-01-19'), true);
});

test('7 working days across 国庆 2026 skip Oct 1–7 and count the Oct 10 make-up day', () => {
  // Mon 09-28 → 29, 30, Oct 8, 9, 10 (Sat, make-up), 12, 13
  assert.equal(deadline('2026-09-28T02:00:00Z', 7), '2026-10-13T15:59:59.999Z');
  assert.equal(deadline('2026-09-28T02:00:00Z', 5), '2026-10-10T15:59:59.999Z');
});

test('45 working days across 春节 2026 (and 清明)', () => {
  // From Mon 02-02: Feb 3–13 (9) + Sat 14 (10) + Feb 24–27 (14) + Sat 28 (15) + March (37) + Apr 1–3 (40)
  // + Apr 7–10 (44) + Mon Apr 13 (45).
  assert.equal(deadline('2026-02-02T01:00:00Z', 45), '2026-04-13T15:59:59.999Z');
});

test('the same instant is a different local day in Asia/Shanghai than in UTC', () => {
  const instant = '2026-03-05T16:30:00Z'; // Thu 16:30 UTC = Fri 00:30 in Shanghai
  assert.equal(deadline(instant, 1, SH), '2026-03-09T15:59:59.999Z'); // Fri → Mon
  assert.equal(deadline(instant, 1, 'UTC'), '2026-03-06T23:59:59.999Z'); // Thu → Fri
  assert.equal(deadline('2026-03-05T15:59:59.999Z', 0, SH), '2026-03-05T15:59:59.999Z'); // still Thursday there
});

test('n = 0 is the end of the same local day, even on a holiday', () => {
  assert.equal(deadline('2026-03-05T03:00:00Z', 0), '2026-03-05T15:59:59.999Z');
  assert.equal(deadline('2026-10-02T03:00:00Z', 0), '2026-10-02T15:59:59.999Z');
});

test('a start on a holiday counts from the next working day', () => {
  assert.equal(deadline('2026-10-03T03:00:00Z', 1), '2026-10-08T15:59:59.999Z');
});

test('end of local day is exact in other zones, across DST', () => {
  // New York: DST starts 2026-03-08 02:00, ends 2026-11-01 02:00.
  assert.equal(deadline('2026-03-08T12:00:00Z', 0, 'America/New_York'), '2026-03-09T03:59:59.999Z');
  assert.equal(deadline('2026-03-06T12:00:00Z', 1, 'America/New_York'), '2026-03-10T03:59:59.999Z');
  assert.equal(deadline('2026-11-01T12:00:00Z', 0, 'America/New_York'), '2026-11-02T04:59:59.999Z');
  // Santiago: clocks jump from Sat 2026-09-05 24:00 to Sun 01:00, so Sunday has no midnight.
  assert.equal(deadline('2026-09-05T12:00:00Z', 0, 'America/Santiago'), '2026-09-06T03:59:59.999Z');
  assert.equal(deadline('2026-03-05T12:00:00Z', 0, 'Asia/Kolkata'), '2026-03-05T18:29:59.999Z');
  assert.equal(deadline('2026-03-05T08:00:00Z', 0, 'Pacific/Kiritimati'), '2026-03-05T09:59:59.999Z'); // UTC+14
  assert.equal(deadline('2026-03-05T12:00:00Z', 0, 'Pacific/Kiritimati'), '2026-03-06T09:59:59.999Z'); // already Fri
  assert.equal(deadline('2026-03-05T12:00:00Z', 0, 'Pacific/Pago_Pago'), '2026-03-06T10:59:59.999Z'); // UTC-11
});

test('uncovered years fall back to Mon–Fri', () => {
  assert.deepEqual(cal.years, [2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  assert.equal(cal.covers(2026), true);
  assert.equal(cal.covers(2030), false);
  assert.equal(cal.isWorkingDay('2030-01-01'), true); // Tuesday: no holiday data for 2030
  assert.equal(cal.isWorkingDay('2030-01-05'), false); // Saturday
  assert.equal(deadline('2030-01-04T03:00:00Z', 1), '2030-01-07T15:59:59.999Z'); // Fri → Mon
});

test('workingDaysBetween counts days after a up to and including b', () => {
  const wdb = (a: string, b: string, tz = SH) => cal.workingDaysBetween(at(a), at(b), tz);
  assert.equal(wdb('2026-09-28T02:00:00Z', '2026-10-13T02:00:00Z'), 7);
  assert.equal(wdb('2026-09-28T02:00:00Z', '2026-10-07T02:00:00Z'), 2);
  assert.equal(wdb('2026-03-05T02:00:00Z', '2026-03-05T15:00:00Z'), 0); // same local day
  assert.equal(wdb('2026-03-09T02:00:00Z', '2026-03-05T02:00:00Z'), 0); // b before a
  assert.equal(wdb('2026-03-05T02:00:00Z', '2026-03-05T16:30:00Z', SH), 1); // Fri already in Shanghai
  assert.equal(wdb('2026-03-05T02:00:00Z', '2026-03-05T16:30:00Z', 'UTC'), 0);
  // Consistent with addWorkingDays.
  const from = at('2026-02-02T01:00:00Z');
  assert.equal(cal.workingDaysBetween(from, cal.addWorkingDays(from, 45, SH), SH), 45);
});

test('bad arguments are refused', () => {
  assert.throws(() => cal.isWorkingDay('2026-02-30'), RangeError);
  assert.throws(() => cal.isWorkingDay('2026-2-3'), RangeError);
  assert.throws(() => cal.addWorkingDays(at('2026-03-05T00:00:00Z'), -1, SH), RangeError);
  assert.throws(() => cal.addWorkingDays(at('2026-03-05T00:00:00Z'), 1.5, SH), RangeError);
  assert.throws(() => cal.addWorkingDays(new Date(Number.NaN), 1, SH), RangeError);
  assert.throws(() => cal.addWorkingDays(at('2026-03-05T00:00:00Z'), 1, 'Mars/Olympus'), RangeError);
});

test('createCalendar works on data passed in', () => {
  const data: CalendarData = {
    years: { '2026': { holidays: [{ date: '2026-03-06', name: 'X' }], workdays: [{ date: '2026-03-07', name: 'Y' }] } },
  };
  const c = createCalendar(data);
  assert.equal(c.isWorkingDay('2026-03-06'), false);
  assert.equal(c.isWorkingDay('2026-03-07'), true);
  assert.equal(c.holidayName('2026-03-06'), 'X');
});

test('addWorkingDays(…, 45) is fast', () => {
  const from = at('2026-02-02T01:00:00Z');
  cal.addWorkingDays(from, 45, SH);
  const runs = 2000;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) cal.addWorkingDays(from, 45, SH);
  const perCallUs = ((performance.now() - t0) * 1000) / runs;
  assert.ok(perCallUs < 200, `${perCallUs.toFixed(1)} µs per call`);
});

// --- the data file ----------------------------------------------------------------------------------

const FESTIVALS = ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆'];

test('every covered year has all seven statutory festivals', () => {
  const data = JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8')) as CalendarData;
  for (const [year, { holidays }] of Object.entries(data.years)) {
    for (const festival of FESTIVALS) {
      assert.ok(
        holidays.some((h) => h.name.includes(festival)),
        `${year}: no holiday named ${festival}`,
      );
    }
  }
});

test('holiday day counts match the notices ("共N天")', () => {
  const data = JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8')) as CalendarData;
  const expected: Record<string, number> = {
    '2020': 1 + 7 + 3 + 3 + 5 + 3 + 8, // + 3 days of the 2020 春节 extension
    '2021': 3 + 7 + 3 + 5 + 3 + 3 + 7,
    '2022': 3 + 7 + 3 + 5 + 3 + 3 + 7,
    '2023': 3 + 7 + 1 + 5 + 3 + 8,
    '2024': 1 + 8 + 3 + 5 + 1 + 3 + 7,
    '2025': 1 + 8 + 3 + 5 + 3 + 8,
    '2026': 3 + 9 + 3 + 5 + 3 + 3 + 7,
  };
  const workdays: Record<string, number> = {
    '2020': 6,
    '2021': 7,
    '2022': 7,
    '2023': 7,
    '2024': 8,
    '2025': 5,
    '2026': 6,
  };
  for (const [year, y] of Object.entries(data.years)) {
    assert.equal(y.holidays.length, expected[year], `${year} holidays`);
    assert.equal(y.workdays.length, workdays[year], `${year} workdays`);
  }
});

// --- the loader ----------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'hejie-calendar-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function loadJson(content: unknown) {
  const file = join(dir, `cal-${fileNo++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return () => loadCalendar(file);
}
const year = (holidays: unknown[], workdays: unknown[] = []) => ({ years: { '2026': { holidays, workdays } } });

test('the loader accepts a good file given by path', () => {
  const c = loadJson(year([{ date: '2026-03-06', name: '测试' }], [{ date: '2026-03-07', name: '测试调休' }]))();
  assert.equal(c.isWorkingDay('2026-03-07'), true);
  assert.deepEqual(c.years, [2026]);
});

test('the loader rejects bad data, naming the entry', () => {
  assert.throws(loadJson('{ not json'), /not valid JSON/);
  assert.throws(() => loadCalendar(join(dir, 'missing.json')), /cannot read/);
  assert.throws(loadJson([]), /top level/);
  assert.throws(loadJson({ years: {} }), /"years" is empty/);
  assert.throws(loadJson({ years: { '26': { holidays: [], workdays: [] } } }), /years\.26: .*four-digit year/);
  assert.throws(loadJson({ years: { '2026': { holidays: [] } } }), /years\.2026\.workdays must be an array/);
  assert.throws(
    loadJson(year([{ date: '2026-1-1', name: '元旦' }])),
    /years\.2026\.holidays\[0\]\.date "2026-1-1" is not a valid/,
  );
  assert.throws(loadJson(year([{ date: '2026-02-30', name: '春节' }])), /holidays\[0\]\.date "2026-02-30"/);
  assert.throws(loadJson(year([{ date: '2026-01-01' }])), /holidays\[0\]\.name must be a non-empty string/);
  assert.throws(loadJson(year([{ date: '2029-01-01', name: '元旦' }])), /too far from the year 2026/);
  assert.throws(
    loadJson(year([{ date: '2026-01-03', name: '元旦' }], [{ date: '2026-01-03', name: '调休' }])),
    /years\.2026\.workdays\[0\]\.date 2026-01-03 cannot be both a holiday and a make-up workday.*holidays\[0\]/,
  );
  assert.throws(
    loadJson(
      year([
        { date: '2026-01-01', name: '元旦' },
        { date: '2026-01-01', name: '元旦' },
      ]),
    ),
    /holidays\[1\]\.date 2026-01-01 is listed twice/,
  );
  assert.throws(
    loadJson(year([], [{ date: '2026-01-05', name: '调休' }])),
    /workdays\[0\]\.date 2026-01-05 is a weekday/,
  );
});
