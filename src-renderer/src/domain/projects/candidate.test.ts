import { describe, expect, it } from 'vitest';
import { formatBudgetWan, normalizeCandidate, validateCandidate, type CandidateInput } from './candidate';

const good: CandidateInput = {
  name: '城区老旧小区改造',
  unitId: 'u1',
  budgetWan: 1200,
  description: '改造 12 个小区的管网和路面',
  plannedCompletion: '2027-10-31',
};

describe('a candidate project', () => {
  it('is valid with a name, a unit, a budget in 万元 and a date', () => {
    expect(validateCandidate(good)).toEqual({});
    expect(validateCandidate({ ...good, budgetWan: null, plannedCompletion: null, description: '' })).toEqual(
      {},
    );
  });
  it('says what is wrong, in Chinese, field by field', () => {
    expect(validateCandidate({ ...good, name: '', unitId: '' })).toEqual({
      name: '请填写项目名称',
      unitId: '请选择承办单位',
    });
    expect(validateCandidate({ ...good, budgetWan: -1 }).budgetWan).toBe('预算应为 0 或正数（单位：万元）');
    expect(validateCandidate({ ...good, budgetWan: 12.345 }).budgetWan).toBe(
      '预算最多保留两位小数（单位：万元）',
    );
    expect(validateCandidate({ ...good, budgetWan: 12_000_000 }).budgetWan).toMatch(/请检查单位是否为万元/);
    expect(validateCandidate({ ...good, plannedCompletion: '2027-02-30' }).plannedCompletion).toBe(
      '计划完成时间不是有效的日期',
    );
  });
  it('cleans names of invisible characters and folds spaces', () => {
    expect(normalizeCandidate({ ...good, name: ' 城区\u200b老旧小区  改造 ' }).name).toBe(
      '城区老旧小区 改造',
    );
  });
  it('prints budgets with decimals only when they have them', () => {
    expect(formatBudgetWan(1200)).toBe('1200');
    expect(formatBudgetWan(85.5)).toBe('85.50');
    expect(formatBudgetWan(null)).toBe('');
  });
});
