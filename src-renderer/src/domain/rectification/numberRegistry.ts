// The document-number registry (发文字号登记), as pure functions over the list of numbers ever taken.
// Per prefix and year, numbers are taken in sequence 1, 2, 3 ...; a number is never taken twice, not even after it
// is voided; voiding is an explicit action with a reason. The db layer runs issueNumber / voidNumber and the write
// inside one transaction, so two windows issuing at once cannot both take the same number.

import { cleanText } from '../validation';
import { formatDocumentNumber, validateDocumentPrefix } from '../settings/documentNumber';
import { formatChineseDate } from '../time';
import type { AnnouncementSnapshot } from '../projects/announcement';
import type { NoticeSnapshot } from '../votes/notice';
import { isIsoDate } from './dueDates';

export interface NumberKey {
  prefix: string;
  year: number;
  sequence: number;
}

export type NumberStatus = 'issued' | 'voided';

export const NUMBER_STATUS_LABELS: Record<NumberStatus, string> = { issued: '已使用', voided: '已作废' };

export interface IssuedNumber extends NumberKey {
  status: NumberStatus;
  /** The issued document (notice or letter) that carries the number. */
  documentId: string;
  /** yyyy-mm-dd */
  issuedOn: string;
  voidReason?: string;
  voidedOn?: string;
  /** A results notice (测评结果通报): the text it was numbered with, printed again by every later export. */
  notice?: NoticeSnapshot;
  /** A 票决结果公告: the text it was numbered with, likewise. */
  announcement?: AnnouncementSnapshot;
}

export const MAX_VOID_REASON_LENGTH = 200;

export function sameKey(a: NumberKey, b: NumberKey): boolean {
  return a.prefix === b.prefix && a.year === b.year && a.sequence === b.sequence;
}

/** 宜人常函〔2026〕12号 */
export function formatted(key: NumberKey): string {
  return formatDocumentNumber(key.prefix, key.year, key.sequence);
}

/** The next sequence for a prefix and year: the highest ever taken (issued or voided) + 1; 1 in a new year. */
export function nextNumber(entries: readonly IssuedNumber[], prefix: string, year: number): number {
  let max = 0;
  for (const entry of entries) {
    if (entry.prefix === prefix && entry.year === year && entry.sequence > max) max = entry.sequence;
  }
  return max + 1;
}

/** The number a document carries now (not voided), or null. */
export function numberOfDocument(entries: readonly IssuedNumber[], documentId: string): IssuedNumber | null {
  return entries.find((entry) => entry.documentId === documentId && entry.status === 'issued') ?? null;
}

/** The calendar year of a yyyy-mm-dd date, the usual year of a number issued that day. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Takes the next number of `prefix` and `year` for a document. Refused when the prefix is not usable, the year is
 * not a four-digit year, or the document already carries a number (void that first to renumber it).
 */
export function issueNumber(
  entries: readonly IssuedNumber[],
  prefix: string,
  year: number,
  documentId: string,
  today: string,
): { entry: IssuedNumber } | { error: string } {
  const prefixError = validateDocumentPrefix(prefix);
  if (prefixError !== null) return { error: prefixError };
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return { error: '发文年份应为四位数的年份' };
  if (!isIsoDate(today)) return { error: '今天的日期无效' };
  if (documentId === '') return { error: '没有指定要编号的文件' };
  const existing = numberOfDocument(entries, documentId);
  if (existing !== null) return { error: `该文件已编号为${formatted(existing)}，不能重复编号` };
  const sequence = nextNumber(entries, prefix, year);
  return { entry: { prefix, year, sequence, status: 'issued', documentId, issuedOn: today } };
}

/**
 * Voids a number (作废), with the reason. The number stays taken: nextNumber still counts it, so it is never
 * issued again. Returns the whole new list and the changed entry; the input list is not changed.
 */
export function voidNumber(
  entries: readonly IssuedNumber[],
  key: NumberKey,
  reason: string,
  today: string,
): { entries: IssuedNumber[]; entry: IssuedNumber } | { error: string } {
  const cleaned = cleanText(reason);
  if (cleaned === '') return { error: '请填写作废原因' };
  if ([...cleaned].length > MAX_VOID_REASON_LENGTH) {
    return { error: `作废原因不能超过 ${MAX_VOID_REASON_LENGTH} 个字` };
  }
  if (!isIsoDate(today)) return { error: '今天的日期无效' };
  const index = entries.findIndex((entry) => sameKey(entry, key));
  const found = entries[index];
  if (found === undefined) return { error: '没有找到这个发文字号' };
  if (found.status === 'voided') {
    const when = found.voidedOn ? `已于${formatChineseDate(found.voidedOn)}作废` : '已作废';
    return { error: `${formatted(found)}${when}，不能重复作废` };
  }
  const entry: IssuedNumber = { ...found, status: 'voided', voidReason: cleaned, voidedOn: today };
  return { entries: entries.map((item, i) => (i === index ? entry : item)), entry };
}

/** Registry problems (for a restored backup): duplicates and gaps per prefix and year. Empty when consistent. */
export function registryProblems(entries: readonly IssuedNumber[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, number[]>();
  for (const entry of entries) {
    const group = `${entry.prefix}\u0000${entry.year}`;
    groups.set(group, [...(groups.get(group) ?? []), entry.sequence]);
  }
  for (const [group, sequences] of groups) {
    const [prefix = '', year = ''] = group.split('\u0000');
    const sorted = [...sequences].sort((a, b) => a - b);
    sorted.forEach((sequence, index) => {
      if (sorted[index - 1] === sequence) problems.push(`${prefix}〔${year}〕${sequence}号重复`);
      else if (sequence !== (sorted[index - 1] ?? 0) + 1) {
        problems.push(`${prefix}〔${year}〕${sequence}号之前缺少编号`);
      }
    });
  }
  return problems;
}
