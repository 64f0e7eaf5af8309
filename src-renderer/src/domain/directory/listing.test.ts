import { describe, expect, it } from 'vitest';
import { activeIdsOf, filterPeople, filterUnits, knownGroups } from './listing';
import type { Person } from './person';
import type { Unit } from './unit';

function person(id: string, change: Partial<Person> = {}): Person {
  return {
    id,
    name: id,
    title: '',
    category: '人大代表',
    groups: [],
    phone: '',
    archived: false,
    ...change,
  };
}

function unit(id: string, change: Partial<Unit> = {}): Unit {
  return {
    id,
    fullName: id,
    shortName: id,
    kind: '政府工作部门',
    headName: '',
    headTitle: '',
    supervisorName: '',
    supervisorTitle: '',
    archived: false,
    ...change,
  };
}

describe('filterPeople', () => {
  const people = [
    person('王五', { groups: ['企业代表'] }),
    person('李四', { archived: true }),
    person('张三', { category: '常委会组成人员', title: '县人大常委会主任' }),
  ];
  const all = { search: '', showArchived: false, category: null };

  it('hides archived people unless asked, and puts the leadership first', () => {
    expect(filterPeople(people, all).map((p) => p.id)).toEqual(['张三', '王五']);
    expect(filterPeople(people, { ...all, showArchived: true }).map((p) => p.id)).toEqual([
      '张三',
      '王五',
      '李四',
    ]);
  });

  it('filters by category and by words in any field, 测评组 included', () => {
    expect(filterPeople(people, { ...all, category: '人大代表' }).map((p) => p.id)).toEqual(['王五']);
    expect(filterPeople(people, { ...all, search: '企业' }).map((p) => p.id)).toEqual(['王五']);
    expect(filterPeople(people, { ...all, search: '主任 张' }).map((p) => p.id)).toEqual(['张三']);
  });

  it('leaves the list it was given as it was', () => {
    const before = people.map((p) => p.id);
    filterPeople(people, all);
    expect(people.map((p) => p.id)).toEqual(before);
  });
});

describe('filterUnits', () => {
  const units = [
    unit('宜丰县自然资源局', { headName: '刘明' }),
    unit('宜丰县财政局', { archived: true }),
    unit('宜丰县交通运输局'),
  ];

  it('hides archived units unless asked, sorts by full name and searches the heads', () => {
    const shown = filterUnits(units, { search: '', showArchived: false });
    expect(shown.map((u) => u.id)).toEqual(
      ['宜丰县交通运输局', '宜丰县自然资源局'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
    expect(filterUnits(units, { search: '', showArchived: true })).toHaveLength(3);
    expect(filterUnits(units, { search: '刘明', showArchived: false }).map((u) => u.id)).toEqual([
      '宜丰县自然资源局',
    ]);
  });
});

describe('knownGroups and activeIdsOf', () => {
  const people = [
    person('a', { groups: ['企业代表', '人大代表'] }),
    person('b', { groups: ['人大代表'], archived: true }),
    person('c', { category: '服务对象', groups: ['服务对象'] }),
  ];

  it('lists each group once', () => {
    expect(knownGroups(people)).toEqual(['企业代表', '人大代表', '服务对象']);
  });

  it('adds only the people of a category that are not archived', () => {
    expect(activeIdsOf(people, '人大代表')).toEqual(['a']);
    expect(activeIdsOf(people, '服务对象')).toEqual(['c']);
    expect(activeIdsOf(people, '工作人员')).toEqual([]);
  });
});
