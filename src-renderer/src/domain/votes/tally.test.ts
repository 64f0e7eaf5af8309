import { describe, expect, it } from 'vitest';
import { frac } from './fraction';
import { defaultRules, type Denominator, type RoundRules } from './rules';
import { tally } from './tally';
import { counts, paperBallots, tierBallot, unitA, unitB, workedExample } from '../testing/votesFixtures';
import type { RoundResult } from './result';

function subjectA(result: RoundResult) {
  const subject = result.subjects.find((item) => item.subjectId === unitA.id);
  const group = subject?.groups[0];
  if (!subject || !group) throw new Error('unit A missing');
  return { subject, group };
}

function rules(change: Partial<RoundRules>): RoundRules {
  return { ...defaultRules(), ...change };
}

describe('the worked example of domain.md §3', () => {
  const result = tally(workedExample());
  const { subject, group } = subjectA(result);

  it('is counted', () => {
    expect(result.status).toBe('counted');
    expect(result.problems).toEqual([]);
    expect(result.groups[0]).toMatchObject({ entry: 'ballots', entered: 13, wholeVoid: 0, ballots: 13 });
  });

  it('counts 8 / 3 / 1, one abstention, 12 valid', () => {
    expect(group.tierCounts).toEqual({ satisfied: 8, fairly: 0, basic: 3, unsatisfied: 1, unknown: 0 });
    expect(group).toMatchObject({ abstain: 1, void: 0, valid: 12, denominator: 12 });
  });

  it('has rate 11/12, satisfied rate 8/12 and score 980/12', () => {
    expect(group.satisfactionRate).toEqual(frac(11, 12));
    expect(group.satisfactionRate?.value).toBeCloseTo(0.9166667, 6);
    expect(group.satisfiedRate).toEqual(frac(2, 3));
    expect(group.score).toEqual(frac(245, 3));
    expect(group.score?.value).toBeCloseTo(81.6667, 4);
  });

  it('is 满意 with the outcome denominator 应到 15, since 8 > 7.5', () => {
    expect(group.outcomeDenominator).toBe(15);
    expect(group.outcome).toBe('satisfied');
    expect(subject.outcome).toBe('satisfied');
  });

  it('has the same composite with one group, and ranks it first, unflagged (one subject is no bottom 3)', () => {
    expect(subject.score).toEqual(frac(245, 3));
    expect(subject.satisfactionRate).toEqual(frac(11, 12));
    expect(subject.weights).toEqual({ members: frac(1) });
    expect(subject).toMatchObject({ rank: 1, bottom: false, satisfiedVotes: 8, unsatisfiedVotes: 1 });
    expect(subject.notes).toEqual([]);
  });
});

describe('denominators on the same ballots (15 entitled, 14 present, 14 issued, 13 returned)', () => {
  const cases: [Denominator, number, [number, number], [number, number]][] = [
    ['valid', 12, [11, 12], [245, 3]],
    ['returned', 13, [11, 13], [980, 13]],
    ['present', 14, [11, 14], [70, 1]],
    ['entitled', 15, [11, 15], [196, 3]],
  ];
  it.each(cases)('%s: denominator %i', (denominator, value, [rn, rd], [sn, sd]) => {
    const input = { ...workedExample(rules({ denominator })), counts: { members: counts(15, 14, 14, 13) } };
    const { group } = subjectA(tally(input));
    expect(group.denominator).toBe(value);
    expect(group.satisfactionRate).toEqual(frac(rn, rd));
    expect(group.satisfiedRate).toEqual(frac(8, value));
    expect(group.score).toEqual(frac(sn, sd));
  });
});

describe('outcome (等次)', () => {
  function outcomeOf(satisfied: number, basic: number, entitled: number) {
    const returned = satisfied + basic + 1;
    const input = {
      ...workedExample(),
      counts: { members: counts(entitled, returned, returned, returned) },
      ballots: paperBallots('members', [
        [satisfied, { [unitA.id]: 'satisfied' }],
        [basic, { [unitA.id]: 'basic' }],
        [1, { [unitA.id]: 'unsatisfied' }],
      ]),
    };
    return subjectA(tally(input)).group.outcome;
  }

  it('needs more than half of 应到, not half', () => {
    expect(outcomeOf(8, 3, 15)).toBe('satisfied');
    expect(outcomeOf(8, 3, 16)).toBe('basic');
    expect(outcomeOf(7, 5, 15)).toBe('basic');
    expect(outcomeOf(3, 4, 15)).toBe('unsatisfied');
  });

  it('is not determined when the rules switch it off', () => {
    const { group, subject } = subjectA(tally(workedExample(rules({ outcomeDenominator: null }))));
    expect(group.outcome).toBeNull();
    expect(subject.outcome).toBeNull();
  });
});

