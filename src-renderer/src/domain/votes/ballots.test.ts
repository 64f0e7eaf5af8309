import { describe, expect, it } from 'vitest';
import {
  countTierMark,
  emptyBallot,
  setPoints,
  summarizeBallot,
  tierMarkLabel,
  toggleTier,
  validateBallot,
  type Ballot,
} from './ballots';
import { defaultRules, DEFAULT_CRITERIA } from './rules';
import { tierBallot, unitA, unitB } from '../testing/votesFixtures';

describe('a tier mark', () => {
  it('counts one tick, abstains on none, is void on several', () => {
    expect(countTierMark(['basic'])).toEqual({ kind: 'tier', tier: 'basic' });
    expect(countTierMark(undefined)).toEqual({ kind: 'abstain' });
    expect(countTierMark([])).toEqual({ kind: 'abstain' });
    expect(countTierMark(['satisfied', 'unsatisfied'])).toEqual({ kind: 'void' });
    expect(countTierMark(['satisfied', 'satisfied'])).toEqual({ kind: 'tier', tier: 'satisfied' });
  });

  it('has a Chinese label for the entry screen', () => {
    expect(tierMarkLabel({ kind: 'tier', tier: 'basic' })).toBe('基本满意');
    expect(tierMarkLabel({ kind: 'abstain' })).toBe('弃权');
    expect(tierMarkLabel({ kind: 'void' })).toBe('无效（多选）');
  });
});

describe('entering a paper ballot', () => {
  it('records every tick seen, in ballot order, and unticks on a second click', () => {
    let ballot = emptyBallot('tiers', 'id-1', 'members');
    ballot = toggleTier(ballot, unitA.id, 'unsatisfied');
    ballot = toggleTier(ballot, unitA.id, 'satisfied');
    expect(ballot.marks[unitA.id]).toEqual(['satisfied', 'unsatisfied']);
    expect(countTierMark(ballot.marks[unitA.id]).kind).toBe('void');
    ballot = toggleTier(ballot, unitA.id, 'unsatisfied');
    expect(ballot.marks[unitA.id]).toEqual(['satisfied']);
  });

  it('summarizes how the subjects count, and counts nothing on a wholly void ballot', () => {
    const ballot = tierBallot('1', 'members', { [unitA.id]: ['satisfied', 'basic'] });
    expect(summarizeBallot(ballot, [unitA, unitB], [])).toEqual({ counted: 0, abstain: 1, void: 1 });
    expect(summarizeBallot({ ...ballot, wholeVoid: true }, [unitA, unitB], [])).toEqual({
      counted: 0,
      abstain: 0,
      void: 0,
    });
  });

  it('writes and clears points on a score sheet', () => {
    let ballot = emptyBallot('scoreSheet', 'id-2', 'members');
    for (const criterion of DEFAULT_CRITERIA) ballot = setPoints(ballot, unitA.id, criterion.id, 20);
    expect(summarizeBallot(ballot, [unitA, unitB], DEFAULT_CRITERIA)).toEqual({
      counted: 1,
      abstain: 1,
      void: 0,
    });
    ballot = setPoints(ballot, unitA.id, 'c1', null);
    expect(summarizeBallot(ballot, [unitA], DEFAULT_CRITERIA)).toEqual({ counted: 0, abstain: 0, void: 1 });
  });
});

describe('validating an entered ballot', () => {
  const rules = defaultRules();

  it('accepts what paper can show, double ticks included', () => {
    const ballot = tierBallot('1', 'members', { [unitA.id]: ['satisfied', 'basic'] });
    expect(validateBallot(ballot, rules, [unitA])).toEqual([]);
  });

  it('refuses unknown groups, subjects, tiers and forms', () => {
    const ballot = tierBallot('1', 'nobody', { [unitB.id]: 'unknown' });
    expect(validateBallot(ballot, rules, [unitA])).toEqual([
      '测评票所属的测评组不存在',
      '测评票中有不属于本轮的测评对象',
      '“不了解”不是本轮测评票上的档次',
    ]);
    expect(validateBallot(ballot, defaultRules('scoreSheet'), [unitA])).toEqual([
      '测评票的形式与本轮测评形式不一致',
    ]);
  });

  it('refuses unknown criteria and points that are not numbers, but not points out of range', () => {
    const sheet: Ballot = {
      form: 'scoreSheet',
      id: '1',
      groupId: 'members',
      wholeVoid: false,
      marks: { [unitA.id]: { c1: Number.NaN, c9: 3, c2: 30 } },
    };
    expect(validateBallot(sheet, defaultRules('scoreSheet'), [unitA])).toEqual([
      '评分表中有不存在的评分项目',
      '评分必须是数字',
    ]);
  });
});
