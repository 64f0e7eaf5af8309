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

const SAVE_AS_XLSX =
  '请在 Excel 或 WPS 中打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入新保存的文件。';
const MESSAGES = {
  empty: '文件是空的（0 字节）。请确认选对了文件；如果文件是从微信、邮件下载的，请重新下载后再导入。',
  noContent: '文件里没有任何内容（表格是空的）。请确认名单已经填写并保存，再重新导入。',
  oldXls: `这是旧版 Excel 97-2003 格式（.xls）的文件，不能直接导入。${SAVE_AS_XLSX}`,
  encrypted: `文件设置了打开密码，或是旧版 .xls 格式，无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存为“Excel 工作簿（*.xlsx）”，再导入。`,
  wpsEt: `这是 WPS 表格专用格式（.et）的文件，不能直接导入。${SAVE_AS_XLSX}`,
  damaged: `文件已损坏或不是 Excel 工作簿，无法读取。${SAVE_AS_XLSX}`,
} as const;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

function unsupported(ext: string): SpreadsheetError {
  const what = ext === '' ? '无法识别这个文件的类型（文件名没有扩展名）' : `不支持“.${ext}”文件`;
  return new SpreadsheetError(
    `${what}。请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）；其他格式请先在 Excel 或 WPS 中另存为 .xlsx。`,
  );
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
    throw new SpreadsheetError(
      `文件有 ${height} 行，超过了一次最多导入 ${MAX_ROWS} 行的限制。请把名单拆成几个文件分别导入。`,
    );
  }
  let width = 0;
  for (let r = 0; r < height; r += 1) {
    const row = sparse[r] ?? [];
    for (let c = row.length; c > width; c -= 1) {
      if (!row[c - 1]) continue;
      if (c > MAX_COLUMNS) {
        throw new SpreadsheetError(
          `第 ${r + 1} 行 ${columnName(c)} 列有内容，表格超过 ${MAX_COLUMNS} 列，无法导入。请删除最右侧多余列中的内容后再导入。`,
        );
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
    throw new SpreadsheetError(MESSAGES.damaged);
  }
  if (workbook.worksheets.length === 0) throw new SpreadsheetError(MESSAGES.damaged);
  // Visible sheets first: WPS and some templates keep hidden helper sheets.
  const ordered = [
    ...workbook.worksheets.filter((s) => s.state === 'visible' || !s.state),
    ...workbook.worksheets.filter((s) => s.state === 'hidden' || s.state === 'veryHidden'),
  ];
  for (const sheet of ordered) {
    const rows = sheetGrid(sheet);
    if (rows.length > 0) return { sheetName: sheet.name, rows };
  }
  throw new SpreadsheetError(MESSAGES.noContent);
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
    const near = broken.row === undefined ? '' : `第 ${broken.row + 1} 行附近`;
    throw new SpreadsheetError(
      `文件${near}的英文双引号（"）不成对，无法正确分列。请在 Excel 或 WPS 中打开检查，另存为 .xlsx 后再导入。`,
    );
  }
  const rows = finishGrid(result.data.map((row) => row.map((cell) => (cell ?? '').trim())));
  if (rows.length === 0) throw new SpreadsheetError(MESSAGES.noContent);
  const sheetName = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  return { sheetName, rows };
}

/**
 * Reads a spreadsheet the secretary picked. The format is decided by the content where it can be
 * (an .xlsx is a zip file, an .xls an OLE file) and by the extension otherwise.
 * Throws SpreadsheetError with a Chinese message the UI shows as it is.
 */
export async function readTable(fileName: string, data: Uint8Array): Promise<Table> {
  if (data.length === 0) throw new SpreadsheetError(MESSAGES.empty);
  const ext = extensionOf(fileName);
  if (ext === 'et') throw new SpreadsheetError(MESSAGES.wpsEt);
  if (!['xlsx', 'xlsm', 'xls', 'csv'].includes(ext)) throw unsupported(ext);
  // Encrypted .xlsx files are OLE containers too.
  if (startsWith(data, OLE)) throw new SpreadsheetError(ext === 'xls' ? MESSAGES.oldXls : MESSAGES.encrypted);
  // Content wins over the name: an .xlsx renamed to .xls or .csv still reads.
  if (startsWith(data, ZIP)) return readXlsx(data);
  // Some systems export HTML or text under an .xls name; Excel opens it, so saving again fixes it.
  if (ext === 'xls') throw new SpreadsheetError(MESSAGES.oldXls);
  if (ext === 'csv') return readCsv(fileName, data);
  throw new SpreadsheetError(MESSAGES.damaged);
}
