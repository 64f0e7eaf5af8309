import { describe, expect, it } from 'vitest';
import { frac } from './fraction';
import { defaultRules, DEFAULT_CRITERIA, type RoundRules } from './rules';
import { countSheetMark, sheetScore } from './sheets';
import { tally } from './tally';
import { counts, sheet, unitA, unitB } from '../testing/votesFixtures';

function points(c1: number | null, c2: number | null, c3: number | null, c4: number | null) {
  return { c1, c2, c3, c4 };
}

describe('a score sheet mark', () => {
  it('totals the criteria, decimals allowed to one place', () => {
    expect(countSheetMark(points(18.5, 20, 21, 22), DEFAULT_CRITERIA)).toEqual({
      kind: 'scored',
      total: frac(163, 2),
    });
  });

  it('is 弃权 when all blank, 无效 when partly blank, out of range or too precise', () => {
    expect(countSheetMark(undefined, DEFAULT_CRITERIA)).toEqual({ kind: 'abstain' });
    expect(countSheetMark(points(null, null, null, null), DEFAULT_CRITERIA)).toEqual({ kind: 'abstain' });
    expect(countSheetMark(points(25, null, 25, 25), DEFAULT_CRITERIA)).toEqual({
      kind: 'void',
      reason: '“服务效能”未评分',
    });
    expect(countSheetMark(points(26, 25, 25, 25), DEFAULT_CRITERIA)).toEqual({
      kind: 'void',
      reason: '“依法履职”的评分超出 0 至 25 分',
    });
    expect(countSheetMark(points(20, -1, 25, 25), DEFAULT_CRITERIA).kind).toBe('void');
    expect(countSheetMark(points(20.25, 25, 25, 25), DEFAULT_CRITERIA)).toEqual({
      kind: 'void',
      reason: '“依法履职”的评分最多保留一位小数',
    });
  });
});

describe('the mean of totals', () => {
  const totals = [94, 80, 100, 81.5, 60].map((x) => frac(x * 2, 2));

  it('drops one highest and one lowest: (80 + 81.5 + 94) ÷ 3', () => {
    expect(sheetScore(totals, true)).toMatchObject({ used: 3, trimmed: true, score: frac(511, 6) });
  });

  it('keeps every total without trimming: 415.5 ÷ 5 = 83.1', () => {
    expect(sheetScore(totals, false)).toMatchObject({ used: 5, trimmed: false, score: frac(831, 10) });
  });

  it('does not trim fewer than 3 totals, and has no score without any', () => {
    expect(sheetScore([frac(90), frac(70)], true)).toMatchObject({
      used: 2,
      trimmed: false,
      score: frac(80),
    });
    expect(sheetScore([], true)).toEqual({ totals: [], used: 0, trimmed: false, score: null });
  });
});

describe('a score sheet round', () => {
  const rules: RoundRules = { ...defaultRules('scoreSheet'), trimExtremes: true, bottomN: 1 };
  const rows: [ReturnType<typeof points>, ReturnType<typeof points> | null][] = [
    [points(25, 24, 23, 22), points(22.5, 22.5, 22.5, 22.5)],
    [points(20, 20, 20, 20), points(17.5, 17.5, 17.5, 17.5)],
    [points(25, 25, 25, 25), points(25, null, 25, 25)],
    [points(18.5, 20, 21, 22), null],
    [points(15, 15, 15, 15), points(26, 25, 25, 25)],
  ];
  const result = tally({
    rules,
    subjects: [unitA, unitB],
    counts: { members: counts(6, 5, 5, 5) },
    ballots: rows.map(([a, b], index) =>
      sheet(`s${index}`, 'members', b ? { [unitA.id]: a, [unitB.id]: b } : { [unitA.id]: a }),
    ),
    totals: [],
  });
  const [first, second] = result.subjects;

  it('scores A with the trimmed mean 511/6 ≈ 85.17', () => {
    expect(result.status).toBe('counted');
    expect(first?.subjectId).toBe(unitA.id);
    expect(first?.score).toEqual(frac(511, 6));
    expect(first?.groups[0]).toMatchObject({ valid: 5, denominator: 3, abstain: 0, void: 0 });
    expect(first?.groups[0]?.sheet?.trimmed).toBe(true);
    expect(first?.satisfactionRate).toBeNull();
    expect(first?.outcome).toBeNull();
  });

  it('scores B with the plain mean of its 2 valid totals, and says why it was not trimmed', () => {
    expect(second?.score).toEqual(frac(80));
    expect(second?.groups[0]).toMatchObject({ valid: 2, denominator: 2, abstain: 1, void: 2 });
    expect(second?.notes).toEqual(['有效评分仅 2 份，不足 3 份，未去掉最高分和最低分']);
  });

  it('ranks by score and flags the last one', () => {
    expect(first).toMatchObject({ rank: 1, bottom: false });
    expect(second).toMatchObject({ rank: 2, bottom: true });
  });
});
