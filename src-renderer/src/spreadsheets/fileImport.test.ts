// The whole path a secretary takes: a file from Excel or WPS, read, then checked by the domain import.
import { describe, expect, it } from 'vitest';
import { peopleSheet, unitsSheet } from '../domain/directory/exportTables';
import { previewPeopleImport } from '../domain/directory/importPeople';
import { previewUnitsImport } from '../domain/directory/importUnits';
import type { Person } from '../domain/directory/person';
import type { Unit } from '../domain/directory/unit';
import ExcelJS from './exceljs';
import { readTable } from './readTable';
import { writeXlsx } from './writeXlsx';

describe('importing files', () => {
  it('imports a WPS-like list with a title row and numeric phone cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '宜丰县人大常委会组成人员名单';
    sheet.mergeCells('A1:F1');
    sheet.addRow(['序号', '姓名*', '职务', '类别*', '测评组', '手机号码']);
    sheet.addRow([1, '张三', '县人大常委会主任', '常委会组成人员', '常委会组成人员', 13907951234]);
    sheet.addRow([2, '李四', '县人大常委会委员', '常委会委员', '常委会组成人员', 13607955678]);
    sheet.addRow([3, '王五', '', '群众', '', 12345]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const result = previewPeopleImport(await readTable('组成人员名单.xlsx', bytes), []);
    expect(result.fileErrors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((row) => [row.rowNumber, row.value?.phone ?? null])).toEqual([
      [3, '13907951234'],
      [4, '13607955678'],
      [5, null],
    ]);
    expect(result.rows[1]?.value?.category).toBe('常委会组成人员');
    expect(result.rows[2]?.errors[0]).toContain('类别“群众”无法识别');
    expect(result.rows[2]?.errors[1]).toContain('“12345”');
  });

  it('imports a GBK CSV saved by Chinese Excel', async () => {
    // "姓名,类别\r\n张三,人大代表" in GB18030.
    const gbk = new Uint8Array([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc0, 0xe0, 0xb1, 0xf0, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xc8,
      0xcb, 0xb4, 0xf3, 0xb4, 0xfa, 0xb1, 0xed,
    ]);
    const result = previewPeopleImport(await readTable('名单.csv', gbk), []);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        cells: { name: '张三', title: '', category: '人大代表', groups: '', phone: '' },
        value: { name: '张三', title: '', category: '人大代表', groups: [], phone: '' },
        errors: [],
      },
    ]);
  });

  it('imports an exported people file back to the same records', async () => {
    const people: Person[] = [
      {
        id: 'a',
        name: '张三',
        title: '主任',
        category: '常委会组成人员',
        groups: ['常委会组成人员'],
        phone: '13800138000',
        archived: false,
      },
      {
        id: 'b',
        name: '李四',
        title: '',
        category: '服务对象',
        groups: ['企业代表'],
        phone: '07954567890',
        archived: true,
      },
    ];
    const table = await readTable('人员名册.xlsx', await writeXlsx([peopleSheet(people)]));
    const result = previewPeopleImport(table, []);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((row) => row.value)).toEqual(
      people.map(({ id: _i, archived: _a, ...input }) => input),
    );
    // Importing the same file again finds every person already there.
    expect(previewPeopleImport(table, people).rows.map((row) => row.errors)).toEqual([
      ['名册中已有此人：张三（主任）'],
      ['名册中已有此人：李四'],
    ]);
  });

  it('imports an exported units file back to the same records', async () => {
    const units: Unit[] = [
      {
        id: 'u',
        fullName: '宜丰县水利局',
        shortName: '县水利局',
        kind: '政府工作部门',
        headName: '赵六',
        headTitle: '局长',
        supervisorName: '钱七',
        supervisorTitle: '副县长',
        archived: false,
      },
    ];
    const table = await readTable('单位名录.xlsx', await writeXlsx([unitsSheet(units)]));
    const result = previewUnitsImport(table, []);
    expect(result.rows.map((row) => row.value)).toEqual(
      units.map(({ id: _i, archived: _a, ...input }) => input),
    );
  });

  // Correctness at scale only (timings belong to `npm run bench`): a slow machine may take a while.
  it('reads and checks 5,000 people', { timeout: 60_000 }, async () => {
    const people: Person[] = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i),
      name: `代表${i}`,
      title: '县人大代表',
      category: '人大代表',
      groups: ['人大代表'],
      phone: String(13900000000 + i),
      archived: false,
    }));
    const table = await readTable('代表名单.xlsx', await writeXlsx([peopleSheet(people)]));
    expect(table.rows).toHaveLength(5001);
    const result = previewPeopleImport(table, []);
    expect(result.goodCount).toBe(5000);
    expect(result.badCount).toBe(0);
    expect(result.rows[4999]).toMatchObject({
      rowNumber: 5001,
      value: { name: '代表4999', phone: '13900004999' },
    });
  });
});
