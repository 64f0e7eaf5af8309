// 整改情况跟踪台账: one row per item, as a SheetSpec for .xlsx and as plain rows for a Word table.

import { DELETED_NAME } from '../names';
import { formatChineseDate } from '../time';
import type { SheetSpec } from '../sheet';
import { currentDue, dueNotice } from './attention';
import { DEFAULT_RECTIFICATION_SETTINGS, type DueStateKind, type RectificationSettings } from './dueDates';
import { describeEntry, latestEntry } from './followUps';
import { describeSource, problemsText, type RectificationItem } from './item';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from './status';
import { compareText, shorten } from './text';

export const LEDGER_TITLE = '整改情况跟踪台账';

export const LEDGER_HEADERS = [
  '序号',
  '单位',
  '问题',
  '整改要求',
  '来源',
  '交办日期',
  '方案期限',
  '报告期限',
  '状态',
  '测评轮次',
  '最近跟踪',
  '备注',
] as const;

/** Excel character widths, one per header. */
export const LEDGER_COLUMN_WIDTHS = [6, 16, 48, 36, 20, 14, 14, 14, 8, 8, 30, 30];

/** The longest 最近跟踪 text kept in a cell. */
export const MAX_LAST_FOLLOW_UP = 60;

export interface LedgerRow {
  itemId: string;
  /** 1-based, in the sorted order. */
  index: number;
  unit: string;
  problems: string;
  requirements: string;
  source: string;
  /** Dates as 2026年3月5日, '' when not set. */
  issueDate: string;
  planDue: string;
  reportDue: string;
  status: string;
  round: number;
  lastFollowUp: string;
  /** Due soon / overdue, the flag, and the item's own note, joined with ；. */
  remarks: string;
  /** For highlighting: the state of the deadline being worked towards, if it is due soon or passed. */
  attention: Exclude<DueStateKind, 'ok'> | null;
  flagged: boolean;
}

export interface LedgerOptions {
  today: string;
  /** Unit id → the name to print (简称 or 全称, the caller's choice). */
  unitNames: Readonly<Record<string, string>>;
  settings?: RectificationSettings;
}

function date(value: string | null): string {
  return value === null ? '' : formatChineseDate(value);
}

/** The date an item is sorted by within its status: the deadline worked towards, else the report due. */
function sortDate(item: RectificationItem): string | null {
  return currentDue(item)?.date ?? item.reportDue ?? item.planDue;
}

function compareItems(a: RectificationItem, b: RectificationItem, unitName: (id: string) => string): number {
  const status = ITEM_STATUSES.indexOf(a.status) - ITEM_STATUSES.indexOf(b.status);
  if (status !== 0) return status;
  const [da, db] = [sortDate(a), sortDate(b)];
  if (da !== db) return da === null ? 1 : db === null ? -1 : compareText(da, db);
  return compareText(unitName(a.unitId), unitName(b.unitId)) || compareText(a.id, b.id);
}

/**
 * The ledger's order, also the lists' order: by status (workflow order: 待交办 first, 办结 last), then by the
 * deadline worked towards (none last), the unit's name and the id.
 */
export function sortForLedger<T extends RectificationItem>(
  items: readonly T[],
  unitName: (id: string) => string,
): T[] {
  return [...items].sort((a, b) => compareItems(a, b, unitName));
}

/** Rows in the ledger's order (sortForLedger). */
export function ledgerRows(items: readonly RectificationItem[], options: LedgerOptions): LedgerRow[] {
  const settings = options.settings ?? DEFAULT_RECTIFICATION_SETTINGS;
  const unitName = (id: string) => options.unitNames[id] ?? DELETED_NAME;
  const sorted = sortForLedger(items, unitName);
  return sorted.map((item, index) => {
    const notice = dueNotice(item, options.today, settings);
    const attention = notice !== null && notice.state.state !== 'ok' ? notice.state.state : null;
    const last = latestEntry(item.history);
    const remarks = [attention !== null ? notice?.text : undefined, item.flag ?? undefined, item.note]
      .filter((part): part is string => part !== undefined && part !== '')
      .join('；');
    return {
      itemId: item.id,
      index: index + 1,
      unit: unitName(item.unitId),
      problems: problemsText(item.problems),
      requirements: item.requirements,
      source: describeSource(item.source),
      issueDate: date(item.issueDate),
      planDue: date(item.planDue),
      reportDue: date(item.reportDue),
      status: ITEM_STATUS_LABELS[item.status],
      round: item.round,
      lastFollowUp: last === null ? '' : shorten(describeEntry(last.entry), MAX_LAST_FOLLOW_UP),
      remarks,
      attention,
      flagged: item.flag !== null,
    };
  });
}

function cells(row: LedgerRow): (string | number)[] {
  return [
    row.index,
    row.unit,
    row.problems,
    row.requirements,
    row.source,
    row.issueDate,
    row.planDue,
    row.reportDue,
    row.status,
    row.round,
    row.lastFollowUp,
    row.remarks,
  ];
}

/** The ledger as one worksheet; 序号 and 测评轮次 are numbers, everything else text. */
export function ledgerSheet(rows: readonly LedgerRow[], name: string = LEDGER_TITLE): SheetSpec {
  return {
    name,
    headers: [...LEDGER_HEADERS],
    rows: rows.map(cells),
    columnWidths: [...LEDGER_COLUMN_WIDTHS],
  };
}

/** The ledger as text cells for a Word table (landscape, header repeated on each page by the document builder). */
export function ledgerTable(rows: readonly LedgerRow[]): { headers: string[]; rows: string[][] } {
  return { headers: [...LEDGER_HEADERS], rows: rows.map((row) => cells(row).map(String)) };
}

/** The printed ledger's columns: the three dates share one column (one date a line), 状态 carries the votes. */
export const LEDGER_PRINT_HEADERS = [
  '序号',
  '单位',
  '问题',
  '整改要求',
  '来源',
  '交办日期\n方案期限\n报告期限',
  '状态',
  '最近跟踪',
  '备注',
];

const dash = (value: string) => (value === '' ? '—' : value);

/** The ledger as printed (the Word table, and the screen that shows what is printed). */
export function ledgerPrintRows(rows: readonly LedgerRow[]): string[][] {
  return rows.map((row) => [
    String(row.index),
    row.unit,
    row.problems,
    row.requirements,
    // the kind only (工作评议): an evaluation's figures are in the problem already
    row.source.split('：')[0] ?? '',
    [row.issueDate, row.planDue, row.reportDue].map(dash).join('\n'),
    row.round > 0 ? `${row.status}\n测评${row.round}次` : row.status,
    row.lastFollowUp,
    row.remarks,
  ]);
}
