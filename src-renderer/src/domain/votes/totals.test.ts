import { describe, expect, it } from 'vitest';
import { defaultRules } from './rules';
import { tally } from './tally';
import { counts, paperBallots, tierBallot, unitA, unitB, workedExample } from '../testing/votesFixtures';
import { checkTotals, emptyTotals, totalsFromBallots, type GroupTotals } from './totals';

const workedTotals: GroupTotals = {
  groupId: 'members',
  wholeVoid: 0,
  subjects: { [unitA.id]: { tiers: { satisfied: 8, basic: 3, unsatisfied: 1 }, abstain: 1, void: 0 } },
};

describe('hand-counted totals', () => {
  it('are what a teller counts from the ballots', () => {
    const totals = totalsFromBallots('members', workedExample().ballots, [unitA]);
    expect(totals).toEqual(workedTotals);
  });

  it('count abstentions, double marks and wholly void ballots apart', () => {
    const ballots = [
      tierBallot('1', 'members', { [unitA.id]: ['satisfied', 'basic'], [unitB.id]: 'basic' }),
      tierBallot('2', 'members', { [unitA.id]: 'satisfied' }),
      tierBallot('3', 'members', { [unitA.id]: 'satisfied' }, true),
      tierBallot('4', 'deputies', { [unitA.id]: 'unsatisfied' }),
    ];
    expect(totalsFromBallots('members', ballots, [unitA, unitB])).toEqual({
      groupId: 'members',
      wholeVoid: 1,
      subjects: {
        [unitA.id]: { tiers: { satisfied: 1 }, abstain: 0, void: 1 },
        [unitB.id]: { tiers: { basic: 1 }, abstain: 1, void: 0 },
      },
    });
  });

  it('must add up to the returned ballots minus the wholly void ones, per subject', () => {
    const rules = defaultRules();
    expect(checkTotals(workedTotals, 13, rules, [unitA])).toEqual([]);
    expect(checkTotals({ ...workedTotals, wholeVoid: 1 }, 13, rules, [unitA], '人大代表：')).toEqual([
      '人大代表：“单位甲”：各档次票数、弃权票和无效票合计 13 张，应为 12 张（收回 13 张，减去废票 1 张）',
    ]);
    expect(checkTotals(emptyTotals('members', [unitA]), 2, rules, [unitA])).toEqual([
      '“单位甲”：各档次票数、弃权票和无效票合计 0 张，应为 2 张（收回 2 张，减去废票 0 张）',
    ]);
    expect(checkTotals({ ...workedTotals, wholeVoid: 14 }, 13, rules, [unitA])[0]).toBe(
      '废票 14 张，多于收回的 13 张',
    );
  });

  it('refuses negative or fractional counts and tiers not on the ballot', () => {
    const bad: GroupTotals = {
      groupId: 'members',
      wholeVoid: 0,
      subjects: {
        [unitA.id]: { tiers: { satisfied: 8, basic: -1 }, abstain: 0, void: 0 },
        [unitB.id]: { tiers: { satisfied: 1, fairly: 1 }, abstain: 0, void: 0 },
      },
    };
    expect(checkTotals(bad, 2, defaultRules(), [unitA, unitB])).toEqual([
      '“单位甲”的基本满意票数应为 0 或正整数',
      '“单位乙”：“比较满意”不是本轮测评票上的档次',
    ]);
  });

  it('give the same result as entering the same votes as ballots', () => {
    const byBallots = tally(workedExample());
    const byTotals = tally({ ...workedExample(), ballots: [], totals: [workedTotals] });
    expect(byTotals.status).toBe('counted');
    expect(byTotals.subjects).toEqual(byBallots.subjects);
    expect(byTotals.groups[0]).toMatchObject({ entry: 'totals', entered: 13, wholeVoid: 0, ballots: 13 });
  });

  it('give the same result with two subjects, double marks and a void ballot', () => {
    const ballots = [
      ...paperBallots('members', [
        [4, { [unitA.id]: 'satisfied', [unitB.id]: 'basic' }],
        [2, { [unitA.id]: ['satisfied', 'unsatisfied'], [unitB.id]: 'unsatisfied' }],
        [1, { [unitA.id]: null, [unitB.id]: 'satisfied' }],
      ]),
      tierBallot('torn', 'members', {}, true),
    ];
    const base = {
      ...workedExample(),
      subjects: [unitA, unitB],
      counts: { members: counts(9, 8, 8, 8) },
      ballots: [],
    };
    const byBallots = tally({ ...base, ballots });
    const byTotals = tally({ ...base, totals: [totalsFromBallots('members', ballots, base.subjects)] });
    expect(byBallots.status).toBe('counted');
    expect(byTotals.subjects).toEqual(byBallots.subjects);
  });

  it('are refused for score sheets', () => {
    const rules = defaultRules('scoreSheet');
    const result = tally({ ...workedExample(rules), ballots: [], totals: [workedTotals] });
    expect(result.problems).toContain('评分表只能逐张录入，不能录入汇总数');
  });
});
