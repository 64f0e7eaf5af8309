// Writes plain tables to an .xlsx workbook: bold frozen header with filters, readable widths, and text cells
// that stay text (a phone number typed later into the column is not turned into 1.38E+10).
import type { SheetSpec } from '../domain/sheet';
import type { Instant } from '../domain/time';
import ExcelJS, { type Worksheet } from './exceljs';

export type { SheetSpec } from '../domain/sheet';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width in Excel character units: CJK and full-width characters take two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/.test(ch) && !/[\uff61-\uffdc]/.test(ch) ? 2 : 1;
  return width;
}

function autoWidths(spec: SheetSpec): number[] {
  return spec.headers.map((header, c) => {
    let widest = textWidth(header) + 4; // room for the filter button
    for (const row of spec.rows) {
      const cell = row[c];
      if (cell !== undefined) widest = Math.max(widest, textWidth(String(cell)));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** Excel forbids []:*?/\ in sheet names, a name over 31 characters, and two sheets with one name. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = `(${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function fillSheet(sheet: Worksheet, spec: SheetSpec): void {
  const columnCount = spec.headers.length;
  const widths = spec.columnWidths ?? autoWidths(spec);
  sheet.columns = spec.headers.map((_, c) => ({ width: widths[c] ?? MIN_WIDTH + 4 }));
  sheet.addRow(spec.headers);
  sheet.addRows(spec.rows);

  // A column that holds no numbers is a text column: mark it '@' so Excel keeps what is typed as text. A column
  // of numbers with a format (0.00, 0.00%) shows them so.
  for (let c = 1; c <= columnCount; c += 1) {
    const format = spec.numberFormats?.[c - 1] ?? null;
    if (!spec.rows.some((row) => typeof row[c - 1] === 'number')) sheet.getColumn(c).numFmt = '@';
    else if (format) sheet.getColumn(c).numFmt = format;
  }
  // Style the header cells only: a row style would colour the whole row out to column XFD.
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  if (columnCount > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } };
}

/**
 * Builds an .xlsx file with one worksheet per spec, in order. `created` is the workbook's creation time
 * (the caller's clock); without it exceljs stamps the time it was built.
 */
export async function writeXlsx(sheets: SheetSpec[], created?: Instant): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '询评';
  if (created !== undefined) workbook.created = new Date(created);
  const taken = new Set<string>();
  for (const spec of sheets) fillSheet(workbook.addWorksheet(sheetName(spec.name, taken)), spec);
  if (sheets.length === 0) workbook.addWorksheet('Sheet1');
  const buffer = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer and the browser bundle its own Buffer shim; both are byte arrays.
  return new Uint8Array(buffer);
}
