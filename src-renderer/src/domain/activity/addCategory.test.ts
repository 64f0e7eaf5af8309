import { describe, expect, it } from 'vitest';
import type { Person } from '../directory/person';
import { addCategory } from './addCategory';

function person(id: string, category: Person['category'], archived = false): Person {
  return { id, category, archived } as Person;
}

const people = [
  person('chair', '常委会组成人员'),
  person('a', '常委会组成人员'),
  person('b', '常委会组成人员'),
  person('old', '常委会组成人员', true),
  person('d', '人大代表'),
];

describe('addCategory', () => {
  it('adds the active members but not the chair of an inquiry', () => {
    expect(addCategory(people, '常委会组成人员', ['d'], { kind: 'inquiry', chairId: 'chair' })).toEqual({
      kind: 'added',
      ids: ['d', 'a', 'b'],
      added: 2,
      chairLeftOut: true,
    });
  });

  it('keeps the chair among the raters of an evaluation, where the chair may rate', () => {
    const result = addCategory(people, '常委会组成人员', [], { kind: 'evaluation', chairId: 'chair' });
    expect(result).toEqual({ kind: 'added', ids: ['chair', 'a', 'b'], added: 3, chairLeftOut: false });
  });

  it('adds everyone when no chair is chosen, without duplicates', () => {
    const result = addCategory(people, '常委会组成人员', ['a'], { kind: 'inquiry', chairId: null });
    expect(result).toEqual({ kind: 'added', ids: ['a', 'chair', 'b'], added: 2, chairLeftOut: false });
  });

  it('says when the 名册 has no one of the category (archived people do not count)', () => {
    expect(addCategory([], '常委会组成人员', [], { kind: 'inquiry', chairId: null })).toEqual({
      kind: 'noneInDirectory',
    });
    expect(
      addCategory([person('old', '服务对象', true)], '服务对象', [], { kind: 'evaluation', chairId: null }),
    ).toEqual({ kind: 'noneInDirectory' });
  });

  it('says when everyone is already chosen', () => {
    expect(addCategory(people, '常委会组成人员', ['a', 'b'], { kind: 'inquiry', chairId: 'chair' })).toEqual({
      kind: 'allChosen',
      chairLeftOut: true,
    });
  });
});
