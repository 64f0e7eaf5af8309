import type { FieldErrors } from '../domain/validation';

/** Input that breaks a rule; fieldErrors say which field and why, in Chinese. */
export class ValidationError extends Error {
  constructor(
    public readonly fieldErrors: FieldErrors,
    message = Object.values(fieldErrors)[0] ?? '输入有误',
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** A record that activities still use, so it can only be archived. */
export class InUseError extends Error {
  constructor(
    what: string,
    public readonly usedBy: string[],
  ) {
    super(`${what}已用于活动「${usedBy.join('」「')}」，不能删除，只能归档`);
    this.name = 'InUseError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what}不存在，可能已被删除`);
    this.name = 'NotFoundError';
  }
}
