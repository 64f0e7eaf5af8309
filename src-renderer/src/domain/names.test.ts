import { describe, expect, it } from 'vitest';
import { DELETED_NAME, nameOr, namesById } from './names';

type Unit = { id: string; shortName: string; fullName: string };

const units: Unit[] = [
  { id: 'u1', shortName: '县林业局', fullName: '宜丰县林业局' },
  { id: 'u2', shortName: '县水利局', fullName: '宜丰县水利局' },
];

describe('names of records that may be deleted', () => {
  it('gives the field of a record, or the one placeholder when it is gone', () => {
    expect(nameOr(units[0], 'fullName')).toBe('宜丰县林业局');
    expect(nameOr<Unit>(undefined, 'shortName')).toBe('（已删除）');
    expect(nameOr<Unit>(null, 'shortName')).toBe(DELETED_NAME);
  });

  it('looks names up by id, before the records have loaded too', () => {
    const unitName = namesById(units, 'shortName');
    expect(unitName('u2')).toBe('县水利局');
    expect(unitName('gone')).toBe('（已删除）');
    expect(namesById<{ id: string; name: string }>(undefined, 'name')('u1')).toBe('（已删除）');
  });
});
