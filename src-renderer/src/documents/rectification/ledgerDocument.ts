// 整改情况跟踪台账 as Word: A4 landscape, the header row repeated on every page. The .xlsx has every column of the
// domain's ledger; on paper the five dates share one column (one a line), 状态 carries the number of votes and the
// follow-up shares its column with the remarks, so the problems keep a readable width in the 225 mm text block.
// Cells are 五号; the date column holds 2026年12月31日 on one line even with a fallback font's wide digits.
import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/time';
import { LEDGER_PRINT_HEADERS, ledgerPrintRows, type LedgerRow } from '../../domain/rectification';
import { landscapeTableDocument, type DocumentFonts } from '../gbt9704';

export interface LedgerDocumentSpec {
  fonts: DocumentFonts;
  /** e.g. 宜丰县人大常委会优化营商环境工作评议整改情况跟踪台账 */
  title: string;
  /** yyyy-mm-dd, printed as 统计截至… */
  today: string;
  rows: readonly LedgerRow[];
}

/** Widths in millimetres of the 225 mm landscape text block (relative weights for the table). */
const WEIGHTS = [8, 16, 50, 26, 30, 40, 13, 42];

export function ledgerDocument(spec: LedgerDocumentSpec): Document {
  return landscapeTableDocument({
    fonts: spec.fonts,
    title: spec.title,
    subtitle: `统计截至${formatChineseDate(spec.today)}，共${spec.rows.length}项`,
    table: {
      // The printed columns are the domain's, so the screen can show what is printed.
      headers: LEDGER_PRINT_HEADERS,
      rows: ledgerPrintRows(spec.rows),
      columnWeights: WEIGHTS,
      align: ['center', 'center', 'left', 'left', 'center', 'center', 'center', 'left'],
      cellSize: 10.5,
      // A row with long problems continues on the next page instead of leaving this one half empty.
      rowsMaySplit: true,
      // the numbers and the dates keep their plain width (no added space between digits and 年月日)
      tightColumns: [4, 5],
    },
  });
}
