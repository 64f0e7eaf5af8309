// Follow-up entries (跟踪记录): dated, append-only. A correction is a new entry that names the one it corrects;
// nothing is ever edited or removed. effectiveEntries shows the corrected view; the history keeps every version.

import { formatChineseDate } from '../time';
import type { ScoredTierId } from '../votes/tiers';
import { isIsoDate } from './dueDates';
import type { ItemStatus } from './status';
import { cleanParagraphs, compareText } from './text';

export const ENTRY_KINDS = [
  'issued',
  'planReceived',
  'reportReceived',
  'voteStarted',
  'voteResult',
  'voteCancelled',
  'datesAdjusted',
  'visit',
  'reminder',
  'note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  issued: '交办',
  planReceived: '收到整改方案',
  reportReceived: '收到整改报告',
  voteStarted: '测评',
  voteResult: '测评结果',
  voteCancelled: '测评作废',
  datesAdjusted: '调整日期',
  visit: '走访',
  reminder: '督促',
  note: '其他',
};

/** Kinds a secretary adds by hand; the others are written by workflow actions. */
export const MANUAL_KINDS = ['visit', 'reminder', 'note'] as const;
export type ManualKind = (typeof MANUAL_KINDS)[number];

export function isManualKind(value: unknown): value is ManualKind {
  return (MANUAL_KINDS as readonly unknown[]).includes(value);
}

export interface FollowUpEntry {
  id: string;
  kind: EntryKind;
  /** When it happened, yyyy-mm-dd; never after the day it was recorded. */
  date: string;
  /** The day it was recorded (the caller's today). */
  recordedOn: string;
  text: string;
  /** Written by a workflow action (交办, 收到整改报告, 测评结果 ...), not typed as a follow-up. */
  automatic: boolean;
  /** The entry this one corrects (any version of it); null for an ordinary entry. */
  corrects: string | null;
  /** A correction that withdraws the corrected entry (作废): it drops out of the effective view. */
  withdrawn: boolean;
  /** Why a correction was made; '' for ordinary entries. */
  reason: string;
  /** Status change made by the action that wrote the entry. */
  statusFrom?: ItemStatus;
  statusTo?: ItemStatus;
  /** Vote entries: the ballot round, and the outcome of a voteResult. */
  roundId?: string;
  outcome?: ScoredTierId;
}

export const MAX_ENTRY_TEXT_LENGTH = 2000;
export const MAX_REASON_LENGTH = 200;

/** Null when the date may be used: a real date, not after today, not before the issue date. */
export function checkEntryDate(date: string, today: string, issueDate: string | null): string | null {
  if (!isIsoDate(date)) return '请填写有效的日期';
  if (date > today) return '日期不能晚于今天';
  if (issueDate !== null && date < issueDate)
    return `日期不能早于交办日期（${formatChineseDate(issueDate)}）`;
  return null;
}

function checkText(text: string, required: string | null): string | null {
  if (text === '' && required !== null) return required;
  if ([...text].length > MAX_ENTRY_TEXT_LENGTH) return `内容不能超过 ${MAX_ENTRY_TEXT_LENGTH} 个字`;
  return null;
}

export interface FollowUpInput {
  id: string;
  kind: ManualKind;
  date: string;
  text: string;
}

/** A hand-written entry (走访, 督促, 其他); the text says what happened and is required. */
export function followUpEntry(
  input: FollowUpInput,
  today: string,
  issueDate: string | null,
): FollowUpEntry | { error: string } {
  if (!isManualKind(input.kind)) return { error: '跟踪记录类型无效' };
  const text = cleanParagraphs(input.text);
  const error = checkEntryDate(input.date, today, issueDate) ?? checkText(text, '请填写跟踪情况');
  if (error !== null) return { error };
  return {
    id: input.id,
    kind: input.kind,
    date: input.date,
    recordedOn: today,
    text,
    automatic: false,
    corrects: null,
    withdrawn: false,
    reason: '',
  };
}

export interface CorrectionInput {
  id: string;
  /** The entry corrected: the original or any earlier correction of it. */
  corrects: string;
  /** New date / text; omitted: kept from the latest version. */
  date?: string;
  text?: string;
  /** Withdraw the entry instead (作废); not allowed for entries written by the workflow. */
  withdraw?: boolean;
  reason: string;
}

/** Entry id → the id of the original entry of its chain of corrections (itself for an original). */
function rootIds(entries: readonly FollowUpEntry[]): Map<string, string> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const roots = new Map<string, string>();
  for (const entry of entries) {
    let current = entry;
    const seen = new Set<string>();
    while (current.corrects !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const next = byId.get(current.corrects);
      if (!next) break;
      current = next;
    }
    roots.set(entry.id, current.id);
  }
  return roots;
}

