import { DomainError, type ErrorCode, type ErrorParams } from '../domain/errors';

/** The codes of a file that cannot be read as a table (domain/errors/messages/directory.ts). */
export type SpreadsheetErrorCode = Extract<ErrorCode, `spreadsheet.${string}`>;

/** A file that cannot be read as a table; the message tells the secretary what to do, in Chinese. */
export class SpreadsheetError extends DomainError<SpreadsheetErrorCode> {
  constructor(code: SpreadsheetErrorCode, params: ErrorParams = {}) {
    super(code, params);
    this.name = 'SpreadsheetError';
  }
}
