import { describe, expect, it } from 'vitest';
import { findHeaderRow, goodRows, mapColumns, normalizeHeader, type ColumnSpec } from './importTable';

const COLUMNS: ColumnSpec<'name' | 'category' | 'phone'>[] = [
  { field: 'name', header: '姓名', aliases: ['名字'], required: true },
  { field: 'category', header: '类别', aliases: ['身份'], required: true },
  { field: 'phone', header: '电话', aliases: ['手机'], required: false },
];

describe('normalizeHeader', () => {
  it('folds spaces, full-width characters, required marks and a trailing colon', () => {
    expect(normalizeHeader(' 姓 名* ')).toBe('姓名');
    expect(normalizeHeader('＊姓\u3000名')).toBe('姓名');
    expect(normalizeHeader('类别（必填）')).toBe('类别');
    expect(normalizeHeader('电话(选填)：')).toBe('电话');
    expect(normalizeHeader('ＱＱ号１')).toBe('qq号1');
    expect(normalizeHeader('姓名\n(必填)')).toBe('姓名');
  });
});

describe('mapColumns', () => {
  it('maps primary names, aliases and names with a note in brackets', () => {
    const mapping = mapColumns(['名字 *', '类别（常委会组成人员/人大代表）', '手机'], COLUMNS);
    expect([...mapping.indexOf.entries()]).toEqual([
      ['name', 0],
      ['category', 1],
      ['phone', 2],
    ]);
    expect(mapping.missing).toEqual([]);
    expect(mapping.warnings).toEqual([]);
  });

  it('reports missing required columns and warns about unknown and repeated ones', () => {
    const mapping = mapColumns(['序号', '姓名', '备注', '电话', '手机', '', '籍贯'], COLUMNS, ['序号']);
    expect(mapping.missing.map((spec) => spec.header)).toEqual(['类别']);
    expect(mapping.indexOf.get('phone')).toBe(3);
    expect(mapping.columns).toEqual([
      { header: '序号', field: null },
      { header: '姓名', field: 'name' },
      { header: '备注', field: null },
      { header: '电话', field: 'phone' },
      { header: '手机', field: null },
      { header: '籍贯', field: null },
    ]);
    expect(mapping.warnings).toEqual([
      '“手机”列与“电话”列是同一项，只导入前面的“电话”列',
      '以下列不会导入，已忽略：“备注”、“籍贯”',
    ]);
  });
});

describe('findHeaderRow', () => {
  it('finds the header under a title and notes', () => {
    const rows = [
      ['人员名单', '人员名单'],
      ['填表说明：类别必填', ''],
      ['姓名', '类别'],
      ['张三', '人大代表'],
    ];
    expect(findHeaderRow(rows, COLUMNS)).toBe(2);
  });

  it('looks at the first 10 rows only', () => {
    const rows = [...Array.from({ length: 10 }, () => ['']), ['姓名', '类别']];
    expect(findHeaderRow(rows, COLUMNS)).toBe(-1);
    expect(findHeaderRow(rows.slice(1), COLUMNS)).toBe(9);
  });

  it('needs every required column in one row', () => {
    expect(findHeaderRow([['姓名'], ['类别']], COLUMNS)).toBe(-1);
  });
});

describe('goodRows', () => {
  it('keeps the records of the rows without errors, in file order', () => {
    const rows = [
      { rowNumber: 2, cells: {}, value: 'a', errors: [] },
      { rowNumber: 3, cells: {}, value: null, errors: ['请填写姓名'] },
      { rowNumber: 4, cells: {}, value: 'c', errors: [] },
    ];
    expect(goodRows({ rows })).toEqual(['a', 'c']);
    expect(goodRows({ rows: [] })).toEqual([]);
  });
});
