// 民生实事项目台账 as Word: A4 landscape, the header row repeated on every page.
import type { Document } from 'docx';
import type { CalendarDate } from '../../domain/time';
import type { ProjectLedgerRow } from '../../domain/projects/ledger';
import type { DocumentFonts } from '../gbt9704';

export interface ProjectLedgerSpec {
  fonts: DocumentFonts;
  /** e.g. 宜丰县人大常委会2027年民生实事项目推进情况台账 (projectLedgerTitle) */
  title: string;
  /** yyyy-mm-dd, printed as 统计截至… */
  today: CalendarDate;
  /** From domain projectLedgerRows. */
  rows: readonly ProjectLedgerRow[];
}

/** 宜丰县人大常委会 + 宜丰县2027年民生实事项目 + 推进情况台账 */
export function projectLedgerTitle(orgName: string, subject: string): string {
  void orgName;
  void subject;
  throw new Error('not implemented yet');
}

export function projectLedgerDocument(spec: ProjectLedgerSpec): Document {
  void spec;
  throw new Error('not implemented yet');
}
