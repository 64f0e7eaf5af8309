import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { problemsOf, RoundActionError } from './roundActionError';

describe('RoundActionError', () => {
  it('is a DomainError whose message joins the reasons the checks gave', () => {
    const error = RoundActionError.refused(['第一条', '第二条']);
    expect(isDomainError(error, 'votes.refused')).toBe(true);
    expect(error.message).toBe('第一条；第二条');
    expect(error.problems).toEqual(['第一条', '第二条']);
    expect(error.voidRound).toBe(false);
  });

  it('says when the round is void', () => {
    const error = RoundActionError.refused(['收回 15 张，多于发出 14 张'], true);
    expect(error.code).toBe('votes.void');
    expect(error.voidRound).toBe(true);
  });

  it('takes fixed texts from the votes messages, with their parameters', () => {
    const error = new RoundActionError('votes.alreadyVoted', { name: '张三' });
    expect(error.message).toBe('张三已经投过票，每人只能投一次，本次提交未计入');
    expect(error.problems).toEqual([error.message]);
  });

  it('lists the reasons of any failure', () => {
    const fallback = (e: unknown) => (e instanceof Error ? e.message : '操作失败');
    expect(problemsOf(RoundActionError.refused(['甲；乙', '丙']), fallback)).toEqual(['甲；乙', '丙']);
    expect(problemsOf(new Error('甲；乙'), fallback)).toEqual(['甲', '乙']);
  });
});
