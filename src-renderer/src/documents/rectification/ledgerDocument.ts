// 整改情况跟踪台账 as Word: A4 landscape, the header row repeated on every page. The .xlsx has all twelve columns
// of the domain's ledger; on paper the three dates share one column (one date a line), 状态 carries the number of
// votes and 来源 only its kind, so the problems and the follow-up keep readable widths in the 225 mm text block.
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
const WEIGHTS = [8, 20, 46, 35, 14, 38, 18, 30, 16];

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
      align: ['center', 'center', 'left', 'left', 'left', 'center', 'center', 'left', 'left'],
      cellSize: 12,
    },
  });
}
