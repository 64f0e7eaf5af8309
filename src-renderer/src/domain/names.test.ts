import { describe, expect, it } from 'vitest';
import { DELETED_NAME, nameOr, namesById } from './names';

describe('names of records that may be gone', () => {
  const units = [
    { id: 'u1', shortName: '县财政局', fullName: '宜丰县财政局' },
    { id: 'u2', shortName: '县税务局', fullName: '国家税务总局宜丰县税务局' },
  ];

  it('reads the field of a record, and the one placeholder when there is none', () => {
    expect(nameOr(units[0], 'shortName')).toBe('县财政局');
    expect(nameOr(undefined, 'shortName')).toBe('（已删除）');
    expect(nameOr(null, 'fullName')).toBe(DELETED_NAME);
  });

  it('looks names up by id; an unknown or missing id gives the placeholder', () => {
    const name = namesById(units, 'shortName');
    expect(name('u2')).toBe('县税务局');
    expect(name('gone')).toBe(DELETED_NAME);
    expect(name(null)).toBe(DELETED_NAME);
    expect(namesById(undefined, 'shortName')('u1')).toBe(DELETED_NAME);
  });
});
