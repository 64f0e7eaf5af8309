import { describe, expect, it } from 'vitest';
import type { Ballot, ScoreBallot, TierBallot } from './ballots';
import {
  compareReadings,
  differenceText,
  doubleEntryProblems,
  doubleEntryReport,
  doubleEntrySwitchRefusal,
  nextPaperToCheck,
  type FirstEntry,
  type SecondEntry,
} from './doubleEntry';
import type { TierId } from './tiers';

const subjects = [
  { id: 'a', name: '财政局' },
  { id: 'b', name: '教育局' },
  { id: 'c', name: '卫健委' },
];
const criteria = [
  { id: 'k1', name: '工作成效', max: 60 },
  { id: 'k2', name: '群众评价', max: 40 },
];
const oneGroup = { groups: [{ id: 'g', name: '常委会组成人员', weight: 1 }], criteria };
const round = { rules: oneGroup, subjects };

const T: Record<string, TierId[]> = { '1': ['satisfied'], '2': ['basic'], '3': ['unsatisfied'], '0': [] };

/** A tier ballot from keys, one per subject ("120"). */
function tiers(keys: string, groupId = 'g', wholeVoid = false): TierBallot {
  const marks = Object.fromEntries(subjects.map((s, i) => [s.id, T[keys[i] ?? '0'] ?? []]));
  return { form: 'tiers', id: `t${keys}`, groupId, wholeVoid, marks };
}

function first(paperNo: number | null, ballot: Ballot): FirstEntry {
  return { ...ballot, paperNo };
}

function second(paperNo: number, ballot: Ballot, kept: SecondEntry['kept'] = null): SecondEntry {
  return { ...ballot, id: `second-${paperNo}`, paperNo, kept };
}

describe('comparing two readings of one paper', () => {
  it('finds nothing when they agree', () => {
    expect(compareReadings(tiers('120'), tiers('120'), subjects, criteria)).toEqual([]);
  });

  it('names every position that differs, with both readings, in printed order', () => {
    expect(compareReadings(tiers('123'), tiers('320'), subjects, criteria)).toEqual([
      { number: 1, name: '财政局', first: '满意', second: '不满意' },
      { number: 3, name: '卫健委', first: '不满意', second: '弃权' },
    ]);
  });

  it('reads several ticks as 无效 whichever boxes were stored', () => {
    const a: TierBallot = {
      ...tiers('111'),
      marks: { a: ['satisfied', 'basic'], b: ['satisfied'], c: ['satisfied'] },
    };
    const b: TierBallot = {
      ...tiers('111'),
      marks: { a: ['basic', 'unsatisfied'], b: ['satisfied'], c: ['satisfied'] },
    };
    expect(compareReadings(a, b, subjects, criteria)).toEqual([]);
  });

  it('says so when only one reading is a 废票, as one difference of the whole ballot', () => {
    expect(compareReadings(tiers('111', 'g', true), tiers('111'), subjects, criteria)).toEqual([
      { number: null, name: '整张', first: '废票（整张作废）', second: '有效票' },
    ]);
    expect(compareReadings(tiers('', 'g', true), tiers('123', 'g', true), subjects, criteria)).toEqual([]);
  });

  it('compares score sheets point by point', () => {
    const sheet = (marks: ScoreBallot['marks']): ScoreBallot => ({
      form: 'scoreSheet',
      id: 's',
      groupId: 'g',
      wholeVoid: false,
      marks,
    });
    const a = sheet({ a: { k1: 50, k2: 35 }, b: { k1: 40, k2: 30.5 } });
    const b = sheet({ a: { k1: 50, k2: 35 }, b: { k1: 40, k2: 35 }, c: { k1: 1, k2: null } });
    const differences = compareReadings(a, b, subjects, criteria);
    expect(differences).toEqual([
      { number: 2, name: '教育局', criterion: '群众评价', first: '30.5', second: '35' },
      { number: 3, name: '卫健委', criterion: '工作成效', first: '空', second: '1' },
    ]);
    expect(differences.map(differenceText)).toEqual([
      '第 2 项“教育局”“群众评价”：30.5 / 35',
      '第 3 项“卫健委”“工作成效”：空 / 1',
    ]);
  });
});

describe('the double-entry report and closing', () => {
  const firsts = [
    first(1, tiers('111')),
    first(2, tiers('123')),
    first(3, tiers('222')),
    first(4, tiers('333')),
    first(null, tiers('111')), // cast on screen: not double-entered
  ];

  it('counts 已复核 n / N over the paper ballots only, listing differences and papers entered once', () => {
    const report = doubleEntryReport(round, firsts, [
      second(1, tiers('111')),
      second(2, tiers('133')),
      second(4, tiers('333'), 'second'),
    ]);
    expect(report.total).toBe(4);
    expect(report.checked).toBe(2);
    expect(report.papers.map((p) => [p.paperNo, p.state, p.kept])).toEqual([
      [1, 'matched', null],
      [2, 'differs', null],
      [3, 'once', null],
      [4, 'matched', 'second'],
    ]);
    expect(report.papers[1]?.differences).toEqual([
      { number: 2, name: '教育局', first: '基本满意', second: '不满意' },
    ]);
    expect(nextPaperToCheck(report, 'g')).toBe(3);
  });

  it('refuses closing until every paper has a matching second reading, saying what is left', () => {
    const report = doubleEntryReport(round, firsts, [second(2, tiers('133'))]);
    expect(doubleEntryProblems(report, oneGroup)).toEqual([
      '双人复核未完成：已复核 0 / 4 张，全部一致后才能结束',
      '第 2 张两次录入不一致（第 2 项“教育局”：基本满意 / 不满意），请核对原票后选择保留哪一次',
      '第 1、3、4 张还没有复核录入',
    ]);
    const done = doubleEntryReport(
      round,
      firsts,
      [1, 2, 3, 4].map((n) => second(n, firsts[n - 1] as Ballot)),
    );
    expect(done.checked).toBe(4);
    expect(doubleEntryProblems(done, oneGroup)).toEqual([]);
    expect(nextPaperToCheck(done, 'g')).toBeNull();
  });

  it('names the group when the round has several, and numbers papers per group', () => {
    const rules = {
      groups: [
        { id: 'm', name: '常委会组成人员', weight: 0.6 },
        { id: 'd', name: '人大代表', weight: 0.4 },
      ],
      criteria,
    };
    const report = doubleEntryReport(
      { rules, subjects },
      [first(1, tiers('111', 'd')), first(1, tiers('111', 'm'))],
      [second(1, tiers('111', 'm'))],
    );
    expect(report.papers.map((p) => [p.groupId, p.state])).toEqual([
      ['m', 'matched'],
      ['d', 'once'],
    ]);
    expect(doubleEntryProblems(report, rules)).toContain('人大代表：第 1 张还没有复核录入');
  });

  it('has nothing to check in a round without paper ballots', () => {
    const report = doubleEntryReport(round, [first(null, tiers('111'))], []);
    expect(report).toEqual({ total: 0, checked: 0, papers: [] });
    expect(doubleEntryProblems(report, oneGroup)).toEqual([]);
  });
});

describe('switching double entry', () => {
  it('may be switched on any time, and off only before any second reading', () => {
    expect(doubleEntrySwitchRefusal(true, 3)).toBeNull();
    expect(doubleEntrySwitchRefusal(false, 0)).toBeNull();
    expect(doubleEntrySwitchRefusal(false, 2)).toBe('已有 2 张复核录入，不能关闭双人复核');
  });
});
