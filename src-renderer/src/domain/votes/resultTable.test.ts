import { describe, expect, it } from 'vitest';
import { groupTable, resultSheets, resultTable, tableNotes } from './resultTable';
import { defaultRules } from './rules';
import { tally } from './tally';
import { counts, paperBallots, unitA, unitB, workedExample } from '../testing/votesFixtures';

describe('result tables', () => {
  it('prints the worked example of domain.md §3 as the screen and the export show it', () => {
    const result = tally(workedExample());
    expect(resultTable(result, defaultRules())).toEqual({
      headers: [
        '名次',
        '测评对象',
        '满意',
        '基本满意',
        '不满意',
        '弃权',
        '无效',
        '满意率',
        '满意票率',
        '得分',
        '等次',
        '排名靠后',
      ],
      // 11/12 = 91.67%; 8/12 = 66.67%; (800 + 180)/12 = 81.67; 8 > 15/2 → 满意; one subject is no bottom 3.
      rows: [[1, '单位甲', 8, 3, 1, 1, 0, '91.67%', '66.67%', '81.67', '满意', '']],
      bottom: [false],
      notes: [],
    });
  });

  it('sums counts over groups, labels composites, and breaks them down per group', () => {
    const rules = {
      ...defaultRules(),
      groups: [
        { id: 'members', name: '常委会组成人员', weight: 0.6 },
        { id: 'deputies', name: '人大代表', weight: 0.4 },
      ],
      bottomN: 1,
    };
    const input = {
      rules,
      subjects: [unitA, unitB],
      counts: { members: counts(5, 4, 4, 4), deputies: counts(3, 2, 2, 2) },
      ballots: [
        ...paperBallots('members', [[4, { [unitA.id]: 'satisfied', [unitB.id]: 'basic' }]]),
        ...paperBallots('deputies', [[2, { [unitA.id]: 'basic', [unitB.id]: ['satisfied', 'basic'] }]]),
      ],
      totals: [],
    };
    const result = tally(input);
    const table = resultTable(result, rules);
    expect(table.headers.slice(7, 10)).toEqual(['综合满意率', '综合满意票率', '综合得分']);
    // 单位甲: 0.6 × 100 + 0.4 × 60 = 84; 单位乙: the deputies have no valid mark, so members only: 60.
    expect(table.rows.map((row) => [row[1], row[2], row[3], row[6], row[9]])).toEqual([
      ['单位甲', 4, 2, 0, '84.00'],
      ['单位乙', 0, 4, 2, '60.00'],
    ]);
    expect(groupTable(result, rules, 'deputies').rows[1]).toEqual([
      '单位乙',
      0,
      0,
      0,
      0,
      2,
      0,
      '—',
      '—',
      '—',
      '不满意',
      '否',
    ]);
    expect(table.notes).toEqual([]);
    const sheets = resultSheets({
      title: '测评',
      result,
      rules,
      status: '未公布（临时结果）',
      countsLine: '',
      fingerprint: null,
    });
    expect(sheets.map((s) => s.name)).toEqual(['测评结果', '常委会组成人员', '人大代表', '计票规则']);
    expect(sheets[3]?.rows.at(-1)).toEqual(['测评票校验码（SHA-256）', '未公布，无校验码']);
    expect(sheets[3]?.rows.some((row) => String(row[1]).includes('人大代表对该测评对象无有效票'))).toBe(true);
  });
});

describe('the note under a results table', () => {
  it('says how shared ranks are listed, when there are any', () => {
    const rules = { ...defaultRules(), bottomN: 0 };
    const tied = tally({
      rules,
      subjects: [unitA, unitB],
      counts: { members: counts(3, 3, 3, 3) },
      ballots: paperBallots('members', [[3, { [unitA.id]: 'satisfied', [unitB.id]: 'satisfied' }]]),
      totals: [],
    });
    expect(resultTable(tied, rules).notes).toEqual(['名次相同的为并列，并列的按名称笔画顺序排列。']);
    expect(tableNotes(tied)).toEqual(resultTable(tied, rules).notes);
  });
});
