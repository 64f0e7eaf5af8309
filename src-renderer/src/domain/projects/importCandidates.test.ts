import { describe, expect, it } from 'vitest';
import { goodRows } from '../directory/importTable';
import { parseBudget, previewCandidatesImport } from './importCandidates';

const UNITS = [
  { id: 'jt', fullName: '宜丰县交通运输局', shortName: '县交通运输局' },
  { id: 'sl', fullName: '宜丰县水利局', shortName: '县水利局' },
  { id: 'jy', fullName: '宜丰县教育体育局', shortName: '县教体局' },
];

describe('importing candidate projects', () => {
  const table = {
    rows: [
      ['2027年民生实事候选项目'],
      ['序号', '项目名称', '承办单位', '预算（万元）', '项目简介', '计划完成时间'],
      ['1', '农村公路提质改造', '县交通运输局', '1,200', '改造 80 公里', '2027年10月'],
      ['2', '城乡供水一体化', '宜丰县水利局', '3500万元', '', '2027-12-31'],
      ['3', '', '县教体局', '20', '', ''],
      ['4', '中小学食堂改造', '县卫健委', 'abc', '', '明年'],
      ['5', '农村公路提质改造', '县交通运输局', '', '', ''],
      ['6', '校园安全提升', '教体局', '85.5', '', '2027/9/1'],
    ],
  };
  const preview = previewCandidatesImport(table, UNITS, []);

  it('reads the good rows in the file order, with units matched and dates and budgets read', () => {
    expect(preview.fileErrors).toEqual([]);
    expect(goodRows(preview)).toEqual([
      {
        name: '农村公路提质改造',
        unitId: 'jt',
        budgetWan: 1200,
        description: '改造 80 公里',
        plannedCompletion: '2027-10-31',
      },
      {
        name: '城乡供水一体化',
        unitId: 'sl',
        budgetWan: 3500,
        description: '',
        plannedCompletion: '2027-12-31',
      },
      {
        name: '校园安全提升',
        unitId: 'jy',
        budgetWan: 85.5,
        description: '',
        plannedCompletion: '2027-09-01',
      },
    ]);
  });

  it('says what is wrong with each bad row, by the row number Excel shows', () => {
    const bad = preview.rows.filter((r) => r.errors.length > 0);
    expect(bad.map((r) => r.rowNumber)).toEqual([5, 6, 7]);
    expect(bad[0]?.errors).toEqual(['请填写项目名称']);
    expect(bad[1]?.errors).toEqual([
      '单位名录中没有“县卫健委”，请先在名册的单位中添加，或检查名称是否写错',
      '预算“abc”应为数字，单位万元（如 1200 或 85.5）',
      '计划完成时间“明年”不是日期（如 2027-10-31 或 2027年10月）',
    ]);
    expect(bad[2]?.errors).toEqual(['与第 3 行的项目名称相同']);
  });

  it('refuses a project already in the list', () => {
    const again = previewCandidatesImport(
      {
        rows: [
          ['项目名称', '承办单位'],
          ['农村公路 提质改造', '县交通运输局'],
        ],
      },
      UNITS,
      [{ name: '农村公路提质改造', order: 1 }],
    );
    expect(again.rows[0]?.errors).toEqual(['已有此项目（第 1 项）']);
  });

  it('reads budgets as people write them', () => {
    expect(parseBudget('')).toBeNull();
    expect(parseBudget('1,200.50')).toBe(1200.5);
    expect(parseBudget('85万')).toBe(85);
    expect(parseBudget('约 85')).toBeNaN();
  });
});
