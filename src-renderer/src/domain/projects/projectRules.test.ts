import { describe, expect, it } from 'vitest';
import { defaultProjectRules, describeProjectRules } from './projectRules';

describe('the rules in words', () => {
  it('prints the places, the void rule and the denominator', () => {
    const text = describeProjectRules(defaultProjectRules(10), 12).join('\n');
    expect(text).toContain('候选项目 12 个，限选 10 项，多选无效');
    expect(text).toContain('有效票数（不含多选等无效票）的过半数同意票为通过');
    expect(text).toContain('实到人数须超过应到人数的半数');
  });
  it('says a runoff needs no majority, and leaves out the quorum when it is off', () => {
    const text = describeProjectRules({ ...defaultProjectRules(1), runoff: true, requireQuorum: false }, 2);
    expect(text.join('\n')).toContain('按得票多少确定剩余的 1 个名额');
    expect(text.join('\n')).not.toContain('过半数同意票');
    expect(text.join('\n')).not.toContain('实到人数须');
  });
});
