import { DomainError } from '../domain/errors';
import type { FieldErrors } from '../domain/validation';

/** Input that breaks a rule; fieldErrors say which field and why, in Chinese. */
export class ValidationError extends DomainError<'common.invalidInput'> {
  constructor(fieldErrors: FieldErrors, message = Object.values(fieldErrors)[0] ?? '输入有误') {
    super('common.invalidInput', { message }, fieldErrors);
    this.name = 'ValidationError';
  }
}

/** A record that activities still use, so it can only be archived. */
export class InUseError extends DomainError<'common.inUse'> {
  constructor(
    what: string,
    public readonly usedBy: string[],
  ) {
    super('common.inUse', { what, usedBy: usedBy.join('」「') });
    this.name = 'InUseError';
  }
}

export class NotFoundError extends DomainError<'common.notFound'> {
  constructor(what: string) {
    super('common.notFound', { what });
    // Not 'NotFoundError': Dexie wraps an error of an IndexedDB error's name thrown in a transaction in its
    // own DexieError, which the screens would show with the message twice.
    this.name = 'RecordNotFoundError';
  }
}
