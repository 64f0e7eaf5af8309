// 民生实事项目台账 (.xlsx): read back with exceljs, and the print settings checked in the sheet's XML.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectLedgerRows } from '../domain/projects/ledger';
import { ledgerEntries, unitName } from '../documents/testing/projectsContext';
import { unzipText } from '../documents/testing/readDocx';
import ExcelJS from './exceljs';
import { HEADER_ROW, PROJECT_LEDGER_SHEET_HEADERS, projectLedgerXlsx } from './projectLedger';

const TITLE = '宜丰县人大常委会2027年民生实事项目推进情况台账';

async function ledger() {
  const rows = projectLedgerRows(ledgerEntries(), unitName);
  const bytes = await projectLedgerXlsx({ title: TITLE, today: '2027-10-08', rows }, Date.UTC(2027, 9, 8));
  const dir = process.env.DOCS_CHECK_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'project-ledger.xlsx'), bytes);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.getWorksheet('项目台账');
  if (!sheet) throw new Error('sheet missing');
  return { bytes, sheet };
}

describe('projectLedgerXlsx', () => {
  it('has the title row and the day it stands at above a bold, frozen, filtered header', async () => {
    const { sheet } = await ledger();
    expect(sheet.getCell('A1').value).toBe(TITLE);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('M1').master.address).toBe('A1');
    expect(sheet.getCell('A2').value).toBe('统计截至2027年10月8日，共10个项目');
    expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, ...PROJECT_LEDGER_SHEET_HEADERS]);
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe('A3:M3');
    expect(sheet.rowCount).toBe(13);
  });

  it('writes real dates, numbers and percentages, and spells out delays and completions', async () => {
    const { sheet } = await ledger();
    const first = sheet.getRow(4);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('农村公路提质改造');
    expect(first.getCell(4).value).toBe(1200);
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2027, 9, 31)));
    expect(first.getCell(5).numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(first.getCell(6).value).toBe('已完成');
    expect(first.getCell(9).value).toEqual(new Date(Date.UTC(2027, 8, 20)));
    expect(first.getCell(10).value).toEqual(new Date(Date.UTC(2027, 8, 20)));
    expect(first.getCell(11).value).toBe('全线完工并通过交工验收');
    expect(first.getCell(12).value).toBe(0.925);
    expect(first.getCell(12).numFmt).toBe('0.00%');
    expect(first.getCell(13).value).toBe('满意');
    const delayed = sheet.getRow(5);
    expect(delayed.getCell(6).value).toBe('延期');
    expect(delayed.getCell(7).value).toBe('水厂选址调整，需重新办理用地手续');
    expect(delayed.getCell(8).value).toEqual(new Date(Date.UTC(2028, 5, 30)));
    expect(delayed.getCell(9).value).toBeNull();
    const budget = sheet.getRow(6).getCell(4);
    expect(budget.value).toBe(85.5);
    expect(budget.numFmt).toBe('0.00');
    const untouched = sheet.getRow(8);
    expect([6, 7, 10, 11, 12].map((c) => untouched.getCell(c).value)).toEqual([
      '实施中',
      null,
      null,
      null,
      null,
    ]);
  });

  it('prints A4 landscape, one page wide, with the header row on every page', async () => {
    const { bytes } = await ledger();
    const files = await unzipText(bytes);
    const xml = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    const workbook = files.get('xl/workbook.xml') ?? '';
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?项目台账(&apos;)?!\$3:\$3<\/definedName>/,
    );
  });
});
