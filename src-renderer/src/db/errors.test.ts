import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import { InUseError, NotFoundError, ValidationError } from './errors';
import { freshDb } from './testing/freshDb';

describe('errors thrown inside a transaction', () => {
  it('reach the caller as they were thrown, not wrapped by Dexie', async () => {
    const db = freshDb();
    for (const error of [
      new NotFoundError('该单位'),
      new InUseError('张三', ['促进绿色矿山建设']),
      new ValidationError({ name: '请填写姓名' }),
    ]) {
      const caught: unknown = await db
        .transaction('rw', db.people, () => {
          throw error;
        })
        .catch((e: unknown) => e);
      expect(caught).toBe(error);
      expect(isDomainError(caught)).toBe(true);
    }
  });
});
