// 民生实事项目台账 as .xlsx: a title row, the header row repeated on every printed page, real dates, A4
// landscape fitted to the page width.
import type { ProjectLedgerRow } from '../domain/projects/ledger';
import type { CalendarDate, Instant } from '../domain/time';

export interface ProjectLedgerSheetSpec {
  /** The title row, e.g. 宜丰县人大常委会2027年民生实事项目推进情况台账 */
  title: string;
  /** yyyy-mm-dd, printed as 统计截至… */
  today: CalendarDate;
  rows: readonly ProjectLedgerRow[];
}

export async function projectLedgerXlsx(
  spec: ProjectLedgerSheetSpec,
  created?: Instant,
): Promise<Uint8Array> {
  void spec;
  void created;
  throw new Error('not implemented yet');
}
