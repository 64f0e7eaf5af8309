import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatChineseDate,
  isCalendarDate,
  toCalendarDate,
  yearOf,
  parseDateText,
} from './time';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-15', 3)).toBe('2026-11-15');
  });

  it('counts days between, negative when earlier, across a year', () => {
    expect(daysBetween('2026-12-25', '2027-01-01')).toBe(7);
    expect(daysBetween('2027-01-01', '2026-12-25')).toBe(-7);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });

  it('writes dates the GB/T 9704 way and checks real days', () => {
    expect(formatChineseDate('2026-12-03')).toBe('2026年12月3日');
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });

  it('takes the local day of an instant', () => {
    expect(toCalendarDate(new Date(2026, 11, 31, 23, 59).getTime())).toBe('2026-12-31');
  });
});

describe('parseDateText', () => {
  it('reads the usual ways of writing a day, and a month as its last day', () => {
    expect(parseDateText('2027-06-30')).toBe('2027-06-30');
    expect(parseDateText('2027/6/3')).toBe('2027-06-03');
    expect(parseDateText('2027.6.3')).toBe('2027-06-03');
    expect(parseDateText('2027年6月30日')).toBe('2027-06-30');
    expect(parseDateText(' 2027年 6月 ')).toBe('2027-06-30');
    expect(parseDateText('2028年2月')).toBe('2028-02-29');
    expect(parseDateText('2027年2月底')).toBe('2027-02-28');
  });
  it('refuses what is not a day', () => {
    for (const text of ['2027-02-30', '2027年13月', '明年六月', '', '6/30/2027', '2027-06-30x']) {
      expect(parseDateText(text)).toBeNull();
    }
  });
});
