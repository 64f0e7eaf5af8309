import { describe, expect, it } from 'vitest';
import { differenceText, nextPaperToCheck } from '../votes/doubleEntry';
import {
  compareProjectReadings,
  projectDoubleEntryProblems,
  projectDoubleEntryReport,
  projectReadingLine,
  PROJECT_PAPER_GROUP,
} from './projectDoubleEntry';

const candidates = [
  { id: 'a', name: '老旧小区改造' },
  { id: 'b', name: '农村饮水' },
  { id: 'c', name: '学校食堂' },
];
const reading = (marks: string[], isVoid = false) => ({ marks, void: isVoid });
const first = (paperNo: number, marks: string[], isVoid = false) => ({ paperNo, ...reading(marks, isVoid) });
const second = (paperNo: number, marks: string[], kept: 'first' | 'second' | null = null) => ({
  paperNo,
  ...reading(marks),
  kept,
});

describe('compareProjectReadings', () => {
  it('lists each candidate marked differently, by ballot number and name', () => {
    const differences = compareProjectReadings(reading(['a', 'b']), reading(['a', 'c']), candidates);
    expect(differences.map(differenceText)).toEqual([
      '第 2 项“农村饮水”：同意 / 不同意',
      '第 3 项“学校食堂”：不同意 / 同意',
    ]);
  });

  it('agrees whatever order the marks were saved in', () => {
    expect(compareProjectReadings(reading(['b', 'a']), reading(['a', 'b']), candidates)).toEqual([]);
  });

  it('reports a ballot void in one reading only as the whole paper', () => {
    const differences = compareProjectReadings(reading([], true), reading(['a']), candidates);
    expect(differences.map(differenceText)).toEqual(['整张：废票（整张作废） / 有效票']);
    expect(compareProjectReadings(reading([], true), reading([], true), candidates)).toEqual([]);
  });
});

describe('projectDoubleEntryReport', () => {
  const firsts = [first(1, ['a']), first(2, ['a', 'b']), first(3, [])];

  it('counts 已复核 over every paper and names what is left', () => {
    const report = projectDoubleEntryReport(candidates, firsts, [second(2, ['a']), second(1, ['a'])]);
    expect([report.checked, report.total]).toEqual([1, 3]);
    expect(report.papers.map((p) => [p.paperNo, p.state])).toEqual([
      [1, 'matched'],
      [2, 'differs'],
      [3, 'once'],
    ]);
    expect(nextPaperToCheck(report, PROJECT_PAPER_GROUP)).toBe(3);
    expect(projectDoubleEntryProblems(report)).toEqual([
      '双人复核未完成：已复核 1 / 3 张，全部一致后才能结束',
      '第 2 张两次录入不一致（第 2 项“农村饮水”：同意 / 不同意），请核对原票后选择保留哪一次',
      '第 3 张还没有复核录入',
    ]);
  });

  it('has no problem once every paper agrees, a resolved one included', () => {
    const seconds = [second(1, ['a']), second(2, ['a', 'b'], 'second'), second(3, [])];
    const report = projectDoubleEntryReport(candidates, firsts, seconds);
    expect(report.checked).toBe(3);
    expect(report.papers[1]?.kept).toBe('second');
    expect(projectDoubleEntryProblems(report)).toEqual([]);
  });
});

it('projectReadingLine shows a reading as the typist typed it', () => {
  expect(projectReadingLine(reading(['c', 'a']), ['a', 'b', 'c'])).toBe('101');
  expect(projectReadingLine(reading([], true), ['a'])).toBe('整张作废');
});
