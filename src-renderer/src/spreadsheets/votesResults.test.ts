// The .xlsx of a round's result, read back with exceljs: figures are numbers with number formats, the individual
// ballots have a sheet of their own (paper number, group, marks; no names), and so do the rules and the fingerprint.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../domain/votes/rules';
import { resultSheets } from '../domain/votes/resultTable';
import { tally } from '../domain/votes/tally';
import { unitA, workedExample } from '../domain/testing/votesFixtures';
import ExcelJS from './exceljs';
import { writeXlsx } from './writeXlsx';

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  if (!sheet) throw new Error('sheet missing');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the results workbook', () => {
  // domain.md §3: 8 满意, 3 基本满意, 1 不满意, 1 blank; papers 1 to 12 typed, the 13th voted on screen.
  const input = workedExample({ ...defaultRules(), bottomN: 0 });
  const ballots = input.ballots.map((ballot, i) => ({ ...ballot, paperNo: i < 12 ? i + 1 : null }));
  const result = tally(input);

  async function exported() {
    const sheets = resultSheets({
      title: '优化营商环境工作评议满意度测评',
      result,
      rules: input.rules,
      status: '已公布（2026-10-31 10:40）',
      countsLine: '应到 15 人，实到 13 人，发出 13 张，收回 13 张',
      fingerprint: 'ab'.repeat(32),
      subjects: input.subjects,
      ballots,
    });
    return workbookOf(await writeXlsx(sheets));
  }

  it('writes rates and scores as numbers rounded as printed, with number formats', async () => {
    const sheet = (await exported()).getWorksheet('测评结果');
    const headers = rowsOf(sheet)[0] ?? [];
    const cell = (header: string) => sheet?.getRow(2).getCell(headers.indexOf(header) + 1);
    expect(cell('满意率')?.value).toBe(0.9167);
    expect(cell('满意率')?.numFmt).toBe('0.00%');
    expect(cell('满意票率')?.value).toBe(0.6667);
    expect(cell('得分')?.value).toBe(81.67);
    expect(cell('得分')?.numFmt).toBe('0.00');
    expect(cell('满意')?.value).toBe(8);
    expect(cell('名次')?.value).toBe(1);
  });

  it('lists every ballot: paper number, group and marks, without names', async () => {
    const rows = rowsOf((await exported()).getWorksheet('测评票'));
    expect(rows[0]).toEqual(['测评组', '票号', '录入键', '整张作废', unitA.name]);
    expect(rows.slice(1, 4)).toEqual([
      ['常委会组成人员', 1, '1', '', '满意'],
      ['常委会组成人员', 2, '1', '', '满意'],
      ['常委会组成人员', 3, '1', '', '满意'],
    ]);
    expect(rows[12]).toEqual(['常委会组成人员', 12, '3', '', '不满意']);
    // The ballot voted on screen has no paper number; it comes last.
    expect(rows[13]).toEqual(['常委会组成人员', '评分模式', '0', '', '弃权']);
    expect(rows).toHaveLength(14);
  });

  it('keeps the rules and the fingerprint on a sheet of their own', async () => {
    const rows = rowsOf((await exported()).getWorksheet('计票规则'));
    expect(rows).toContainEqual(['测评票校验码（SHA-256）', 'ab'.repeat(32)]);
    expect(rows).toContainEqual(['规则 1', result.rules[0]]);
    expect(rows).toContainEqual(['人数与票数', '应到 15 人，实到 13 人，发出 13 张，收回 13 张']);
  });
});
