import { describe, expect, it } from 'vitest';
import { frac, type Fraction } from './fraction';
import { rankSubjects, type RankItem, type RankOptions } from './ranking';
import { defaultRules } from './rules';
import { tally } from './tally';
import { counts, paperBallots } from '../testing/votesFixtures';

function item(subjectId: string, key: Fraction | null, satisfiedVotes = 0, unsatisfiedVotes = 0): RankItem {
  return { subjectId, name: subjectId, key, satisfiedVotes, unsatisfiedVotes };
}

const plain: RankOptions = { tieBreaker: false, bottomN: 0, roundTo: null };

function ranks(items: RankItem[], options: RankOptions) {
  return rankSubjects(items, options).map(
    ({ subjectId, rank, bottom }) => `${subjectId}:${rank}${bottom ? '!' : ''}`,
  );
}

describe('ranking', () => {
  const items = [
    item('p', frac(90), 5, 0),
    item('q', frac(80), 3, 2),
    item('r', frac(80), 4, 1),
    item('s', frac(70), 2, 3),
  ];

  it('shares ranks between equal keys: 1, 2, 2, 4', () => {
    expect(ranks(items, plain)).toEqual(['p:1', 'q:2', 'r:2', 's:4']);
  });

  it('breaks ties by more 满意, then fewer 不满意, and shares the rank when both are equal', () => {
    const options = { ...plain, tieBreaker: true };
    expect(ranks(items, options)).toEqual(['p:1', 'r:2', 'q:3', 's:4']);
    const sameSatisfied = [item('q', frac(80), 4, 2), item('r', frac(80), 4, 1)];
    expect(ranks(sameSatisfied, options)).toEqual(['r:1', 'q:2']);
    const same = [item('q', frac(80), 4, 1), item('r', frac(80), 4, 1)];
    expect(ranks(same, options)).toEqual(['q:1', 'r:1']);
  });

  it('flags every subject tied at the bottom-N cut-off', () => {
    const five = [
      item('a', frac(90)),
      item('b', frac(80)),
      item('c', frac(70)),
      item('d', frac(70)),
      item('e', frac(60)),
    ];
    expect(ranks(five, { ...plain, bottomN: 2 })).toEqual(['a:1', 'b:2', 'c:3!', 'd:3!', 'e:5!']);
    expect(ranks(five, { ...plain, bottomN: 3 })).toEqual(['a:1', 'b:2', 'c:3!', 'd:3!', 'e:5!']);
    expect(ranks(five, { ...plain, bottomN: 1 })).toEqual(['a:1', 'b:2', 'c:3', 'd:3', 'e:5!']);
    expect(ranks(five, { ...plain, bottomN: 4 })).toEqual(['a:1', 'b:2!', 'c:3!', 'd:3!', 'e:5!']);
  });

  it('flags nobody when the ranked subjects are no more than N: a bottom 3 of 3 is not a finding', () => {
    const one = [item('a', frac(8167, 100))];
    expect(ranks(one, { ...plain, bottomN: 3 })).toEqual(['a:1']);
    expect(ranks(one, { ...plain, bottomN: 1 })).toEqual(['a:1']);
    const three = [item('a', frac(90)), item('b', frac(80)), item('c', frac(70))];
    expect(ranks(three, { ...plain, bottomN: 3 })).toEqual(['a:1', 'b:2', 'c:3']);
    expect(ranks(three, { ...plain, bottomN: 9 })).toEqual(['a:1', 'b:2', 'c:3']);
    expect(ranks(three, { ...plain, bottomN: 2 })).toEqual(['a:1', 'b:2!', 'c:3!']);
    // Unranked subjects do not count: two ranked of three, N = 2.
    const withNull = [...three.slice(0, 2), item('z', null)];
    expect(ranks(withNull, { ...plain, bottomN: 2 })).toEqual(['a:1', 'b:2', 'z:null']);
  });

  it('flags nobody at the top: when all ranked subjects tie, none is behind the others', () => {
    const tied = [item('a', frac(80)), item('b', frac(80)), item('c', frac(80)), item('d', frac(80))];
    expect(ranks(tied, { ...plain, bottomN: 3 })).toEqual(['a:1', 'b:1', 'c:1', 'd:1']);
    const almost = [item('a', frac(90)), item('b', frac(80)), item('c', frac(80)), item('d', frac(80))];
    expect(ranks(almost, { ...plain, bottomN: 3 })).toEqual(['a:1', 'b:2!', 'c:2!', 'd:2!']);
  });

  it('lists equal ranks in stroke order (the usual name order), not by code point', () => {
    // 水 (4 strokes, U+6C34) before 民 (5 strokes, U+6C11); code points would put 民 first.
    const tied = [
      { ...item('x', frac(80)), name: '县民政局' },
      { ...item('y', frac(80)), name: '县水利局' },
      { ...item('z', frac(90)), name: '县财政局' },
    ];
    expect(ranks(tied, plain)).toEqual(['z:1', 'y:2', 'x:2']);
    expect(ranks([...tied].reverse(), plain)).toEqual(['z:1', 'y:2', 'x:2']);
  });

  it('puts subjects without a key last, unranked and unflagged', () => {
    const withNull = [item('z', null), item('a', frac(50)), item('b', frac(60))];
    expect(ranks(withNull, { ...plain, bottomN: 1 })).toEqual(['b:1', 'a:2!', 'z:null']);
    const unrankedByStroke = [
      { ...item('p', null), name: '县民政局' },
      { ...item('q', null), name: '县水利局' },
    ];
    expect(ranks(unrankedByStroke, plain)).toEqual(['q:null', 'p:null']);
  });

  it('does not depend on the input order', () => {
    expect(ranks([...items].reverse(), plain)).toEqual(ranks(items, plain));
  });

  it('compares exact values, or the printed values when asked', () => {
    const close = [item('x', frac(245, 3)), item('y', frac(8167, 100))];
    expect(ranks(close, plain)).toEqual(['y:1', 'x:2']);
    expect(ranks(close, { ...plain, roundTo: 2 })).toEqual(['x:1', 'y:1']);
  });
});

