// Deadlines of a rectification item: calendar arithmetic on yyyy-mm-dd strings. "today" is always passed in.

import { addDays } from '../time';
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

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, `month` 1..12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

function parts(iso: string): [number, number, number] {
  const result = parse(iso);
  if (!result) throw new RangeError(`not a date: ${iso}`);
  return result;
}

/** A real calendar date written yyyy-mm-dd (2026-02-29 is not one). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parse(value) !== null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Adds calendar months; a day past the end of the target month is clamped to its last day:
 * 01-31 + 1 month = 02-28 (02-29 in a leap year), 11-30 + 3 months = 02-28/29, 2024-02-29 + 12 months = 2025-02-28.
 */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months ${months}`);
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${targetYear}-${pad(targetMonth)}-${pad(targetDay)}`;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** Issue date + planDays (15 by default). */
export function planDueDate(issueDate: string, settings: RectificationSettings): string {
  parts(issueDate);
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
