// A candidate project (候选项目) of a 民生实事项目票决: what the deputies read on the ballot.
import type { CalendarDate } from '../time';
import { isCalendarDate } from '../time';
import { cleanText, MAX_NAME_LENGTH, type FieldErrors } from '../validation';

export interface ProjectCandidate {
  id: string;
  /** 1-based position on the ballot. */
  order: number;
  /** 项目名称 */
  name: string;
  /** 承办单位: the unit that would carry it out, from the unit directory. */
  unitId: string;
  /** 预算（万元）, to the hundredth (百元); null when not given. */
  budgetWan: number | null;
  /** 项目简介 */
  description: string;
  /** 计划完成时间 */
  plannedCompletion: CalendarDate | null;
}

export type CandidateInput = Omit<ProjectCandidate, 'id' | 'order'>;
export type CandidateField = keyof CandidateInput;

export const MAX_PROJECT_NAME_LENGTH = MAX_NAME_LENGTH;
export const MAX_DESCRIPTION_LENGTH = 500;
/** A county's largest single livelihood project stays far below this; a larger figure is a typo (元 for 万元). */
export const MAX_BUDGET_WAN = 1_000_000;

export function normalizeCandidate<T extends CandidateInput>(input: T): T {
  return { ...input, name: cleanText(input.name), description: cleanText(input.description) };
}

function hundredths(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

export function validateCandidate(input: CandidateInput): FieldErrors<CandidateField> {
  const errors: FieldErrors<CandidateField> = {};
  if (input.name.length === 0) errors.name = '请填写项目名称';
  else if (input.name.length > MAX_PROJECT_NAME_LENGTH) {
    errors.name = `项目名称不能超过 ${MAX_PROJECT_NAME_LENGTH} 个字`;
  }
  if (input.unitId.length === 0) errors.unitId = '请选择承办单位';
  const budget = input.budgetWan;
  if (budget !== null) {
    if (!Number.isFinite(budget) || budget < 0) errors.budgetWan = '预算应为 0 或正数（单位：万元）';
    else if (!hundredths(budget)) errors.budgetWan = '预算最多保留两位小数（单位：万元）';
    else if (budget > MAX_BUDGET_WAN)
      errors.budgetWan = `预算超过 ${MAX_BUDGET_WAN} 万元，请检查单位是否为万元`;
  }
  if (input.description.length > MAX_DESCRIPTION_LENGTH) {
    errors.description = `项目简介不能超过 ${MAX_DESCRIPTION_LENGTH} 个字`;
  }
  if (input.plannedCompletion !== null && !isCalendarDate(input.plannedCompletion)) {
    errors.plannedCompletion = '计划完成时间不是有效的日期';
  }
  return errors;
}

/** 1200 → "1200", 85.5 → "85.50": budgets print with two decimals only when they have them. */
export function formatBudgetWan(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** Same name, ignoring white space: a list must not carry one project twice. */
export function candidateKey(name: string): string {
  return cleanText(name).replace(/\s+/g, '');
}
