import { describe, expect, it } from 'vitest';
import { SpreadsheetError } from './errors';
import ExcelJS, { type Workbook } from './exceljs';
import { MAX_ROWS, readTable } from './readTable';
import { writeXlsx } from './writeXlsx';

async function xlsxBytes(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i += 1) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(bytes);
}

/** Deterministic noise, as a damaged file or a picture would be. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed >> 16;
  }
  return bytes;
}

async function readError(fileName: string, data: Uint8Array): Promise<SpreadsheetError> {
  const error: unknown = await readTable(fileName, data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return error as SpreadsheetError;
}

describe('readTable: xlsx', () => {
  it('reads back a file written by writeXlsx, phone numbers as text', async () => {
    const bytes = await writeXlsx([
      {
        name: '人员名册',
        headers: ['姓名', '电话', '票数'],
        rows: [
          ['张三', '13800138000', 12],
          ['李四', '', 3.5],
        ],
      },
    ]);
    const table = await readTable('名册.xlsx', bytes);
    expect(table).toEqual({
      sheetName: '人员名册',
      rows: [
        ['姓名', '电话', '票数'],
        ['张三', '13800138000', '12'],
        ['李四', '', '3.5'],
      ],
    });
  });

  it('reads a WPS-like sheet: merged title row, numeric phones, dates, rich text, formulas, links', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = '宜丰县人大常委会组成人员名单';
      sheet.mergeCells('A1:E1');
      sheet.addRow([' 姓 名*', '职务', '类别（必填）', '测评组', '联系电话']);
      sheet.addRow(['张三', '县人大常委会主任', '常委会组成人员', null, 13907951234]);
      sheet.addRow([
        { richText: [{ text: '李' }, { text: '四', font: { bold: true } }] },
        { formula: '"副"&"主任"', result: '副主任' },
        '人大代表',
        new Date(Date.UTC(2026, 4, 1)),
        { text: '0795-4567890', hyperlink: 'tel:07954567890' },
      ]);
      sheet.addRow(['王五', true, '工作人员', 1.5, '  ']);
      // Formatting without content below and to the right must not add rows or columns.
      sheet.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.getCell('A21').value = '   ';
    });
    const table = await readTable('名单.xlsx', bytes);
    expect(table.sheetName).toBe('Sheet1');
    expect(table.rows).toEqual([
      Array<string>(5).fill('宜丰县人大常委会组成人员名单'),
      ['姓 名*', '职务', '类别（必填）', '测评组', '联系电话'],
      ['张三', '县人大常委会主任', '常委会组成人员', '', '13907951234'],
      ['李四', '副主任', '人大代表', '2026-05-01', '0795-4567890'],
      ['王五', 'TRUE', '工作人员', '1.5', ''],
    ]);
  });

  it('keeps leading empty rows so row numbers match Excel', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('名单');
      sheet.getCell('B3').value = '姓名';
      sheet.getCell('B4').value = '张三';
    });
    const table = await readTable('a.xlsx', bytes);
    expect(table.rows).toEqual([
      ['', ''],
      ['', ''],
      ['', '姓名'],
      ['', '张三'],
    ]);
  });

  it('takes the first visible worksheet that has data', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('说明');
      const hidden = workbook.addWorksheet('辅助', { state: 'hidden' });
      hidden.getCell('A1').value = '下拉选项';
      workbook.addWorksheet('人员').getCell('A1').value = '姓名';
    });
    const table = await readTable('a.xlsx', bytes);
    expect(table).toEqual({ sheetName: '人员', rows: [['姓名']] });
  });

  it('rejects a workbook without any content', async () => {
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('Sheet1'));
    expect((await readError('空.xlsx', bytes)).message).toContain('没有任何内容');
  });
});

describe('readTable: csv', () => {
  it('reads UTF-8 with a BOM (Excel "CSV UTF-8")', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('姓名,电话\r\n张三,13800138000\r\n"王,五", 0795 \r\n\r\n'),
    ]);
    const table = await readTable('名单.csv', bom);
    expect(table).toEqual({
      sheetName: '名单',
      rows: [
        ['姓名', '电话'],
        ['张三', '13800138000'],
        ['王,五', '0795'],
      ],
    });
  });

  it('reads UTF-8 without a BOM (WPS)', async () => {
    const table = await readTable(
      'C:\\Users\\秘书\\名单.CSV',
      utf8('单位全称,简称\n宜丰县水利局,县水利局\n'),
    );
    expect(table).toEqual({
      sheetName: '名单',
      rows: [
        ['单位全称', '简称'],
        ['宜丰县水利局', '县水利局'],
      ],
    });
  });

  it('keeps blank lines so row numbers match Excel', async () => {
    const table = await readTable('a.csv', utf8('名单\n\n姓名\n张三\n'));
    expect(table.rows).toEqual([['名单'], [''], ['姓名'], ['张三']]);
  });

  it('reads GBK, the default of Chinese Excel', async () => {
    // "姓名,类别\r\n张三,人大代表" encoded in GB18030 (GBK for these characters).
    const gbk = new Uint8Array([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc0, 0xe0, 0xb1, 0xf0, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xc8,
      0xcb, 0xb4, 0xf3, 0xb4, 0xfa, 0xb1, 0xed,
    ]);
    const table = await readTable('名单.csv', gbk);
    expect(table.rows).toEqual([
      ['姓名', '类别'],
      ['张三', '人大代表'],
    ]);
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode 文本" renamed to .csv)', async () => {
    const table = await readTable('名单.csv', utf16le('姓名\t类别\r\n张三\t人大代表\r\n'));
    expect(table.rows).toEqual([
      ['姓名', '类别'],
      ['张三', '人大代表'],
    ]);
  });

  it('reports unbalanced quotes with the row', async () => {
    const error = await readError('a.csv', utf8('姓名,职务\n张三,"主任\n李四,委员\n'));
    expect(error.message).toContain('第 2 行');
    expect(error.message).toContain('引号');
  });

  it(`accepts ${MAX_ROWS} rows and rejects one more`, async () => {
    const lines = (n: number) => utf8(`姓名\n${'张三\n'.repeat(n - 1)}`);
    expect((await readTable('a.csv', lines(MAX_ROWS))).rows).toHaveLength(MAX_ROWS);
    const error = await readError('a.csv', lines(MAX_ROWS + 1));
    expect(error.message).toContain(`文件有 ${MAX_ROWS + 1} 行`);
    expect(error.message).toContain('拆成几个文件');
  });

  it('rejects content far to the right, naming the cell', async () => {
    const error = await readError('a.csv', utf8(`姓名${','.repeat(500)}x\n`));
    expect(error.message).toContain('第 1 行 SG 列');
  });
});

describe('readTable: files that are not tables', () => {
  it('rejects an empty file', async () => {
    expect((await readError('名单.xlsx', new Uint8Array())).message).toContain('文件是空的');
    expect((await readError('名单.csv', utf8(' \r\n ,, \r\n'))).message).toContain('没有任何内容');
  });

  it('asks to save an old .xls as .xlsx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(504)]);
    const error = await readError('名单.xls', ole);
    expect(error.message).toContain('Excel 97-2003');
    expect(error.message).toContain('另存为');
    expect(error.message).toContain('.xlsx');
    // An HTML table saved under an .xls name gets the same advice.
    expect((await readError('导出.xls', utf8('<table><tr><td>姓名</td></tr></table>'))).message).toContain(
      '另存为',
    );
  });

  it('explains an OLE file named .xlsx as a password or an old format', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await readError('名单.xlsx', ole)).message).toContain('密码');
  });

  it('asks to save a WPS .et file as .xlsx', async () => {
    expect((await readError('名单.et', noise(64))).message).toContain('WPS');
  });

  it('rejects unsupported extensions, naming the extension', async () => {
    const error = await readError('名单.txt', utf8('姓名,类别'));
    expect(error.message).toContain('不支持“.txt”文件');
    expect(error.message).toContain('.xlsx');
    expect((await readError('名单', utf8('姓名'))).message).toContain('没有扩展名');
  });

  it('rejects random bytes under a spreadsheet name as damaged', async () => {
    expect((await readError('名单.xlsx', noise(2048))).message).toContain('已损坏');
    expect((await readError('名单.csv', noise(2048))).message).toContain('已损坏');
  });

  it('rejects a zip that is not a workbook', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(300)]);
    expect((await readError('名单.xlsx', zip)).message).toContain('已损坏');
  });

  it('reads an .xlsx whose name says .csv', async () => {
    const bytes = await writeXlsx([{ name: 'S', headers: ['姓名'], rows: [['张三']] }]);
    expect((await readTable('名单.csv', bytes)).rows).toEqual([['姓名'], ['张三']]);
  });
});
