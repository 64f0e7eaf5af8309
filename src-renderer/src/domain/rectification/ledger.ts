// 整改情况跟踪台账: one row per item, as a SheetSpec for .xlsx and as plain rows for a Word table.

import { DELETED_NAME } from '../names';
import { formatChineseDate } from '../time';
import type { SheetCell, SheetSpec } from '../sheet';
import { currentDue, dueNotice } from './attention';
import { DEFAULT_RECTIFICATION_SETTINGS, type DueStateKind, type RectificationSettings } from './dueDates';
import { describeEntry, effectiveEntries, latestEntry } from './followUps';
import { describeSource, problemsText, type RectificationItem } from './item';
import type { IssuedDocumentRecord } from './issuedContent';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from './status';
import { compareText } from './text';

export const LEDGER_TITLE = '整改情况跟踪台账';

export const LEDGER_HEADERS = [
  '序号',
  '单位',
  '问题',
  '整改要求',
  '来源',
  '交办文号',
  '交办日期',
  '方案期限',
  '方案收到日期',
  '报告期限',
  '报告收到日期',
  '状态',
  '测评轮次',
  '最近跟踪',
  '备注',
] as const;

/** Excel character widths, one per header (a date column is wide enough for 2026年12月31日). */
export const LEDGER_COLUMN_WIDTHS = [6, 14, 48, 36, 12, 22, 16, 16, 16, 16, 16, 8, 8, 36, 30];

export interface LedgerRow {
  itemId: string;
  /** 1-based, in the sorted order. */
  index: number;
  unit: string;
  problems: string;
  requirements: string;
  source: string;
  /** The numbers of the documents (not voided) that handed the item over, joined with 、; '' when none. */
  issueNumbers: string;
  /** Dates as 2026年3月5日, '' when not set. */
  issueDate: string;
  planDue: string;
  planReceived: string;
  reportDue: string;
  reportReceived: string;
  /** The same dates as yyyy-mm-dd ('' when not set), for the spreadsheet's date cells. */
  isoDates: Record<LedgerDateField, string>;
  status: string;
  round: number;
  /** The latest effective entry, whole (a ledger never cuts a cell). */
  lastFollowUp: string;
  /** Due soon / overdue, the flag, and the item's own note, joined with ；. */
  remarks: string;
  /** For highlighting: the state of the deadline being worked towards, if it is due soon or passed. */
  attention: Exclude<DueStateKind, 'ok'> | null;
  flagged: boolean;
}

export type LedgerDateField = 'issueDate' | 'planDue' | 'planReceived' | 'reportDue' | 'reportReceived';

export interface LedgerOptions {
  today: string;
  /** Unit id → the name to print (简称 or 全称, the caller's choice). */
  unitNames: Readonly<Record<string, string>>;
  settings?: RectificationSettings;
  /** Item id → the numbers of the live documents that cover it (交办文号), in issue order. */
  issueNumbers?: Readonly<Record<string, readonly string[]>>;
}

/** 交办文号: item id → the numbers of the documents (not voided) that cover it, in issue order. */
export function issueNumbersByItem(
  documents: readonly Pick<
    IssuedDocumentRecord,
    'itemIds' | 'number' | 'status' | 'createdAt' | 'sequence'
  >[],
): Record<string, string[]> {
  const live = documents
    .filter((doc) => doc.status === 'issued')
    .sort((a, b) => a.createdAt - b.createdAt || a.sequence - b.sequence);
  const numbers: Record<string, string[]> = {};
  for (const doc of live) {
    for (const itemId of doc.itemIds) numbers[itemId] = [...(numbers[itemId] ?? []), doc.number];
  }
  return numbers;
}

/** The date of the latest effective entry of a kind (the 方案 or 报告 received), or null. */
function receivedOn(item: RectificationItem, kind: 'planReceived' | 'reportReceived'): string | null {
  const entries = effectiveEntries(item.history).filter((effective) => effective.entry.kind === kind);
  return entries[entries.length - 1]?.entry.date ?? null;
}

function date(value: string): string {
  return value === '' ? '' : formatChineseDate(value);
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
    const iso = {
      issueDate: item.issueDate ?? '',
      planDue: item.planDue ?? '',
      planReceived: receivedOn(item, 'planReceived') ?? '',
      reportDue: item.reportDue ?? '',
      reportReceived: receivedOn(item, 'reportReceived') ?? '',
    };
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
      issueNumbers: (options.issueNumbers?.[item.id] ?? []).join('、'),
      issueDate: date(iso.issueDate),
      planDue: date(iso.planDue),
      planReceived: date(iso.planReceived),
      reportDue: date(iso.reportDue),
      reportReceived: date(iso.reportReceived),
      isoDates: iso,
      status: ITEM_STATUS_LABELS[item.status],
      round: item.round,
      lastFollowUp: last === null ? '' : describeEntry(last.entry),
      remarks,
      attention,
      flagged: item.flag !== null,
    };
  });
}

function cells(row: LedgerRow): SheetCell[] {
  const d = (field: LedgerDateField): SheetCell => ({ date: row.isoDates[field] });
  return [
    row.index,
    row.unit,
    row.problems,
    row.requirements,
    row.source,
    row.issueNumbers,
    d('issueDate'),
    d('planDue'),
    d('planReceived'),
    d('reportDue'),
    d('reportReceived'),
    row.status,
    row.round,
    row.lastFollowUp,
    row.remarks,
  ];
}

/**
 * The ledger as one worksheet: a title row (the title says the scope), 序号 and 测评轮次 as numbers, the five dates as
 * real dates, everything else text; printed on A4 landscape, fit to the width, the header repeated on every page.
 */
export function ledgerSheet(rows: readonly LedgerRow[], title: string = LEDGER_TITLE): SheetSpec {
  return {
    name: LEDGER_TITLE,
    title,
    headers: [...LEDGER_HEADERS],
    rows: rows.map(cells),
    columnWidths: [...LEDGER_COLUMN_WIDTHS],
    print: { landscape: true, wrap: true },
  };
}

/**
 * The printed ledger's columns (Word, and the screen that shows what is printed): the five dates share one column,
 * one date a line in the order of the header (— when not yet), 状态 carries the votes, the follow-up and the
 * remarks share the last column.
 */
export const LEDGER_PRINT_HEADERS = [
  '序号',
  '单位',
  '问题',
  '整改要求',
  '交办文号',
  '交办日期\n方案期限\n方案收到\n报告期限\n报告收到',
  '状态',
  '最近跟踪\n备注',
];

/** Printed for a requirement the same as the row above's (the text is not repeated on every row). */
export const SAME_AS_ABOVE = '同上';

const dash = (value: string) => (value === '' ? '—' : value);

/** The ledger as printed (the Word table, and the screen that shows what is printed). */
export function ledgerPrintRows(rows: readonly LedgerRow[]): string[][] {
  return rows.map((row, r) => [
    String(row.index),
    row.unit,
    row.problems,
    r > 0 && row.requirements !== '' && row.requirements === rows[r - 1]?.requirements
      ? SAME_AS_ABOVE
      : row.requirements,
    // 宜人常发 / 〔2026〕12号: broken before the year, where the number reads best in a narrow column
    row.issueNumbers.replace(/〔/g, '\n〔').replace(/、/g, '\n') || '—',
    [row.issueDate, row.planDue, row.planReceived, row.reportDue, row.reportReceived].map(dash).join('\n'),
    row.round > 0 ? `${row.status}\n测评${row.round}次` : row.status,
    [row.lastFollowUp, row.remarks].filter((text) => text !== '').join('\n'),
  ]);
}
