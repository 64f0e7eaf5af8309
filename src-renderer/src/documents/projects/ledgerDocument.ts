// 民生实事项目台账 as Word: A4 landscape, the header row repeated on every page. The rows are the domain's
// (projectLedgerPrintRows), so the screen can show what is printed; here the dates break after the year and
// long unit names between words, to keep the columns narrow.
import type { Document } from 'docx';
import {
  formatRate,
  PROJECT_LEDGER_HEADERS,
  projectLedgerPrintRows,
  type ProjectLedgerRow,
} from '../../domain/projects/ledger';
import { formatChineseDate, type CalendarDate } from '../../domain/time';
import { landscapeTableDocument, type DocumentFonts } from '../gbt9704';
import { organShortName } from '../votes/context';
import { breakHead, charsInCell } from '../votes/formColumns';
import { printed } from './context';

export interface ProjectLedgerSpec {
  fonts: DocumentFonts;
  /** e.g. 宜丰县人大常委会宜丰县2027年民生实事项目推进情况台账 (projectLedgerTitle) */
  title: string;
  /** yyyy-mm-dd, printed as 统计截至… */
  today: CalendarDate;
  /** From domain projectLedgerRows. */
  rows: readonly ProjectLedgerRow[];
}

/** 宜丰县人民代表大会常务委员会 + 2027年民生实事项目 → 宜丰县人大常委会2027年民生实事项目推进情况台账 */
export function projectLedgerTitle(orgName: string, subject: string): string {
  return `${organShortName(orgName)}${subject}推进情况台账`;
}

/** Millimetres of the 225 mm landscape text block, in the order of PROJECT_LEDGER_HEADERS. */
const WIDTHS_MM = [12, 35, 29, 21, 25, 35, 43, 25];
const HEADS: Record<string, string> = { '预算（万元）': '预算\n（万元）', 计划完成时间: '计划完成\n时间' };

/** 2027年10月31日 → 2027年 / 10月31日 */
function twoLineDate(text: string): string {
  const at = text.indexOf('年') + 1;
  return at > 0 && /^\d{4}年\d/.test(text) ? `${text.slice(0, at)}\n${text.slice(at)}` : text;
}

/** 满意 / 满意率92.50%: the outcome and the rate on lines of their own. */
function satisfactionLines(row: ProjectLedgerRow | undefined): string {
  const satisfaction = row?.satisfaction;
  if (!satisfaction) return '';
  const rate = satisfaction.rate === null ? '' : `满意率${formatRate(satisfaction.rate)}`;
  return [satisfaction.outcome ?? '', rate].filter(Boolean).join('\n');
}

export function projectLedgerDocument(spec: ProjectLedgerSpec): Document {
  const rows = projectLedgerPrintRows(spec.rows).map((cells, r) =>
    cells.map((text, c) => {
      if (c === 2) return breakHead(text, charsInCell(WIDTHS_MM[2] ?? 0, 12));
      if (c === 4) return twoLineDate(text);
      if (c === 7) return satisfactionLines(spec.rows[r]);
      return printed(text);
    }),
  );
  return landscapeTableDocument({
    fonts: spec.fonts,
    title: spec.title,
    subtitle: `统计截至${formatChineseDate(spec.today)}，共${spec.rows.length}个项目`,
    table: {
      headers: PROJECT_LEDGER_HEADERS.map((head) => HEADS[head] ?? head),
      rows,
      columnWeights: WIDTHS_MM,
      align: ['center', 'left', 'center', 'center', 'center', 'left', 'left', 'center'],
      cellSize: 12,
    },
  });
}
