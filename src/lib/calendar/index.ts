export { DEFAULT_HOLIDAYS_FILE, loadCalendar, parseCalendarData } from './load-calendar.js';
export {
  type CalendarData,
  type CalendarEntry,
  type CalendarYear,
  createCalendar,
  utcOffsetMs,
  type WorkingDayCalendar,
} from './working-days.js';
