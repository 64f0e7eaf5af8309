import { describe, expect, it } from 'vitest';
import ExcelJS from './exceljs';
import { writeXlsx } from './writeXlsx';

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes a bold, frozen, filterable header and keeps phone numbers as text', async () => {
    const bytes = await writeXlsx([
      {
        name: '人员名册',
        headers: ['姓名', '电话', '得分'],
        rows: [
          ['张三', '13800138000', 95.5],
          ['李四', '07954567890', 80],
        ],
      },
    ]);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const sheet = (await load(bytes)).getWorksheet('人员名册');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C1');
    const phone = sheet.getCell('B3');
    expect(phone.value).toBe('07954567890');
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.numFmt).toBe('@');
    expect(sheet.getCell('C2').value).toBe(95.5);
    expect(sheet.getCell('C2').numFmt).not.toBe('@');
  });

  it('sizes columns to the content, counting Chinese characters double, within limits', async () => {
    const longName = '宜丰县'.repeat(30);
    const bytes = await writeXlsx([
      {
        name: 'S',
        headers: ['序号', '单位全称', 'x'],
        rows: [
          [1, '宜丰县自然资源局', 'a'],
          [2, longName, 'b'],
        ],
      },
    ]);
    const sheet = (await load(bytes)).worksheets[0];
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.getColumn(1).width).toBe(10); // "序号" is 4 wide, + 4 for the filter button, + 2
    expect(sheet.getColumn(2).width).toBe(60); // capped
    expect(sheet.getColumn(3).width).toBe(7); // "x" + 4 + 2
  });

  it('uses given widths and writes several sheets in order with valid, unique names', async () => {
    const bytes = await writeXlsx([
      { name: '名册/2026:一季度?', headers: ['a'], rows: [], columnWidths: [33] },
      { name: '名册/2026:一季度?', headers: ['b'], rows: [['x']] },
      { name: '很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长', headers: [], rows: [] },
    ]);
    const workbook = await load(bytes);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('名册_2026_一季度_');
    expect(names[1]).toBe('名册_2026_一季度_(2)');
    expect(names[2]).toHaveLength(31);
    expect(workbook.worksheets[0]?.getColumn(1).width).toBe(33);
    expect(workbook.worksheets[1]?.getCell('A2').value).toBe('x');
  });

  it('writes a title row above the header, real dates, and a landscape A4 page with the header repeated', async () => {
    const bytes = await writeXlsx([
      {
        name: '台账',
        title: '宜丰县人大常委会整改情况跟踪台账（全部未办结）',
        headers: ['单位', '交办日期'],
        rows: [
          ['县住建局', { date: '2026-03-05' }],
          ['县林业局', { date: '' }],
        ],
        print: { landscape: true, wrap: true },
      },
    ]);
    const sheet = (await load(bytes)).worksheets[0];
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.getCell('A1').value).toBe('宜丰县人大常委会整改情况跟踪台账（全部未办结）');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('B1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('单位');
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    const date = sheet.getCell('B3');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(date.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('A3').alignment).toMatchObject({ wrapText: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:B2');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
  });
});
