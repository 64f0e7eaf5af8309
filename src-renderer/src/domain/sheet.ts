// A plain description of one worksheet to write. The domain builds these; spreadsheets/writeXlsx renders them,
// so the domain never depends on a spreadsheet library.

/** A calendar date (yyyy-mm-dd) written as a real Excel date; '' or an invalid date leaves the cell empty. */
export interface SheetDate {
  date: string;
}

/** Strings are written as text cells (a phone number stays text), numbers as numbers, dates as dates. */
export type SheetCell = string | number | SheetDate;

export function isSheetDate(cell: SheetCell | undefined): cell is SheetDate {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export interface SheetSpec {
  /** Worksheet name; Excel allows at most 31 characters and none of []:*?/\ (writeXlsx cleans it). */
  name: string;
  /** A title row above the header, merged across the columns (the header moves to row 2). */
  title?: string;
  headers: string[];
  rows: SheetCell[][];
  /** Widths in Excel character units, per column; computed from the content when missing. */
  columnWidths?: number[];
  /** Per column, the Excel number format of its number cells (e.g. "0.00", "0.00%"); null: general. */
  numberFormats?: (string | null)[];
  /**
   * For printing: A4 landscape, fit to the page width, the header row repeated on every page; `wrap` wraps long
   * text in its cell (top-aligned) instead of cutting it at the column edge.
   */
  print?: { landscape: boolean; wrap: boolean };
}
