// Writes plain tables to an .xlsx workbook: bold frozen header with filters, readable widths, and text cells
// that stay text (a phone number typed later into the column is not turned into 1.38E+10).
import { isSheetDate, type SheetCell, type SheetSpec } from '../domain/sheet';
import { isCalendarDate } from '../domain/time';
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
      if (cell !== undefined) widest = Math.max(widest, isSheetDate(cell) ? 16 : textWidth(String(cell)));
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

/** 2026年3月5日 in Excel's own date format, so the cell stays a date (sortable, filterable). */
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** A date as Excel stores it: the day at midnight UTC (exceljs writes a Date as its UTC serial). */
function cellValue(cell: SheetCell): string | number | Date | null {
  if (!isSheetDate(cell)) return cell;
  return isCalendarDate(cell.date) ? new Date(`${cell.date}T00:00:00Z`) : null;
}

function fillSheet(sheet: Worksheet, spec: SheetSpec): void {
  const columnCount = spec.headers.length;
  const widths = spec.columnWidths ?? autoWidths(spec);
  sheet.columns = spec.headers.map((_, c) => ({ width: widths[c] ?? MIN_WIDTH + 4 }));
  const titled = spec.title !== undefined && spec.title !== '' && columnCount > 0;
  if (titled) {
    const title = sheet.addRow([spec.title]);
    sheet.mergeCells(1, 1, 1, columnCount);
    title.height = 30;
    const cell = title.getCell(1);
    cell.font = { bold: true, size: 16 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }
  const headerRow = titled ? 2 : 1;
  sheet.addRow(spec.headers);
  sheet.addRows(spec.rows.map((row) => row.map(cellValue)));

  // A column that holds no numbers or dates is a text column: mark it '@' so Excel keeps what is typed as text. A
  // column of numbers with a format (0.00, 0.00%) shows them so; a column of dates shows 2026年3月5日.
  for (let c = 1; c <= columnCount; c += 1) {
    const format = spec.numberFormats?.[c - 1] ?? null;
    const column = sheet.getColumn(c);
    if (spec.rows.some((row) => isSheetDate(row[c - 1]))) column.numFmt = DATE_FORMAT;
    else if (!spec.rows.some((row) => typeof row[c - 1] === 'number')) column.numFmt = '@';
    else if (format) column.numFmt = format;
  }
  if (titled) sheet.getRow(1).getCell(1).numFmt = 'General';
  // Style the header cells only: a row style would colour the whole row out to column XFD.
  sheet.getRow(headerRow).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    if (spec.print?.wrap) cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  if (spec.print?.wrap) {
    for (let r = headerRow + 1; r <= headerRow + spec.rows.length; r += 1) {
      sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  if (columnCount > 0)
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } };
  if (spec.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: true,
    };
  }
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
