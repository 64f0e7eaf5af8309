// Time in the app has two representations, and only two (see architecture notes in README):
// - Instant: a moment, as milliseconds since the Unix epoch (what clock.now() returns, what the console's
//   log and every *At field store).
// - CalendarDate: a day on the local calendar, as 'yyyy-mm-dd' (deadlines, meeting dates, document dates).
// Calendar arithmetic goes through date-fns; nothing here reads the clock.
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
  format,
  getDaysInMonth,
  isLeapYear as isLeapYearFns,
  isExists,
  isValid,
  lastDayOfMonth,
  parse,
  set as setTime,
} from 'date-fns';

export type Instant = number;
export type CalendarDate = string;

const ISO = 'yyyy-MM-dd';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight of a real 'yyyy-mm-dd' day, or null. (date-fns' parse is 100x slower for this format.) */
function dayOf(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return isExists(year, month, day) ? new Date(year, month, day) : null;
}

function toDate(date: CalendarDate): Date {
  const day = dayOf(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  return day;
}

/** True for a real 'yyyy-mm-dd' day (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  return dayOf(value) !== null;
}

/** The instant of a local wall-clock time on a calendar day: 2026-12-03 at 09:30. */
export function instantAt(date: CalendarDate, hours: number, minutes = 0): Instant {
  return setTime(toDate(date), { hours, minutes, seconds: 0, milliseconds: 0 }).getTime();
}

/** The local date and time of an instant, to the minute: 2026-11-29 16:00. */
export function formatInstant(instant: Instant): string {
  return format(new Date(instant), 'yyyy-MM-dd HH:mm');
}

/** The local time of day of an instant, to the second: 09:30:05 (the console's wall clock). */
export function formatTimeOfDay(instant: Instant): string {
  return format(new Date(instant), 'HH:mm:ss');
}

export function isLeapYear(year: number): boolean {
  return isLeapYearFns(new Date(year, 0, 1));
}

/** Days in a month, `month` 1..12. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/** The local calendar day of an instant. */
export function toCalendarDate(instant: Instant): CalendarDate {
  return format(new Date(instant), ISO);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return format(addDaysFns(toDate(date), days), ISO);
}

/** Months later; a day past the month's end becomes its last day (1-31 + 1 month = 2-28 or 2-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return format(addMonthsFns(toDate(date), months), ISO);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 2026年12月3日: Arabic numerals without leading zeros, as GB/T 9704 writes dates. */
export function formatChineseDate(date: CalendarDate): string {
  const d = toDate(date);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** The year of a calendar date. */
export function yearOf(date: CalendarDate): number {
  return toDate(date).getFullYear();
}

/** The ways a day is written in a cell: 2027-06-30, 2027/6/30, 2027.6.30, 2027年6月30日. */
const DAY_FORMATS = ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d', 'yyyy年M月d日'];
/** A month alone means its last day (计划完成时间 2027年6月: by the end of June). */
const MONTH_FORMATS = ['yyyy-M', 'yyyy/M', 'yyyy.M', 'yyyy年M月', 'yyyy年M月底'];

/** A day as people write it in a spreadsheet cell, or null when it is not one (2027-02-30 is not). */
export function parseDateText(text: string): CalendarDate | null {
  const value = text.replace(/\s+/g, '');
  if (!/^\d{4}/.test(value)) return null;
  const reference = new Date(2000, 0, 1);
  for (const pattern of DAY_FORMATS) {
    const day = parse(value, pattern, reference);
    if (isValid(day)) return format(day, ISO);
  }
  for (const pattern of MONTH_FORMATS) {
    const month = parse(value, pattern, reference);
    if (isValid(month)) return format(lastDayOfMonth(month), ISO);
  }
  return null;
}
