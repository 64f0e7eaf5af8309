import { describe, expect, it } from 'vitest';
import { defaultRules } from './rules';
import { bottomNWarning, setupWarnings } from './setupWarnings';

describe('setup warnings', () => {
  it('warns when bottom N is not below the number of subjects: nobody would be flagged', () => {
    expect(bottomNWarning(3, 3)).toBe(
      '排名靠后的个数为 3，测评对象只有 3 个：参加排名的不超过 3 个时不标记排名靠后，本轮不会有排名靠后的测评对象。' +
        '如需标记，请把个数改为小于 3。',
    );
    expect(bottomNWarning(3, 1)).toContain('测评对象只有 1 个');
    expect(bottomNWarning(3, 4)).toBeNull();
    expect(bottomNWarning(0, 1)).toBeNull();
    expect(bottomNWarning(3, 0)).toBeNull();
  });

  it('lists the warnings of a round setup', () => {
    const rules = { ...defaultRules(), bottomN: 3 };
    const three = ['甲', '乙', '丙'].map((name, i) => ({ id: `s${i}`, name }));
    expect(setupWarnings(rules, three)).toHaveLength(1);
    expect(setupWarnings({ ...rules, bottomN: 2 }, three)).toEqual([]);
  });
});
