import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import {
  addMonths,
  daysBetween,
  daysInMonth,
  DEFAULT_RECTIFICATION_SETTINGS,
  describeDueState,
  dueDatesFor,
  dueState,
  isIsoDate,
  isLeapYear,
  validateRectificationSettings,
} from './dueDates';

describe('calendar', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('accepts only real yyyy-mm-dd dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '', null, 20260105].some(isIsoDate)).toBe(
      false,
    );
  });
});

describe('addMonths clamps to the month end', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-03-31', 3, '2026-06-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-10-15', 3, '2027-01-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', 0, '2026-01-15'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it('always gives a real date in the right month, never past the original day', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.nat(30) })
      .map(
        ({ y, m, d }) =>
          `${y}-${String(m).padStart(2, '0')}-${String(1 + (d % daysInMonth(y, m))).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(date, fc.integer({ min: -48, max: 48 }), (iso, months) => {
        const result = addMonths(iso, months);
        expect(isIsoDate(result)).toBe(true);
        const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(monthIndex(result) - monthIndex(iso)).toBe(months);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(iso.slice(8)));
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days, across a leap day and a year end', () => {
    expect(daysBetween('2026-05-01', '2026-05-01')).toBe(0);
    expect(daysBetween('2026-05-01', '2026-05-08')).toBe(7);
    expect(daysBetween('2026-05-08', '2026-05-01')).toBe(-7);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('is the inverse of addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (days) => {
        expect(daysBetween('2026-03-29', addDays('2026-03-29', days))).toBe(days);
      }),
    );
  });
});

describe('deadlines from the issue date', () => {
  it('defaults to +15 days for the plan and +3 months for the report', () => {
    expect(DEFAULT_RECTIFICATION_SETTINGS).toEqual({ planDays: 15, reportMonths: 3, dueSoonDays: 7 });
    expect(dueDatesFor('2026-03-10')).toEqual({ planDue: '2026-03-25', reportDue: '2026-06-10' });
    expect(dueDatesFor('2026-01-31')).toEqual({ planDue: '2026-02-15', reportDue: '2026-04-30' });
    expect(dueDatesFor('2027-11-30')).toEqual({ planDue: '2027-12-15', reportDue: '2028-02-29' });
    expect(dueDatesFor('2026-12-20')).toEqual({ planDue: '2027-01-04', reportDue: '2027-03-20' });
  });

  it('follows the settings', () => {
    expect(dueDatesFor('2026-03-10', { planDays: 30, reportMonths: 6, dueSoonDays: 7 })).toEqual({
      planDue: '2026-04-09',
      reportDue: '2026-09-10',
    });
  });

  it('validates the settings', () => {
    expect(validateRectificationSettings(DEFAULT_RECTIFICATION_SETTINGS)).toEqual({});
    expect(validateRectificationSettings({ planDays: 0, reportMonths: 2.5, dueSoonDays: -1 })).toEqual({
      planDays: '整改方案期限应为 1 到 365 之间的整数天',
      reportMonths: '整改报告期限应为 1 到 36 之间的整数月',
      dueSoonDays: '临期提醒天数应为 0 到 90 之间的整数',
    });
  });
});

describe('dueState at its boundaries', () => {
  const due = '2026-05-10';
  it.each([
    ['2026-05-02', 'ok', 8, '还剩 8 天'],
    ['2026-05-03', 'dueSoon', 7, '还剩 7 天'],
    ['2026-05-09', 'dueSoon', 1, '还剩 1 天'],
    ['2026-05-10', 'dueSoon', 0, '今天到期'],
    ['2026-05-11', 'overdue', -1, '已逾期 1 天'],
    ['2026-06-10', 'overdue', -31, '已逾期 31 天'],
  ])('today %s: %s, %i days left', (today, state, daysLeft, text) => {
    const result = dueState(due, today);
    expect(result).toEqual({ state, daysLeft });
    expect(describeDueState(result)).toBe(text);
  });

  it('uses the due-soon window of the settings', () => {
    expect(dueState(due, '2026-05-07', 3).state).toBe('dueSoon');
    expect(dueState(due, '2026-05-06', 3).state).toBe('ok');
    expect(dueState(due, '2026-05-10', 0).state).toBe('dueSoon');
  });

  it('counts across a month end and a leap day', () => {
    expect(dueState('2028-03-01', '2028-02-28')).toEqual({ state: 'dueSoon', daysLeft: 2 });
    expect(dueState('2028-02-29', '2028-03-01')).toEqual({ state: 'overdue', daysLeft: -1 });
  });
});
