import { describe, expect, it } from 'vitest';
import { comparePeople } from './order';
import type { PersonCategory } from './person';

const p = (name: string, title: string, category: PersonCategory = '常委会组成人员') => ({
  name,
  title,
  category,
});

describe('comparePeople', () => {
  it('puts the chair, vice-chairs and secretary-general first, then members by surname strokes', () => {
    const people = [
      p('王五', '县人大常委会委员'),
      p('丁一', '县人大常委会委员'),
      p('钟国平', '县人大常委会主任'),
      p('李四', '县人大常委会秘书长'),
      p('张三', '县人大常委会副主任'),
    ];
    expect(people.sort(comparePeople).map((x) => x.name)).toEqual(['钟国平', '张三', '李四', '丁一', '王五']);
  });

  it('orders by strokes, not by pinyin', () => {
    // 马 (3 strokes, pinyin ma) before 李 (7 strokes, pinyin li): pinyin would put 李 first.
    const sorted = [p('李明', ''), p('马明', '')].sort(comparePeople).map((x) => x.name);
    expect(sorted).toEqual(['马明', '李明']);
  });

  it('groups by category in the order of the categories', () => {
    const sorted = [p('甲', '', '人大代表'), p('乙', '', '常委会组成人员')].sort(comparePeople);
    expect(sorted.map((x) => x.category)).toEqual(['常委会组成人员', '人大代表']);
  });
});
