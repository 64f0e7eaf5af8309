import { describe, expect, it } from 'vitest';
import { checkGroupCounts, checkRound } from './round';
import { defaultRules } from './rules';
import { tally } from './tally';
import { copies, counts, tierBallot, unitA, workedExample } from '../testing/votesFixtures';

describe('round validity', () => {
  it('accepts the worked example', () => {
    expect(checkGroupCounts(counts(15, 13, 13, 13), true)).toEqual({ status: 'ok', problems: [] });
  });

  it('voids a round with more ballots returned than issued', () => {
    expect(checkGroupCounts(counts(15, 13, 13, 14), true)).toEqual({
      status: 'void',
      problems: ['收回 14 张，多于发出的 13 张，本轮测评无效，应重新测评'],
    });
  });

  it('holds no vote without a quorum: present must be more than half of entitled', () => {
    expect(checkGroupCounts(counts(15, 8, 8, 8), true).status).toBe('ok');
    expect(checkGroupCounts(counts(14, 7, 7, 7), true)).toEqual({
      status: 'noQuorum',
      problems: ['实到 7 人，未超过应到 14 人的半数，不能进行测评'],
    });
    expect(checkGroupCounts(counts(14, 7, 7, 7), false).status).toBe('ok');
  });

  it('refuses impossible counts', () => {
    expect(checkGroupCounts(counts(13, 14, 14, 14), true).problems).toEqual([
      '实到 14 人，不能多于应到 13 人',
    ]);
    expect(checkGroupCounts(counts(15, 13, 14, 13), true).problems).toEqual([
      '发出 14 张，不能多于实到 13 人',
    ]);
    expect(checkGroupCounts(counts(15, 13, 13, 1.5), true)).toEqual({
      status: 'invalid',
      problems: ['收回票数应为 0 或正整数'],
    });
  });

  it('names the group when a round has several', () => {
    const rules = {
      ...defaultRules(),
      groups: [
        { id: 'members', name: '常委会组成人员', weight: 0.6 },
        { id: 'deputies', name: '人大代表', weight: 0.4 },
      ],
    };
    expect(checkRound(rules, { members: counts(15, 13, 13, 13) })).toEqual({
      status: 'invalid',
      problems: ['缺少“人大代表”的应到、实到、发出和收回数'],
    });
    expect(checkRound(rules, { members: counts(15, 13, 13, 13), deputies: counts(20, 9, 9, 9) })).toEqual({
      status: 'noQuorum',
      problems: ['人大代表：实到 9 人，未超过应到 20 人的半数，不能进行测评'],
    });
  });
});

describe('tally status', () => {
  it('counts nothing in a void round', () => {
    const result = tally({ ...workedExample(), counts: { members: counts(15, 13, 13, 14) } });
    expect(result.status).toBe('void');
    expect(result.subjects).toEqual([]);
    expect(result.problems).toEqual(['收回 14 张，多于发出的 13 张，本轮测评无效，应重新测评']);
  });

  it('counts nothing without a quorum', () => {
    const result = tally({ ...workedExample(), counts: { members: counts(15, 7, 7, 7) } });
    expect(result.status).toBe('noQuorum');
    expect(result.subjects).toEqual([]);
  });

  it('is provisional while ballots are missing', () => {
    const input = workedExample();
    const result = tally({ ...input, ballots: input.ballots.slice(0, 10) });
    expect(result.status).toBe('incomplete');
    expect(result.problems).toEqual(['收回 13 张，已录入 10 张，还有 3 张未录入']);
    expect(result.subjects[0]?.groups[0]?.valid).toBe(10);
  });

  it('refuses more ballots than returned, foreign tiers and mixed entry', () => {
    const input = workedExample();
    const extra = tierBallot('x', 'members', { [unitA.id]: 'satisfied' });
    expect(tally({ ...input, ballots: [...input.ballots, extra] }).problems).toEqual([
      '已录入 14 张，多于收回的 13 张',
    ]);
    const fairly = tierBallot('f', 'members', { [unitA.id]: 'fairly' });
    expect(tally({ ...input, ballots: [...input.ballots.slice(1), fairly] }).problems).toEqual([
      '“比较满意”不是本轮测评票上的档次',
    ]);
    const mixed = tally({
      ...input,
      ballots: copies(1, 'members', { [unitA.id]: 'satisfied' }),
      totals: [{ groupId: 'members', wholeVoid: 0, subjects: {} }],
    });
    expect(mixed.status).toBe('invalid');
    expect(mixed.problems).toContain('既录入了测评票又录入了汇总数，只能选择一种方式');
  });

  it('refuses invalid rules with their messages', () => {
    const result = tally(workedExample({ ...defaultRules(), bottomN: -1 }));
    expect(result).toMatchObject({ status: 'invalid', problems: ['排名靠后的个数应为 0 或正整数'] });
  });
});
