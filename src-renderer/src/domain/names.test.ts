import { describe, expect, it } from 'vitest';
import { DELETED_NAME, nameOr } from './names';

describe('nameOr', () => {
  it('gives the name of a record that is there', () => {
    expect(nameOr({ shortName: '县发改委' }, 'shortName')).toBe('县发改委');
  });

  it('gives the one placeholder for a deleted record or an empty name', () => {
    const units = new Map<string, { shortName: string }>();
    expect(nameOr(units.get('gone'), 'shortName')).toBe(DELETED_NAME);
    expect(nameOr<{ shortName: string }, 'shortName'>(null, 'shortName')).toBe('（已删除）');
    expect(nameOr({ shortName: ' ' }, 'shortName')).toBe('（已删除）');
  });
});
