import { describe, expect, it } from 'vitest';
import { frac } from './fraction';
import { defaultRules, type RoundRules } from './rules';
import { tally } from './tally';
import { counts, paperBallots, unitA, unitB } from '../testing/votesFixtures';
import type { TallyInput } from './entries';

const rules: RoundRules = {
  ...defaultRules(),
  groups: [
    { id: 'members', name: '常委会组成人员', weight: 0.5 },
    { id: 'deputies', name: '人大代表', weight: 0.3 },
    { id: 'clients', name: '服务对象', weight: 0.2 },
  ],
};

/** Members: A 90, B 100. Deputies: A 64, B all blank. Clients: no ballot returned. */
const input: TallyInput = {
  rules,
  subjects: [unitA, unitB],
  counts: {
    members: counts(5, 4, 4, 4),
    deputies: counts(6, 5, 5, 5),
    clients: counts(4, 3, 3, 0),
  },
  ballots: [
    ...paperBallots('members', [
      [3, { [unitA.id]: 'satisfied', [unitB.id]: 'satisfied' }],
      [1, { [unitA.id]: 'basic', [unitB.id]: 'satisfied' }],
    ]),
    ...paperBallots('deputies', [
      [2, { [unitA.id]: 'satisfied' }],
      [2, { [unitA.id]: 'basic' }],
      [1, { [unitA.id]: 'unsatisfied' }],
    ]),
  ],
  totals: [],
};

describe('rater groups weighted 50% / 30% / 20%, one without ballots', () => {
  const result = tally(input);
  const a = result.subjects.find((subject) => subject.subjectId === unitA.id);
  const b = result.subjects.find((subject) => subject.subjectId === unitB.id);

  it('leaves the group out, rescales the others and says so', () => {
    expect(result.status).toBe('counted');
    expect(result.notes).toEqual([
      '服务对象未收回有效测评票，综合结果未计入；其余各组权重按比例调整为常委会组成人员 62.5%、人大代表 37.5%',
    ]);
    expect(a?.weights).toEqual({ members: frac(5, 8), deputies: frac(3, 8) });
    expect(a?.groups.map((group) => group.included)).toEqual([true, true, false]);
  });

  it('computes the composite score (0.5 × 90 + 0.3 × 64) ÷ 0.8 = 80.25', () => {
    expect(a?.groups[0]?.score).toEqual(frac(90));
    expect(a?.groups[1]?.score).toEqual(frac(64));
    expect(a?.score).toEqual(frac(321, 4));
  });

  it('weights the rates the same way: (0.5 × 1 + 0.3 × 0.8) ÷ 0.8 = 0.925', () => {
    expect(a?.satisfactionRate).toEqual(frac(37, 40));
    expect(a?.satisfiedRate).toEqual(frac(99, 160));
  });

  it('weights the outcome shares: 满意 exactly half is not enough, 满意 + 基本满意 0.75 is', () => {
    expect(a?.groups[0]?.outcome).toBe('satisfied');
    expect(a?.groups[1]?.outcome).toBe('basic');
    expect(a?.outcome).toBe('basic');
  });

  it('leaves out a group with no valid vote for one subject, with a note for that subject', () => {
    expect(b?.score).toEqual(frac(100));
    expect(b?.weights).toEqual({ members: frac(1) });
    expect(b?.notes).toEqual([
      '人大代表对该测评对象无有效票，未计入综合结果；其余各组权重按比例调整为常委会组成人员 100%',
    ]);
    expect(b?.groups[1]).toMatchObject({ abstain: 5, valid: 0, score: null, included: false });
  });

  it('sums the tie-breaker votes over groups', () => {
    expect(a).toMatchObject({ satisfiedVotes: 5, unsatisfiedVotes: 1 });
    expect(b).toMatchObject({ satisfiedVotes: 4, unsatisfiedVotes: 0 });
  });

  it('uses the weights as set when every group returned ballots', () => {
    const full = tally({
      ...input,
      counts: { ...input.counts, clients: counts(4, 3, 3, 2) },
      ballots: [...input.ballots, ...paperBallots('clients', [[2, { [unitA.id]: 'unsatisfied' }]])],
    });
    const subject = full.subjects.find((item) => item.subjectId === unitA.id);
    expect(full.notes).toEqual([]);
    expect(subject?.score).toEqual(frac(6420, 100));
    expect(subject?.weights).toEqual({ members: frac(1, 2), deputies: frac(3, 10), clients: frac(1, 5) });
  });
});
