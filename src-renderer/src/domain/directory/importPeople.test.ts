import { describe, expect, it } from 'vitest';
import { previewPeopleImport } from './importPeople';
import type { PersonInput } from './person';

const HEADER = ['姓名', '职务', '类别', '测评组', '电话'];
const preview = (rows: string[][], existing: { name: string; title: string }[] = []) =>
  previewPeopleImport({ rows }, existing);
const errorsByRow = (rows: string[][], existing: { name: string; title: string }[] = []) =>
  Object.fromEntries(preview(rows, existing).rows.map((row) => [row.rowNumber, row.errors]));

describe('previewPeopleImport: file problems', () => {
  it('names the missing required columns and the columns it found', () => {
    const result = preview([
      ['名称', '备注'],
      ['张三', '无'],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.fileErrors).toHaveLength(1);
    const [message] = result.fileErrors;
    expect(message).toContain('缺少必填列“姓名”、“类别”');
    expect(message).toContain('在第 1 行找到的列：名称、备注');
    expect(message).toContain('姓名、职务、类别、测评组、电话');
  });

  it('reports the row with the most known columns when a required one is missing', () => {
    const [message] = preview([
      ['宜丰县人大常委会组成人员名单'],
      ['姓名', '职务', '电话'],
      ['张三', '主任', ''],
    ]).fileErrors;
    expect(message).toContain('缺少必填列“类别”');
    expect(message).toContain('在第 2 行找到的列：姓名、职务、电话');
  });

  it('says there are no data rows for an empty table, blank rows or a header alone', () => {
    expect(preview([]).fileErrors[0]).toContain('文件中没有数据行');
    expect(
      preview([
        ['', ''],
        ['  ', ''],
      ]).fileErrors[0],
    ).toContain('文件中没有数据行');
    const headerOnly = preview([['名单'], HEADER, ['', '', '', '', '']]);
    expect(headerOnly.fileErrors).toEqual(['文件中没有数据行：表头（第 2 行）下面没有填写内容']);
    expect(headerOnly.rows).toEqual([]);
  });

  it('says so when the first 10 rows are all blank', () => {
    const rows = [...Array.from({ length: 10 }, () => ['']), HEADER, ['张三', '', '人大代表', '', '']];
    expect(preview(rows).fileErrors[0]).toContain('前 10 行都是空行');
  });
});

describe('previewPeopleImport: rows', () => {
  it('reads good rows under a title, with the row numbers Excel shows, skipping blank rows', () => {
    const result = preview([
      ['宜丰县人大常委会组成人员名单', '宜丰县人大常委会组成人员名单'],
      [' 姓 名*', '职务', '类别（必填）', '测评组', '电话'],
      ['张  三', ' 县人大常委会主任 ', '常委会组成人员', '常委会组成人员、企业代表', '138 0013 8000'],
      ['', '', '', '', ''],
      ['李四', '', '人大代表', '', '0795-4567890'],
    ]);
    expect(result.fileErrors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.goodCount).toBe(2);
    expect(result.badCount).toBe(0);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([3, 5]);
    expect(result.rows[0]?.cells).toEqual({
      name: '张  三',
      title: '县人大常委会主任',
      category: '常委会组成人员',
      groups: '常委会组成人员、企业代表',
      phone: '138 0013 8000',
    });
    expect(result.rows.map((row) => row.value)).toEqual<PersonInput[]>([
      {
        name: '张三',
        title: '县人大常委会主任',
        category: '常委会组成人员',
        groups: ['常委会组成人员', '企业代表'],
        phone: '13800138000',
      },
      { name: '李四', title: '', category: '人大代表', groups: [], phone: '07954567890' },
    ]);
  });

  it('reports every kind of row error with its row number', () => {
    const result = preview([
      HEADER,
      ['', '委员', '人大代表', '', ''],
      ['王五', '', '', '', ''],
      ['赵六', '', '群众', '', ''],
      ['钱七', '', '工作人员', '', '1380013800'],
      ['孙'.repeat(51), '', '服务对象', '', '12345'],
      ['周八', '', '工作人员', '', ''],
    ]);
    expect(result.goodCount).toBe(1);
    expect(result.badCount).toBe(5);
    const byRow = Object.fromEntries(result.rows.map((row) => [row.rowNumber, row]));
    expect(byRow[2]?.errors).toEqual(['请填写姓名']);
    expect(byRow[2]?.value).toBeNull();
    expect(byRow[3]?.errors).toEqual([
      '请填写类别，应为：常委会组成人员、人大代表、政府及部门负责人、工作人员、服务对象',
    ]);
    expect(byRow[4]?.errors).toEqual([
      '类别“群众”无法识别，应为：常委会组成人员、人大代表、政府及部门负责人、工作人员、服务对象',
    ]);
    expect(byRow[5]?.errors).toEqual(['电话号码格式不对，应为手机号或带区号的固话（现为“1380013800”）']);
    expect(byRow[6]?.errors).toHaveLength(2);
    expect(byRow[6]?.errors[0]).toContain('姓名不能超过 50 个字');
    expect(byRow[6]?.errors[1]).toContain('“12345”');
    expect(byRow[7]?.errors).toEqual([]);
    expect(byRow[7]?.value?.name).toBe('周八');
  });

  it('flags a row that repeats an earlier one (same name and title), but not namesakes', () => {
    const errors = errorsByRow([
      HEADER,
      ['张三', '委员', '人大代表', '', ''],
      ['张三', '主任', '人大代表', '', ''],
      ['张 三', '委员', '工作人员', '', ''],
      ['张三', '委员', '人大代表', '', ''],
    ]);
    expect(errors).toEqual({
      2: [],
      3: [],
      4: ['与第 2 行重复（姓名和职务都相同）'],
      5: ['与第 2 行重复（姓名和职务都相同）'],
    });
  });

  it('flags people already in the directory', () => {
    const errors = errorsByRow(
      [
        HEADER,
        ['张三', '县人大常委会主任', '常委会组成人员', '', ''],
        ['李四', '', '人大代表', '', ''],
        ['李四', '代表', '人大代表', '', ''],
      ],
      [
        { name: '张三', title: '县人大常委会主任' },
        { name: '李 四', title: '' },
      ],
    );
    expect(errors).toEqual({
      2: ['名册中已有此人：张三（县人大常委会主任）'],
      3: ['名册中已有此人：李四'],
      4: [],
    });
  });

  it('accepts the column and category aliases', () => {
    const result = preview([
      ['名字', '现任职务', '身份', '测评对象组', '手机号码'],
      ['甲', '', '常委会委员', '', ''],
      ['乙', '', '代表', '', ''],
      ['丙', '', '县人大代表', '', ''],
      ['丁', '', '企业代表', '', ''],
      ['戊', '', '部门负责人', '', ''],
      ['己', '', '政府及部门负责人', '', ''],
    ]);
    expect(result.badCount).toBe(0);
    expect(result.columns.map((column) => column.field)).toEqual([
      'name',
      'title',
      'category',
      'groups',
      'phone',
    ]);
    expect(result.rows.map((row) => row.value?.category)).toEqual([
      '常委会组成人员',
      '人大代表',
      '人大代表',
      '服务对象',
      '政府及部门负责人',
      '政府及部门负责人',
    ]);
    const other = preview([
      ['序号', '职位', '人员类别', '分组', '联系电话', '姓名'],
      ['1', '局长', '部门负责人', '', '13907951234', '庚'],
    ]);
    expect(other.rows[0]?.value).toEqual({
      name: '庚',
      title: '局长',
      category: '政府及部门负责人',
      groups: [],
      phone: '13907951234',
    });
  });

  it('warns about ignored columns and columns without a header, but imports the rest', () => {
    const result = preview([
      ['姓名', '类别', '备注', '电话', '手机', ''],
      ['张三', '人大代表', '新任', '13800138000', '13900000000', '无名列'],
    ]);
    expect(result.warnings).toEqual([
      '“手机”列与“电话”列是同一项，只导入前面的“电话”列',
      '以下列不会导入，已忽略：“备注”',
      '第 6 列有内容但没有列名，不会导入',
    ]);
    expect(result.rows[0]?.value?.phone).toBe('13800138000');
    expect(result.rows[0]?.value?.title).toBe('');
  });
});
