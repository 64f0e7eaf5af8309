// The audit log (操作日志): append and read, nothing else. `appendAudit` is called inside the transaction that
// makes the change (which must include db.auditLog), so a committed change always has its line and a change
// that fails leaves none.

import { auditLine, type AuditEntry, type AuditEvent, type AuditKind } from '../../domain/audit/auditEntry';
import { nameOr } from '../../domain/names';
import type { Instant } from '../../domain/time';
import { newId, type XunpingDb } from '../database';

/** Appends the line of `event` at `at` (the caller's clock). Call inside the change's transaction. */
export async function appendAudit(db: XunpingDb, event: AuditEvent, at: Instant): Promise<AuditEntry> {
  const entry: AuditEntry = { id: newId(), at, ...auditLine(event) };
  await db.auditLog.add(entry);
  return entry;
}

/** The tables a change to a round reads and writes when it is audit-logged (with the round's own tables). */
export function auditedRoundTables(db: XunpingDb) {
  return [db.activities, db.auditLog];
}

/** The activity's title for an entry (the placeholder when it is gone); call inside the transaction. */
export async function activityTitle(db: XunpingDb, activityId: string): Promise<string> {
  return nameOr(await db.activities.get(activityId), 'title');
}

/** Which entries to read: one kind or all. */
export interface AuditQuery {
  kind: AuditKind | null;
}

/** How many entries match. */
export async function countAudit(db: XunpingDb, { kind }: AuditQuery): Promise<number> {
  return kind === null ? db.auditLog.count() : db.auditLog.where('kind').equals(kind).count();
}

/** The matching entries, newest first, `limit` of them after skipping `offset`. */
export async function listAudit(
  db: XunpingDb,
  { kind }: AuditQuery,
  page: { offset: number; limit: number } = { offset: 0, limit: Infinity },
): Promise<AuditEntry[]> {
  const newest = db.auditLog.orderBy('at').reverse();
  const matching = kind === null ? newest : newest.filter((entry) => entry.kind === kind);
  const skipped = matching.offset(page.offset);
  return page.limit === Infinity ? skipped.toArray() : skipped.limit(page.limit).toArray();
}
