import { describe, expect, it } from 'vitest';
import { addDays, formatChineseDate, toIsoDate } from './dates';

describe('dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-29', 7)).toBe('2026-12-06');
    expect(addDays('2026-12-29', 3)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-11-29', -30)).toBe('2026-10-30');
  });

  it('formats dates without leading zeros', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
  });

  it('takes the local calendar date of an instant', () => {
    expect(toIsoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('soon', 1)).toThrow(RangeError);
  });
});
