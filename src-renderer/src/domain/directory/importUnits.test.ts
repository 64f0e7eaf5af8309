import { describe, expect, it } from 'vitest';
import { previewUnitsImport } from './importUnits';
import type { UnitInput } from './unit';

const HEADER = ['单位全称', '简称', '单位类型', '负责人', '负责人职务', '分管领导', '分管领导职务'];
const preview = (rows: string[][], existing: { fullName: string }[] = []) =>
  previewUnitsImport({ rows }, existing);

describe('previewUnitsImport', () => {
  it('reads units under a title row, defaulting the kind and the short name', () => {
    const result = preview([
      ['2026年专题询问应询单位', '', '', '', '', '', ''],
      HEADER,
      ['宜丰县自然资源局', '县自然资源局', '', '张三', '局长', '李四', '副县长'],
      ['', '', '', '', '', '', ''],
      ['宜丰县 供电公司', '', '公用企事业单位', '', '', '', ''],
    ]);
    expect(result.fileErrors).toEqual([]);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([3, 5]);
    expect(result.rows.map((row) => row.value)).toEqual<UnitInput[]>([
      {
        fullName: '宜丰县自然资源局',
        shortName: '县自然资源局',
        kind: '政府工作部门',
        headName: '张三',
        headTitle: '局长',
        supervisorName: '李四',
        supervisorTitle: '副县长',
      },
      {
        fullName: '宜丰县供电公司',
        shortName: '宜丰县供电公司',
        kind: '公用企事业单位',
        headName: '',
        headTitle: '',
        supervisorName: '',
        supervisorTitle: '',
      },
    ]);
    expect(result.goodCount).toBe(2);
  });

  it('accepts the column aliases and a few kind aliases', () => {
    const result = preview([
      ['序号', '单位名称', '单位简称', '类型', '主要负责人', '负责人职务', '分管县领导', '分管县领导职务'],
      ['1', '宜丰县税务局', '县税务局', '垂管部门', '王五', '局长', '赵六', '副县长'],
      ['2', '宜丰县水利局', '', '政府部门', '', '', '', ''],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.rows[0]?.value).toMatchObject({
      fullName: '宜丰县税务局',
      kind: '垂直管理部门',
      headName: '王五',
      supervisorName: '赵六',
      supervisorTitle: '副县长',
    });
    expect(result.rows[1]?.value?.kind).toBe('政府工作部门');
    expect(
      preview([
        ['单位', '负责人姓名', '分管负责人'],
        ['宜丰县林业局', '甲', '乙'],
      ]).rows[0]?.value,
    ).toMatchObject({
      fullName: '宜丰县林业局',
      headName: '甲',
      supervisorName: '乙',
    });
  });

  it('names the missing 单位全称 column', () => {
    const [message] = preview([
      ['名称', '负责人'],
      ['水利局', '张三'],
    ]).fileErrors;
    expect(message).toContain('缺少必填列“单位全称”');
    expect(message).toContain('在第 1 行找到的列：名称、负责人');
  });

  it('says there are no data rows', () => {
    expect(preview([]).fileErrors[0]).toContain('文件中没有数据行');
    expect(preview([HEADER]).fileErrors[0]).toContain('文件中没有数据行');
  });

  it('reports row errors, duplicates in the file and units already stored', () => {
    const result = preview(
      [
        HEADER,
        ['', '水利局', '', '', '', '', ''],
        ['宜丰县水利局', '', '事业单位', '', '', '', ''],
        ['宜丰县林业局', '', '', '', '', '', ''],
        ['宜丰县 林业局', '林业局', '', '', '', '', ''],
        ['宜丰县应急管理局', '', '', '', '', '', ''],
        ['宜丰县工业和信息化局', '简'.repeat(51), '', '', '', '', ''],
      ],
      [{ fullName: '宜丰县应急管理局' }],
    );
    const byRow = Object.fromEntries(result.rows.map((row) => [row.rowNumber, row.errors]));
    expect(byRow).toEqual({
      2: ['请填写单位全称'],
      3: [
        '单位类型“事业单位”无法识别，应为：政府工作部门、垂直管理部门、公用企事业单位、园区及其他（不填则为“政府工作部门”）',
      ],
      4: [],
      5: ['与第 4 行重复（单位全称相同）'],
      6: ['单位名录中已有此单位：宜丰县应急管理局'],
      7: ['简称不能超过 50 个字'],
    });
    expect(result.goodCount).toBe(1);
    expect(result.badCount).toBe(5);
  });
});