describe('four tiers', () => {
  const fourTiers = rules({
    tiers: {
      scheme: 'four',
      weights: { satisfied: 100, fairly: 80, basic: 60, unsatisfied: 0 },
      allowUnknown: false,
    },
  });
  const input = {
    ...workedExample(fourTiers),
    counts: { members: counts(15, 12, 12, 12) },
    ballots: paperBallots('members', [
      [5, { [unitA.id]: 'satisfied' }],
      [4, { [unitA.id]: 'fairly' }],
      [2, { [unitA.id]: 'basic' }],
      [1, { [unitA.id]: 'unsatisfied' }],
    ]),
  };
  const { group } = subjectA(tally(input));

  it('counts 满意 + 比较满意 + 基本满意 as satisfied, and scores 比较满意 at 80', () => {
    expect(group.valid).toBe(12);
    expect(group.satisfactionRate).toEqual(frac(11, 12));
    expect(group.satisfiedRate).toEqual(frac(5, 12));
    expect(group.score).toEqual(frac(940, 12));
  });

  it('reaches 比较满意 when 满意 + 比较满意 is more than half of 应到 (9 > 7.5, 5 ≤ 7.5)', () => {
    expect(group.outcome).toBe('fairly');
  });
});

describe('不了解 is neither scored nor in the denominator', () => {
  const withUnknown = (denominator: Denominator) => ({
    ...workedExample(rules({ denominator, tiers: { ...defaultRules().tiers, allowUnknown: true } })),
    ballots: paperBallots('members', [
      [6, { [unitA.id]: 'satisfied' }],
      [3, { [unitA.id]: 'basic' }],
      [1, { [unitA.id]: 'unsatisfied' }],
      [2, { [unitA.id]: 'unknown' }],
      [1, { [unitA.id]: null }],
    ]),
  });

  it('with 有效: 9/10 and 78', () => {
    const { group } = subjectA(tally(withUnknown('valid')));
    expect(group).toMatchObject({ valid: 10, unknown: 2, abstain: 1, denominator: 10 });
    expect(group.satisfactionRate).toEqual(frac(9, 10));
    expect(group.score).toEqual(frac(78));
  });

  it('with 应到: 15 − 2 = 13, so 9/13 and 60; outcome over 13: 6 ≤ 6.5, 9 > 6.5 → 基本满意', () => {
    const { group } = subjectA(tally(withUnknown('entitled')));
    expect(group.denominator).toBe(13);
    expect(group.satisfactionRate).toEqual(frac(9, 13));
    expect(group.score).toEqual(frac(60));
    expect(group.outcomeDenominator).toBe(13);
    expect(group.outcome).toBe('basic');
  });
});

describe('void marks', () => {
  it('a wholly void ballot counts for no subject but stays among the returned', () => {
    const input = {
      ...workedExample(rules({ denominator: 'returned' })),
      ballots: [
        ...paperBallots('members', [
          [8, { [unitA.id]: 'satisfied' }],
          [3, { [unitA.id]: 'basic' }],
          [1, { [unitA.id]: 'unsatisfied' }],
        ]),
        tierBallot('torn', 'members', { [unitA.id]: 'satisfied' }, true),
      ],
    };
    const result = tally(input);
    const { group } = subjectA(result);
    expect(result.groups[0]).toMatchObject({ entered: 13, wholeVoid: 1, ballots: 12 });
    expect(group).toMatchObject({ valid: 12, abstain: 0, void: 0, denominator: 13 });
    expect(group.satisfactionRate).toEqual(frac(11, 13));
  });

  it('a subject marked twice is void for that subject only', () => {
    const input = {
      ...workedExample(),
      subjects: [unitA, unitB],
      counts: { members: counts(3, 2, 2, 2) },
      ballots: [
        tierBallot('1', 'members', { [unitA.id]: ['satisfied', 'unsatisfied'], [unitB.id]: 'satisfied' }),
        tierBallot('2', 'members', { [unitA.id]: 'basic', [unitB.id]: 'basic' }),
      ],
    };
    const result = tally(input);
    const a = result.subjects.find((item) => item.subjectId === unitA.id)?.groups[0];
    const b = result.subjects.find((item) => item.subjectId === unitB.id)?.groups[0];
    expect(a).toMatchObject({ valid: 1, void: 1, abstain: 0 });
    expect(a?.score).toEqual(frac(60));
    expect(b).toMatchObject({ valid: 2, void: 0, abstain: 0 });
    expect(b?.score).toEqual(frac(80));
  });

  it('a denominator of 0 gives null rates, not NaN, and the subject is not ranked', () => {
    const input = {
      ...workedExample(),
      counts: { members: counts(3, 2, 2, 2) },
      ballots: paperBallots('members', [[2, { [unitA.id]: null }]]),
    };
    const { group, subject } = subjectA(tally(input));
    expect(group).toMatchObject({ satisfactionRate: null, satisfiedRate: null, score: null, denominator: 0 });
    expect(subject).toMatchObject({ score: null, rank: null, bottom: false });
    expect(subject.notes).toEqual(['没有有效票（或分母为 0），满意率和得分无法计算，不参加排名']);
  });
});
