import { describe, expect, it } from 'vitest';
import { matchesSearch } from './search';

describe('matchesSearch', () => {
  it('matches every word somewhere in the fields', () => {
    expect(matchesSearch('自然 局长', ['宜丰县自然资源局', '刘明', '局长'])).toBe(true);
    expect(matchesSearch('自然 副县长', ['宜丰县自然资源局', '刘明', '局长'])).toBe(false);
  });

  it('treats an empty or blank query as matching everything', () => {
    expect(matchesSearch('', ['x'])).toBe(true);
    expect(matchesSearch(' \u3000 ', ['x'])).toBe(true);
  });

  it('ignores case for Latin letters', () => {
    expect(matchesSearch('abc', ['ABC公司'])).toBe(true);
  });
});
