// Reads the first worksheet of an .xlsx file, or a .csv file, into a grid of trimmed strings.
// Header detection and field mapping happen in the domain (domain/directory/importTable.ts).
import Papa from 'papaparse';
import { cellText } from './cellText';
import { decodeText } from './decodeText';
import { SpreadsheetError } from './errors';
import ExcelJS, { type Worksheet } from './exceljs';

export interface Table {
  sheetName: string;
  /** rows[i] is row i + 1 as Excel shows it; every row has the same length. */
  rows: string[][];
}

export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 500;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

function unsupported(ext: string): SpreadsheetError {
  return new SpreadsheetError('spreadsheet.unsupported', { ext });
}

/** Excel's column name: 1 → A, 27 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Drops trailing empty rows and columns, fills gaps and checks the size limits. */
function finishGrid(sparse: (string[] | undefined)[]): string[][] {
  let height = sparse.length;
  const isEmpty = (row: string[] | undefined) => !row || row.every((cell) => !cell);
  while (height > 0 && isEmpty(sparse[height - 1])) height -= 1;
  if (height > MAX_ROWS) {
    throw new SpreadsheetError('spreadsheet.tooManyRows', { rows: height, max: MAX_ROWS });
  }
  let width = 0;
  for (let r = 0; r < height; r += 1) {
    const row = sparse[r] ?? [];
    for (let c = row.length; c > width; c -= 1) {
      if (!row[c - 1]) continue;
      if (c > MAX_COLUMNS) {
        throw new SpreadsheetError('spreadsheet.tooManyColumns', {
          row: r + 1,
          column: columnName(c),
          max: MAX_COLUMNS,
        });
      }
      width = c;
    }
  }
  const rows: string[][] = [];
  for (let r = 0; r < height; r += 1) {
    const row = sparse[r] ?? [];
    rows.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
  return rows;
}

function sheetGrid(sheet: Worksheet): string[][] {
  const sparse: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    // Cells of a merged range all report the top-left cell's value, like a title over several columns.
    row.eachCell((cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    sparse[rowNumber - 1] = cells;
  });
  return finishGrid(sparse);
}

async function readXlsx(data: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data.slice().buffer);
  } catch {
    throw new SpreadsheetError('spreadsheet.damaged');
  }
  if (workbook.worksheets.length === 0) throw new SpreadsheetError('spreadsheet.damaged');
  // Visible sheets first: WPS and some templates keep hidden helper sheets.
  const ordered = [
    ...workbook.worksheets.filter((s) => s.state === 'visible' || !s.state),
    ...workbook.worksheets.filter((s) => s.state === 'hidden' || s.state === 'veryHidden'),
  ];
  for (const sheet of ordered) {
    const rows = sheetGrid(sheet);
    if (rows.length > 0) return { sheetName: sheet.name, rows };
  }
  throw new SpreadsheetError('spreadsheet.noContent');
}

function readCsv(fileName: string, data: Uint8Array): Table {
  const text = decodeText(data);
  // Guess the delimiter on non-empty lines only (blank lines would spoil the guess), then parse keeping
  // blank lines so that row numbers stay those Excel shows.
  const guess = Papa.parse<string[]>(text, {
    preview: 100,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const result = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const broken = result.errors.find((error) => error.code === 'MissingQuotes');
  if (broken) {
    throw new SpreadsheetError('spreadsheet.unbalancedQuotes', {
      row: broken.row === undefined ? undefined : broken.row + 1,
    });
  }
  const rows = finishGrid(result.data.map((row) => row.map((cell) => (cell ?? '').trim())));
  if (rows.length === 0) throw new SpreadsheetError('spreadsheet.noContent');
  const sheetName = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  return { sheetName, rows };
}

/**
 * Reads a spreadsheet the secretary picked. The format is decided by the content where it can be
 * (an .xlsx is a zip file, an .xls an OLE file) and by the extension otherwise.
 * Throws SpreadsheetError with a Chinese message the UI shows as it is.
 */
export async function readTable(fileName: string, data: Uint8Array): Promise<Table> {
  if (data.length === 0) throw new SpreadsheetError('spreadsheet.empty');
  const ext = extensionOf(fileName);
  if (ext === 'et') throw new SpreadsheetError('spreadsheet.wpsEt');
  if (!['xlsx', 'xlsm', 'xls', 'csv'].includes(ext)) throw unsupported(ext);
  // Encrypted .xlsx files are OLE containers too.
  if (startsWith(data, OLE))
    throw new SpreadsheetError(ext === 'xls' ? 'spreadsheet.oldXls' : 'spreadsheet.encrypted');
  // Content wins over the name: an .xlsx renamed to .xls or .csv still reads.
  if (startsWith(data, ZIP)) return readXlsx(data);
  // Some systems export HTML or text under an .xls name; Excel opens it, so saving again fixes it.
  if (ext === 'xls') throw new SpreadsheetError('spreadsheet.oldXls');
  if (ext === 'csv') return readCsv(fileName, data);
  throw new SpreadsheetError('spreadsheet.damaged');
}
