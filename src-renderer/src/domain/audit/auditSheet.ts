// The audit log as a worksheet for 导出: newest first, one row per entry, times to the second.
import { format } from 'date-fns';
import type { SheetSpec } from '../sheet';
import { AUDIT_KIND_LABELS, type AuditEntry } from './auditEntry';

/** The local time of an entry to the second: 2026-11-29 16:05:09. */
export function auditTime(at: number): string {
  return format(new Date(at), 'yyyy-MM-dd HH:mm:ss');
}

export function auditSheet(entries: readonly AuditEntry[]): SheetSpec {
  const newest = [...entries].sort((a, b) => b.at - a.at);
  return {
    name: '操作日志',
    headers: ['时间', '类别', '内容'],
    rows: newest.map((entry) => [auditTime(entry.at), AUDIT_KIND_LABELS[entry.kind], entry.text]),
    columnWidths: [22, 16, 100],
  };
}

/** The export's file name on a day: 操作日志-2026-11-29.xlsx. */
export function auditFileName(today: string): string {
  return `操作日志-${today}.xlsx`;
}
