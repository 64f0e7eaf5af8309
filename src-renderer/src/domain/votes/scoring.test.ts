import { describe, expect, it } from 'vitest';
import { provisionalCounts } from './provisional';
import { defaultRules } from './rules';
import { matchesName, scoringRaters, screenBallot, screenBallotSummary, type ScreenChoice } from './scoring';
import { DEFAULT_TIER_SETTINGS } from './tiers';

const person = (id: string, category: string, groups: string[] = []) => ({ id, name: id, category, groups });
const subjects = [
  { id: 's1', name: '县自然资源局' },
  { id: 's2', name: '县林业局' },
  { id: 's3', name: '县水利局' },
];

describe('scoringRaters', () => {
  it('takes the participants tagged with the group or of that category, else every participant', () => {
    const people = [
      person('a', '常委会组成人员'),
      person('b', '人大代表'),
      person('c', '工作人员', ['常委会组成人员']),
    ];
    expect(scoringRaters(people, '常委会组成人员').map((p) => p.id)).toEqual(['a', 'c']);
    expect(scoringRaters(people, '企业代表').map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds names by a part of them, spaces ignored', () => {
    expect(matchesName('罗志刚', '志 刚')).toBe(true);
    expect(matchesName('罗志刚', '')).toBe(true);
    expect(matchesName('罗志刚', '刘')).toBe(false);
  });
});

describe('screenBallot', () => {
  it('makes one tick per chosen subject and leaves 弃权 blank', () => {
    const choices: ScreenChoice[] = ['satisfied', 'blank', 'unsatisfied'];
    expect(screenBallot(choices, subjects, DEFAULT_TIER_SETTINGS)).toEqual({
      ballot: { form: 'tiers', marks: { s1: ['satisfied'], s3: ['unsatisfied'] } },
    });
    expect(screenBallotSummary(choices, DEFAULT_TIER_SETTINGS)).toBe('满意 1 个，不满意 1 个，弃权 1 个');
  });

  it('names the first subject without a choice, and refuses a tier the round does not have', () => {
    expect(screenBallot(['satisfied', null, null], subjects, DEFAULT_TIER_SETTINGS)).toEqual({
      index: 1,
      problem: '第 2 项“县林业局”还没有选择；不评价的请选“弃权”',
    });
    const outcome = screenBallot(['unknown', 'blank', 'blank'], subjects, DEFAULT_TIER_SETTINGS);
    expect(outcome).toEqual({ index: 0, problem: '“不了解”不是本轮测评票上的档次' });
  });
});

describe('provisionalCounts', () => {
  const rules = defaultRules();
  const counts = { members: { entitled: 5, present: 5, issued: 5, returned: 0 } };

  it('counts the ballots entered so far as returned while the round is open', () => {
    const round = { stage: 'open' as const, counts, entryModes: {}, rules };
    const ballots = [{ groupId: 'members' }, { groupId: 'members' }, { groupId: 'members' }];
    expect(provisionalCounts(round, ballots).members?.returned).toBe(3);
    expect(
      provisionalCounts({ ...round, entryModes: { members: 'totals' } }, ballots).members?.returned,
    ).toBe(0);
    expect(provisionalCounts({ ...round, stage: 'closed' }, ballots)).toBe(counts);
  });
});
