/** A file that cannot be read as a table; the message tells the secretary what to do, in Chinese. */
export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}
