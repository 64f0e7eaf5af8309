// Deadlines of a rectification item: calendar arithmetic on yyyy-mm-dd strings (through domain/time.ts, which
// uses date-fns). "today" is always passed in.

import { addDays, addMonths as addCalendarMonths, daysBetween, isCalendarDate } from '../time';
import type { FieldErrors } from '../validation';

/** The deadlines the committee sets when it hands an item over (domain.md §4); all are settings. */
export interface RectificationSettings {
  /** 整改方案 due this many days after the issue date (commonly 15). */
  planDays: number;
  /** 整改报告 due this many calendar months after the issue date (commonly 3). */
  reportMonths: number;
  /** A deadline this many days away or closer (and not passed) is "due soon". */
  dueSoonDays: number;
}

export const DEFAULT_RECTIFICATION_SETTINGS: RectificationSettings = {
  planDays: 15,
  reportMonths: 3,
  dueSoonDays: 7,
};

export const RECTIFICATION_SETTING_LIMITS: Record<keyof RectificationSettings, [number, number]> = {
  planDays: [1, 365],
  reportMonths: [1, 36],
  dueSoonDays: [0, 90],
};

const SETTING_MESSAGES: Record<keyof RectificationSettings, (min: number, max: number) => string> = {
  planDays: (min, max) => `整改方案期限应为 ${min} 到 ${max} 之间的整数天`,
  reportMonths: (min, max) => `整改报告期限应为 ${min} 到 ${max} 之间的整数月`,
  dueSoonDays: (min, max) => `临期提醒天数应为 ${min} 到 ${max} 之间的整数`,
};

export function validateRectificationSettings(
  settings: RectificationSettings,
): FieldErrors<keyof RectificationSettings> {
  const errors: FieldErrors<keyof RectificationSettings> = {};
  for (const key of Object.keys(RECTIFICATION_SETTING_LIMITS) as (keyof RectificationSettings)[]) {
    const [min, max] = RECTIFICATION_SETTING_LIMITS[key];
    const value = settings[key];
    if (!Number.isInteger(value) || value < min || value > max) errors[key] = SETTING_MESSAGES[key](min, max);
  }
  return errors;
}

export { daysBetween, daysInMonth, isLeapYear } from '../time';

/** A real calendar date written yyyy-mm-dd (2026-02-29 is not one). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

/**
 * Adds calendar months; a day past the end of the target month is clamped to its last day:
 * 01-31 + 1 month = 02-28 (02-29 in a leap year), 11-30 + 3 months = 02-28/29, 2024-02-29 + 12 months = 2025-02-28.
 */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months ${months}`);
  return addCalendarMonths(iso, months);
}

/** Issue date + planDays (15 by default). */
export function planDueDate(issueDate: string, settings: RectificationSettings): string {
  return addDays(issueDate, settings.planDays);
}

/** Issue date + reportMonths calendar months (3 by default), clamped to the month end. */
export function reportDueDate(issueDate: string, settings: RectificationSettings): string {
  return addMonths(issueDate, settings.reportMonths);
}

export function dueDatesFor(
  issueDate: string,
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): { planDue: string; reportDue: string } {
  return { planDue: planDueDate(issueDate, settings), reportDue: reportDueDate(issueDate, settings) };
}

export type DueStateKind = 'overdue' | 'dueSoon' | 'ok';

export interface DueState {
  state: DueStateKind;
  /** Days from today to the deadline: 0 when due today, negative when overdue (-1: due yesterday). */
  daysLeft: number;
}

/** overdue: the deadline has passed. dueSoon: 0..dueSoonDays days left (due today included). ok: later. */
export function dueState(
  dueDate: string,
  today: string,
  dueSoonDays: number = DEFAULT_RECTIFICATION_SETTINGS.dueSoonDays,
): DueState {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= dueSoonDays ? 'dueSoon' : 'ok', daysLeft };
}

/** 还剩 3 天 / 今天到期 / 已逾期 2 天 */
export function describeDueState(due: DueState): string {
  if (due.daysLeft < 0) return `已逾期 ${-due.daysLeft} 天`;
  return due.daysLeft === 0 ? '今天到期' : `还剩 ${due.daysLeft} 天`;
}
