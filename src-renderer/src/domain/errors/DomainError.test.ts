import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError, messageFor } from '.';
import { ERROR_MESSAGES } from './messages';

describe('DomainError', () => {
  it('takes its Chinese message from the table, with the parameters filled in', () => {
    const error = new DomainError('common.notFound', { what: '测评' });
    expect(error.message).toBe('测评不存在，可能已被删除');
    expect(error.code).toBe('common.notFound');
    expect(isDomainError(error, 'common.notFound')).toBe(true);
    expect(isDomainError(error, 'common.inUse')).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
  });

  it('has a Chinese message for every code, even without parameters', () => {
    for (const code of Object.keys(ERROR_MESSAGES) as (keyof typeof ERROR_MESSAGES)[]) {
      expect(messageFor(code), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('carries field errors when the input is at fault', () => {
    const error = new DomainError('common.invalidInput', { message: '请填写姓名' }, { name: '请填写姓名' });
    expect(error.fieldErrors).toEqual({ name: '请填写姓名' });
    expect(error.message).toBe('请填写姓名');
  });
});
