import type { SheetSpec } from '../sheet';
import { describe, expect, it } from 'vitest';
import { peopleSheet, unitsSheet } from './exportTables';
import { previewPeopleImport } from './importPeople';
import { previewUnitsImport } from './importUnits';
import type { Person } from './person';
import type { Unit } from './unit';

const people: Person[] = [
  {
    id: 'p1',
    name: '张三',
    title: '县人大常委会主任',
    category: '常委会组成人员',
    groups: ['常委会组成人员'],
    phone: '13800138000',
    archived: false,
  },
  {
    id: 'p2',
    name: '李四',
    title: '',
    category: '服务对象',
    groups: ['服务对象', '企业代表'],
    phone: '07954567890',
    archived: true,
  },
  { id: 'p3', name: '王五', title: '委员', category: '人大代表', groups: [], phone: '', archived: false },
];

const units: Unit[] = [
  {
    id: 'u1',
    fullName: '宜丰县自然资源局',
    shortName: '县自然资源局',
    kind: '政府工作部门',
    headName: '张三',
    headTitle: '局长',
    supervisorName: '李四',
    supervisorTitle: '副县长',
    archived: false,
  },
  {
    id: 'u2',
    fullName: '国网宜丰县供电公司',
    shortName: '县供电公司',
    kind: '公用企事业单位',
    headName: '',
    headTitle: '',
    supervisorName: '',
    supervisorTitle: '',
    archived: true,
  },
];

const asTable = (sheet: SheetSpec) => ({
  rows: [sheet.headers, ...sheet.rows.map((row) => row.map(String))],
});

describe('peopleSheet', () => {
  it('writes the import headers plus 状态, phones as text', () => {
    const sheet = peopleSheet(people);
    expect(sheet.name).toBe('人员名册');
    expect(sheet.headers).toEqual(['姓名', '职务', '类别', '测评组', '电话', '状态']);
    expect(sheet.rows[1]).toEqual(['李四', '', '服务对象', '服务对象、企业代表', '07954567890', '已归档']);
    expect(sheet.rows[0]?.[5]).toBe('在用');
  });

  it('imports back to the same records, without warnings', () => {
    const result = previewPeopleImport(asTable(peopleSheet(people)), []);
    expect(result.warnings).toEqual([]);
    expect(result.badCount).toBe(0);
    expect(result.rows.map((row) => row.value)).toEqual(
      people.map(({ id: _id, archived: _a, ...input }) => input),
    );
  });
});

describe('unitsSheet', () => {
  it('writes the import headers plus 状态', () => {
    const sheet = unitsSheet(units);
    expect(sheet.name).toBe('单位名录');
    expect(sheet.headers).toEqual([
      '单位全称',
      '简称',
      '单位类型',
      '负责人',
      '负责人职务',
      '分管领导',
      '分管领导职务',
      '状态',
    ]);
    expect(sheet.rows[1]).toEqual([
      '国网宜丰县供电公司',
      '县供电公司',
      '公用企事业单位',
      '',
      '',
      '',
      '',
      '已归档',
    ]);
  });

  it('imports back to the same records, without warnings', () => {
    const result = previewUnitsImport(asTable(unitsSheet(units)), []);
    expect(result.warnings).toEqual([]);
    expect(result.badCount).toBe(0);
    expect(result.rows.map((row) => row.value)).toEqual(
      units.map(({ id: _id, archived: _a, ...input }) => input),
    );
  });
});
