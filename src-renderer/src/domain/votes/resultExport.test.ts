import { describe, expect, it } from 'vitest';
import { workedExample } from '../testing/votesFixtures';
import { resultWorkbook } from './resultExport';
import { tally } from './tally';

const input = workedExample();
const result = tally(input);
const round = {
  title: '优化营商环境/满意度测评',
  rules: input.rules,
  counts: input.counts,
  subjects: input.subjects,
};

function statusOf(sheets: ReturnType<typeof resultWorkbook>['sheets']) {
  return sheets.at(-1)?.rows.find((row) => row[0] === '状态')?.[1];
}

describe('resultWorkbook', () => {
  it('names a published result after the round, with its time of publication', () => {
    const publishedAt = new Date(2026, 10, 29, 16, 0).getTime();
    const book = resultWorkbook(
      { ...round, stage: 'published', published: { publishedAt, fingerprint: 'abc', result } },
      result,
    );
    expect(book.fileName).toBe('优化营商环境满意度测评.xlsx');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['测评结果', '常委会组成人员', '计票规则']);
    expect(statusOf(book.sheets)).toBe('已公布（2026-11-29 16:00）');
  });

  it('marks a result not yet published as provisional', () => {
    const book = resultWorkbook({ ...round, stage: 'closed', published: null }, result);
    expect(book.fileName).toBe('优化营商环境满意度测评（临时结果）.xlsx');
    expect(statusOf(book.sheets)).toBe('未公布（临时结果）');
  });

  it('adds the sheet of individual ballots when given them', () => {
    const ballots = input.ballots.map((ballot, i) => ({ ...ballot, paperNo: i + 1 }));
    const book = resultWorkbook({ ...round, stage: 'closed', published: null }, result, ballots);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      '测评结果',
      '常委会组成人员',
      '测评票',
      '计票规则',
    ]);
    expect(book.sheets[2]?.rows).toHaveLength(ballots.length);
  });
});
