// 民生实事项目台账 as .xlsx: a title row and the day it stands at, the header row frozen, filtered and repeated on
// every printed page, real dates and numbers (so the office can sort and sum), A4 landscape fitted to one page
// wide. The columns spell out what the Word ledger folds into one cell: the delay's reason and new date, the day
// of completion, the latest note's date, the satisfaction rate as a percentage.
import type { ProjectLedgerRow } from '../domain/projects/ledger';
import { formatChineseDate, type CalendarDate, type Instant } from '../domain/time';
import ExcelJS, { type CellValue, type Worksheet } from './exceljs';

export interface ProjectLedgerSheetSpec {
  /** The title row, e.g. 宜丰县人大常委会2027年民生实事项目推进情况台账 */
  title: string;
  /** yyyy-mm-dd, printed as 统计截至… */
  today: CalendarDate;
  rows: readonly ProjectLedgerRow[];
}

export const PROJECT_LEDGER_SHEET_HEADERS = [
  '序号',
  '项目名称',
  '承办单位',
  '预算（万元）',
  '计划完成时间',
  '状态',
  '延期原因',
  '延期后完成时间',
  '完成时间',
  '最新进展日期',
  '最新进展',
  '满意率',
  '测评结果',
] as const;

/** Widths in Excel character units (a Chinese character takes two). */
const WIDTHS = [6, 26, 20, 12, 14, 8, 28, 14, 14, 14, 44, 9, 10];
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const FORMATS: Record<number, string> = {
  4: '0.00',
  5: DATE_FORMAT,
  8: DATE_FORMAT,
  9: DATE_FORMAT,
  10: DATE_FORMAT,
  12: '0.00%',
};
/** The header row (1-based): under the title and the 统计截至 line. */
export const HEADER_ROW = 3;

/** A calendar date as the Date exceljs writes as that day's serial number (midnight UTC). */
function excelDate(date: CalendarDate | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function cells(row: ProjectLedgerRow): CellValue[] {
  const delayed = row.status === '延期';
  const completed = row.status === '已完成';
  return [
    row.index,
    row.name,
    row.unit,
    row.budgetWan,
    excelDate(row.plannedCompletion),
    row.status,
    delayed ? row.delayReason : null,
    delayed ? excelDate(row.statusDate) : null,
    completed ? excelDate(row.statusDate) : null,
    excelDate(row.latestNote?.date ?? null),
    row.latestNote?.text ?? null,
    row.satisfaction?.rate ?? null,
    row.satisfaction?.outcome ?? null,
  ];
}

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fill(sheet: Worksheet, spec: ProjectLedgerSheetSpec): void {
  const columns = PROJECT_LEDGER_SHEET_HEADERS.length;
  sheet.columns = WIDTHS.map((width) => ({ width }));

  sheet.mergeCells(1, 1, 1, columns);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;

  sheet.mergeCells(2, 1, 2, columns);
  const stand = sheet.getCell(2, 1);
  stand.value = `统计截至${formatChineseDate(spec.today)}，共${spec.rows.length}个项目`;
  stand.alignment = { horizontal: 'center' };

  const header = sheet.getRow(HEADER_ROW);
  header.values = [...PROJECT_LEDGER_SHEET_HEADERS];
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  });

  spec.rows.forEach((row, i) => {
    const line = sheet.getRow(HEADER_ROW + 1 + i);
    line.values = cells(row);
    for (let c = 1; c <= columns; c += 1) {
      const cell = line.getCell(c);
      const format = FORMATS[c];
      if (format) cell.numFmt = format;
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }];
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns } };
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

/** The ledger workbook. `created` is the workbook's creation time (the caller's clock). */
export async function projectLedgerXlsx(
  spec: ProjectLedgerSheetSpec,
  created?: Instant,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '询评';
  if (created !== undefined) workbook.created = new Date(created);
  fill(workbook.addWorksheet('项目台账'), spec);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
