import type { FieldErrors } from '../validation';
import { ERROR_MESSAGES, type ErrorCode, type ErrorParams } from './messages';

/**
 * The app's one error type for a broken rule: a code from the message table and its parameters. The
 * Chinese message is made from the table, so every layer throws the same kind of error and the screens
 * show the same words for it. `fieldErrors` (when present) say which input field is at fault.
 */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams;
  readonly fieldErrors: FieldErrors | null;

  constructor(code: C, params: ErrorParams = {}, fieldErrors: FieldErrors | null = null) {
    super(messageFor(code, params));
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.fieldErrors = fieldErrors;
  }
}

/** The Chinese message of a code with its parameters. */
export function messageFor(code: ErrorCode, params: ErrorParams = {}): string {
  return ERROR_MESSAGES[code](params);
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
