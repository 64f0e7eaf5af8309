// The project ledger (民生实事项目台账): one row per chosen project, what the Word and the Excel ledgers print.
// Pure: the rows are built from the candidate, its follow-up and its satisfaction vote, as plain values.
import { formatChineseDate, type CalendarDate } from '../time';
import { formatBudgetWan, type ProjectCandidate } from './candidate';
import { PROJECT_STATUS_LABELS, type ProjectFollowUp } from './followUp';

/** The result of the deputies' satisfaction vote on a completed project (人大评), when it was held. */
export interface ProjectSatisfaction {
  /** 满意率 (satisfied votes over the round's denominator), 0 to 1; null when not computable. */
  rate: number | null;
  /** The round's outcome label (e.g. 满意), or null. */
  outcome: string | null;
}

/** One chosen project as the ledger needs it. */
export interface ProjectLedgerEntry {
  candidate: Pick<ProjectCandidate, 'name' | 'unitId' | 'budgetWan' | 'plannedCompletion'>;
  followUp: ProjectFollowUp;
  satisfaction: ProjectSatisfaction | null;
}

export interface ProjectLedgerRow {
  index: number;
  name: string;
  unit: string;
  budgetWan: number | null;
  plannedCompletion: CalendarDate | null;
  /** 实施中 / 已完成 / 延期 */
  status: string;
  /** 延期: the reason and the new date; 已完成: the day it was completed; else empty. */
  statusDetail: string;
  /** The new date of a 延期, the completion day of a completed project; else null. */
  statusDate: CalendarDate | null;
  /** Why it was delayed (延期 only). */
  delayReason: string;
  latestNote: { date: CalendarDate; text: string } | null;
  satisfaction: ProjectSatisfaction | null;
}

export const PROJECT_LEDGER_HEADERS = [
  '序号',
  '项目名称',
  '承办单位',
  '预算（万元）',
  '计划完成时间',
  '状态',
  '最新进展',
  '满意度',
] as const;

/** "92.50%": two decimals, as the results notice prints rates. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 10000) / 100).toFixed(2)}%`;
}

/** "满意（满意率 92.50%）", "满意率 92.50%", "满意", or "" when the vote was not held. */
export function satisfactionText(satisfaction: ProjectSatisfaction | null): string {
  if (!satisfaction) return '';
  const rate = satisfaction.rate === null ? '' : `满意率 ${formatRate(satisfaction.rate)}`;
  if (satisfaction.outcome && rate) return `${satisfaction.outcome}（${rate}）`;
  return satisfaction.outcome ?? rate;
}

function statusOf(
  followUp: ProjectFollowUp,
): Pick<ProjectLedgerRow, 'status' | 'statusDetail' | 'statusDate' | 'delayReason'> {
  const status = PROJECT_STATUS_LABELS[followUp.status];
  switch (followUp.status) {
    case 'completed':
      return {
        status,
        delayReason: '',
        statusDate: followUp.completedOn,
        statusDetail: followUp.completedOn ? `${formatChineseDate(followUp.completedOn)}完成` : '',
      };
    case 'delayed': {
      const due = followUp.dueDate ? `延期至${formatChineseDate(followUp.dueDate)}` : '';
      const reason = followUp.delayReason ? `原因：${followUp.delayReason}` : '';
      return {
        status,
        statusDate: followUp.dueDate,
        delayReason: followUp.delayReason,
        statusDetail: [due, reason].filter(Boolean).join('；'),
      };
    }
    case 'inProgress':
      return { status, statusDate: null, delayReason: '', statusDetail: '' };
  }
}

/** The ledger's rows, in the order given (the chosen projects' order). */
export function projectLedgerRows(
  entries: readonly ProjectLedgerEntry[],
  unitName: (id: string) => string,
): ProjectLedgerRow[] {
  return entries.map((entry, i) => {
    const { candidate, followUp } = entry;
    const note = followUp.notes.at(-1);
    return {
      index: i + 1,
      name: candidate.name,
      unit: unitName(candidate.unitId),
      budgetWan: candidate.budgetWan,
      plannedCompletion: candidate.plannedCompletion,
      ...statusOf(followUp),
      latestNote: note ? { date: note.date, text: note.text } : null,
      satisfaction: entry.satisfaction,
    };
  });
}

/** The ledger as printed in Word: dates in Chinese, the status with its detail on a second line. */
export function projectLedgerPrintRows(rows: readonly ProjectLedgerRow[]): string[][] {
  return rows.map((row) => [
    String(row.index),
    row.name,
    row.unit,
    formatBudgetWan(row.budgetWan),
    row.plannedCompletion ? formatChineseDate(row.plannedCompletion) : '',
    row.statusDetail ? `${row.status}\n${row.statusDetail}` : row.status,
    row.latestNote ? `${formatChineseDate(row.latestNote.date)}：${row.latestNote.text}` : '',
    satisfactionText(row.satisfaction),
  ]);
}