/** The original entry of a chain of corrections; null when the id is unknown. */
export function rootOf(entries: readonly FollowUpEntry[], id: string): FollowUpEntry | null {
  const rootId = rootIds(entries).get(id);
  return entries.find((entry) => entry.id === rootId) ?? null;
}

/** The versions of the entry with this root id, original first, in recording order. */
function versionsOf(
  entries: readonly FollowUpEntry[],
  roots: ReadonlyMap<string, string>,
  rootId: string,
): FollowUpEntry[] {
  return entries.filter((entry) => roots.get(entry.id) === rootId);
}

/**
 * A correction: a new entry of the same kind naming the corrected one. The kind, status change, round and outcome
 * cannot change (those moved the item on); the date and the text can, or a hand-written entry can be withdrawn.
 * The 交办 date is changed with the adjustDates action, not here.
 */
export function correctionEntry(
  entries: readonly FollowUpEntry[],
  input: CorrectionInput,
  today: string,
  issueDate: string | null,
): FollowUpEntry | { error: string } {
  const root = rootOf(entries, input.corrects);
  if (root === null) return { error: '没有找到要更正的记录' };
  const versions = versionsOf(entries, rootIds(entries), root.id);
  const latest = versions[versions.length - 1] ?? root;
  if (latest.withdrawn) return { error: '该记录已作废，不能再更正' };
  const reason = cleanParagraphs(input.reason);
  if (reason === '') return { error: '请填写更正原因' };
  if ([...reason].length > MAX_REASON_LENGTH) return { error: `更正原因不能超过 ${MAX_REASON_LENGTH} 个字` };
  const withdraw = input.withdraw === true;
  if (withdraw && root.automatic) {
    return { error: `“${ENTRY_KIND_LABELS[root.kind]}”记录由办理流程生成，不能作废，只能更正日期或说明` };
  }
  const date = input.date ?? latest.date;
  const text = input.text === undefined ? latest.text : cleanParagraphs(input.text);
  if (!withdraw) {
    if (root.kind === 'issued' && date !== latest.date) return { error: '交办日期请通过“调整日期”修改' };
    const error =
      checkEntryDate(date, today, root.kind === 'issued' ? null : issueDate) ??
      checkText(text, root.automatic ? null : '请填写跟踪情况');
    if (error !== null) return { error };
    if (date === latest.date && text === latest.text) return { error: '更正后的内容与原记录相同' };
  }
  const { statusFrom, statusTo, roundId, outcome } = latest;
  return {
    id: input.id,
    kind: root.kind,
    date,
    recordedOn: today,
    text,
    automatic: false,
    corrects: input.corrects,
    withdrawn: withdraw,
    reason,
    ...(statusFrom !== undefined && { statusFrom }),
    ...(statusTo !== undefined && { statusTo }),
    ...(roundId !== undefined && { roundId }),
    ...(outcome !== undefined && { outcome }),
  };
}

export interface EffectiveEntry {
  /** The id of the original entry (stable across corrections). */
  rootId: string;
  /** The latest version: what the entry says now. */
  entry: FollowUpEntry;
  /** Every version, original first. */
  versions: FollowUpEntry[];
  corrected: boolean;
}

/**
 * The history as it reads after corrections: one line per original entry, showing its latest version; withdrawn
 * entries are left out. Sorted by date, entries of one day in recording order. The input is not changed.
 */
export function effectiveEntries(entries: readonly FollowUpEntry[]): EffectiveEntry[] {
  const roots = rootIds(entries);
  const result: { effective: EffectiveEntry; order: number }[] = [];
  entries.forEach((entry, order) => {
    if (roots.get(entry.id) !== entry.id) return;
    const versions = versionsOf(entries, roots, entry.id);
    const latest = versions[versions.length - 1] ?? entry;
    if (latest.withdrawn) return;
    result.push({
      effective: { rootId: entry.id, entry: latest, versions, corrected: versions.length > 1 },
      order,
    });
  });
  result.sort((a, b) => compareText(a.effective.entry.date, b.effective.entry.date) || a.order - b.order);
  return result.map((item) => item.effective);
}

/** The most recent effective entry (最近跟踪), or null. */
export function latestEntry(entries: readonly FollowUpEntry[]): EffectiveEntry | null {
  const effective = effectiveEntries(entries);
  return effective[effective.length - 1] ?? null;
}

/** 2026年3月5日 走访：…… (the kind alone when there is no text). */
export function describeEntry(entry: FollowUpEntry): string {
  const head = `${formatChineseDate(entry.date)} ${ENTRY_KIND_LABELS[entry.kind]}`;
  return entry.text === '' ? head : `${head}：${entry.text}`;
}