describe('ranking a tally', () => {
  it('does not flag the only subject of a round (满意 at 81.67, bottom 3)', () => {
    const result = tally({
      rules: { ...defaultRules(), bottomN: 3 },
      subjects: [{ id: 'A', name: '单位甲' }],
      counts: { members: counts(15, 13, 13, 13) },
      ballots: paperBallots('members', [
        [8, { A: 'satisfied' }],
        [3, { A: 'basic' }],
        [1, { A: 'unsatisfied' }],
        [1, {}],
      ]),
      totals: [],
    });
    expect(result.subjects.map((s) => [s.rank, s.bottom, s.score?.value.toFixed(2)])).toEqual([
      [1, false, '81.67'],
    ]);
    // Nothing is ranked against anything: the printed rules say nothing of ranking.
    expect(result.rules.some((line) => line.includes('排名'))).toBe(false);
  });

  // Scores with weights 100 / 60 / 0 over 5 ballots: P 100, Q 60 (3 满意, 2 不满意), R 60 (5 基本满意), S 40.
  const subjects = ['P', 'Q', 'R', 'S'].map((id) => ({ id, name: `单位${id}` }));
  const input = {
    rules: { ...defaultRules(), bottomN: 1 },
    subjects,
    counts: { members: counts(5, 5, 5, 5) },
    ballots: paperBallots('members', [
      [2, { P: 'satisfied', Q: 'unsatisfied', R: 'basic', S: 'satisfied' }],
      [3, { P: 'satisfied', Q: 'satisfied', R: 'basic', S: 'unsatisfied' }],
    ]),
    totals: [],
  };

  it('ties Q and R at 60 without the tie-breaker', () => {
    const result = tally(input);
    expect(result.subjects.map((s) => [s.subjectId, s.rank, s.bottom])).toEqual([
      ['P', 1, false],
      ['Q', 2, false],
      ['R', 2, false],
      ['S', 4, true],
    ]);
  });

  it('puts Q (3 满意) before R (0 满意) with the tie-breaker', () => {
    const result = tally({ ...input, rules: { ...input.rules, tieBreaker: true } });
    expect(result.subjects.map((s) => [s.subjectId, s.rank])).toEqual([
      ['P', 1],
      ['Q', 2],
      ['R', 3],
      ['S', 4],
    ]);
  });

  it('ties composites that floats would split: 0.3 × 0 + 0.7 × 45 = 0.3 × 35 + 0.7 × 30 = 31.5', () => {
    const rules = {
      ...defaultRules(),
      groups: [
        { id: 'g1', name: '常委会组成人员', weight: 0.3 },
        { id: 'g2', name: '人大代表', weight: 0.7 },
      ],
    };
    const result = tally({
      rules,
      subjects: [
        { id: 'A', name: '单位甲' },
        { id: 'B', name: '单位乙' },
      ],
      counts: { g1: counts(12, 12, 12, 12), g2: counts(4, 4, 4, 4) },
      ballots: [
        ...paperBallots('g1', [
          [3, { A: 'unsatisfied', B: 'satisfied' }],
          [2, { A: 'unsatisfied', B: 'basic' }],
          [7, { A: 'unsatisfied', B: 'unsatisfied' }],
        ]),
        ...paperBallots('g2', [
          [2, { A: 'basic', B: 'basic' }],
          [1, { A: 'basic', B: 'unsatisfied' }],
          [1, { A: 'unsatisfied', B: 'unsatisfied' }],
        ]),
      ],
      totals: [],
    });
    expect(0.3 * 0 + 0.7 * 45).not.toBe(0.3 * 35 + 0.7 * 30);
    // Equal ranks are listed by name in stroke order: 乙 (1 stroke) before 甲 (5 strokes).
    expect(result.subjects.map((s) => [s.subjectId, s.rank, s.score])).toEqual([
      ['B', 1, frac(63, 2)],
      ['A', 1, frac(63, 2)],
    ]);
  });
});
