// A plain description of one worksheet to write. The domain builds these; spreadsheets/writeXlsx renders them,
// so the domain never depends on a spreadsheet library.

export interface SheetSpec {
  /** Worksheet name; Excel allows at most 31 characters and none of []:*?/\ (writeXlsx cleans it). */
  name: string;
  headers: string[];
  /** Strings are written as text cells (a phone number stays text), numbers as numbers. */
  rows: (string | number)[][];
  /** Widths in Excel character units, per column; computed from the content when missing. */
  columnWidths?: number[];
  /** Per column, the Excel number format of its number cells (e.g. "0.00", "0.00%"); null: general. */
  numberFormats?: (string | null)[];
}
