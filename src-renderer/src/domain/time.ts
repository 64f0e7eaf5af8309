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
  isValid,
  parse,
} from 'date-fns';

export type Instant = number;
export type CalendarDate = string;

const ISO = 'yyyy-MM-dd';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(date: CalendarDate): Date {
  const parsed = ISO_DATE.test(date) ? parse(date, ISO, new Date(2000, 0, 1)) : new Date(Number.NaN);
  if (!isValid(parsed)) throw new RangeError(`not a date: ${date}`);
  return parsed;
}

/** True for a real 'yyyy-mm-dd' day (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parse(value, ISO, new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, ISO) === value;
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
