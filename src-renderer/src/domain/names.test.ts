import { describe, expect, it } from 'vitest';
import { DELETED_NAME, nameOr } from './names';

describe('nameOr', () => {
  it("gives the record's name, or the one placeholder when the record was deleted", () => {
    const units = new Map([['u1', { shortName: '县自然资源局', fullName: '宜丰县自然资源局' }]]);
    expect(nameOr(units.get('u1'), 'shortName')).toBe('县自然资源局');
    expect(nameOr(units.get('gone'), 'shortName')).toBe('（已删除）');
    expect(nameOr(null, 'name')).toBe(DELETED_NAME);
  });
});
