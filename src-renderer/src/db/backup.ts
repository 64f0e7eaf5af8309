// Whole-database backups. A backup is one JSON file (backupFile.ts) written from one read transaction, so it
// is a consistent snapshot. A restore reads the whole file and checks all of it (backupCheck.ts) before
// anything changes; an older backup is upgraded by the same row upgrades as the database; then every table is
// replaced in ONE transaction. A refused file throws a DomainError that says why, and changes nothing.
// The restore's confirmation shows what the file holds (previewBackup); the rows it checked for that preview are
// the ones replaceWithBackup writes, so the file is read and checked once.
// The audit log is the one table a restore does not simply replace: it is this PC's history, including the
// restore itself. Its entries that the backup lacks (written since the backup, or on another copy) are kept,
// and the restore appends its own line, all in the same transaction.

import type { AuditEntry } from '../domain/audit/auditEntry';
import type { Instant } from '../domain/time';
import type { XunpingDb } from './database';
import { appendAudit } from './repositories/auditLog';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupParts,
  type BackupHeader,
} from './backupFile';
import { checkBackup, parseBackupText, TABLE_LABELS, TABLE_NAMES, type CheckedBackup } from './backupCheck';

export type { CheckedBackup } from './backupCheck';
import type { TableName } from './records';
import { CURRENT_VERSION, DATABASE_NAME, storesAt } from './schema';

export { TABLE_LABELS } from './backupCheck';

export interface BackupTablePreview {
  table: TableName;
  /** The table as the secretary knows it: 人员, 测评票 ... */
  label: string;
  /** Rows on this PC now. */
  now: number;
  /** Rows after the restore (the backup's). */
  after: number;
}

/** What a restore would do, for the confirmation before it. */
export interface BackupSummary {
  /** The schema version the backup was written at. */
  version: number;
  /** Rows per table in the backup (every table of the current schema). */
  rows: Record<string, number>;
  /** The app version that wrote it; null for backups written before the file said so. */
  appVersion: string | null;
  /** When it was written; null when the file does not say. */
  exportedAt: Instant | null;
  /** Per table, in the app's order: what is there now and what will be there after. */
  tables: BackupTablePreview[];
}

export interface ExportOptions {
  /** The app's version, written into the header. */
  appVersion?: string;
  /** The moment of the backup (the caller's clock), written into the header. */
  now?: Instant;
}

export async function exportBackup(db: XunpingDb, options: ExportOptions = {}): Promise<Blob> {
  const tables = await db.transaction('r', db.tables, () =>
    Promise.all(TABLE_NAMES.map(async (name) => ({ name, rows: await db.table(name).toArray() }))),
  );
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: BACKUP_APP,
    appVersion: options.appVersion ?? null,
    schemaVersion: CURRENT_VERSION,
    exportedAt: options.now ?? null,
  };
  return new Blob(backupParts(header, DATABASE_NAME, storesAt(CURRENT_VERSION), tables), {
    type: 'application/json',
  });
}

/** Reads and checks the whole file; throws a DomainError saying why it cannot be restored. */
export async function readBackup(file: Blob): Promise<CheckedBackup> {
  return checkBackup(parseBackupText(await file.text()));
}

/** The audit log after a restore: the backup's entries, then this PC's entries the backup does not hold. */
function mergedAuditLog(backup: CheckedBackup, current: readonly AuditEntry[]): AuditEntry[] {
  const restored = backup.rows.auditLog as AuditEntry[];
  const inBackup = new Set(restored.map((entry) => entry.id));
  return [...restored, ...current.filter((entry) => !inBackup.has(entry.id))];
}

async function summaryOf(
  db: XunpingDb,
  backup: CheckedBackup,
  history: readonly AuditEntry[],
): Promise<BackupSummary> {
  const now = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
  // The audit log keeps its entries and gains the restore's own line.
  const auditAfter = mergedAuditLog(backup, history).length + 1;
  const tables = TABLE_NAMES.map((table, i) => ({
    table,
    label: TABLE_LABELS[table],
    now: now[i] ?? 0,
    after: table === 'auditLog' ? auditAfter : backup.rows[table].length,
  }));
  return {
    version: backup.schemaVersion,
    rows: Object.fromEntries(tables.map((t) => [t.table, t.after])),
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
    tables,
  };
}

/** True when no table holds a row (a new PC, cleared site data): there is nothing a restore could lose. */
export async function isDatabaseEmpty(db: XunpingDb): Promise<boolean> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
  return counts.every((count) => count === 0);
}

/** A backup read and checked for the confirmation: what it holds, and what a restore would change. */
export interface BackupPreview {
  checked: CheckedBackup;
  summary: BackupSummary;
}

/** Checks the file completely and says what a restore would change. Changes nothing. */
export async function previewBackup(db: XunpingDb, file: Blob): Promise<BackupPreview> {
  const checked = await readBackup(file);
  return { checked, summary: await summaryOf(db, checked, await db.auditLog.toArray()) };
}

/** Checks the file completely and says what a restore would change. Changes nothing. */
export async function inspectBackup(db: XunpingDb, file: Blob): Promise<BackupSummary> {
  return (await previewBackup(db, file)).summary;
}

/** What the audit log records of a restore: the file's name and the moment (the caller's clock). */
export interface RestoreRecord {
  fileName: string;
  at: Instant;
}

/** How far a restore's writing is: rows written of all, tables done of all (the audit log included). */
export interface WriteProgress {
  rows: number;
  totalRows: number;
  tables: number;
  totalTables: number;
}

/** Rows per bulkAdd, so a large table (测评票) reports its progress as it goes; all in the same transaction. */
const WRITE_CHUNK = 4000;

/**
 * Replaces all data with a backup readBackup has checked, in ONE transaction: all or nothing; the audit log
 * keeps this PC's entries and records the restore (see the top of this file). Returns what was there before
 * and what is there now. `onProgress` hears after each table and each chunk of a large one.
 */
export async function replaceWithBackup(
  db: XunpingDb,
  backup: CheckedBackup,
  { fileName, at }: RestoreRecord,
  onProgress: (progress: WriteProgress) => void = () => undefined,
): Promise<BackupSummary> {
  return db.transaction('rw', db.tables, async () => {
    const current = await db.auditLog.toArray();
    const summary = await summaryOf(db, backup, current);
    const history = mergedAuditLog(backup, current);
    const rowsOf = (name: TableName) => (name === 'auditLog' ? history : backup.rows[name]);
    const totalRows = TABLE_NAMES.reduce((sum, name) => sum + rowsOf(name).length, 0);
    const progress = { rows: 0, totalRows, tables: 0, totalTables: TABLE_NAMES.length };
    onProgress({ ...progress });
    // Every table's clear and every chunk's bulkAdd are issued at once, not one after the other: IndexedDB
    // writes the rows queued so far while the next chunks are still being cloned, instead of idling between
    // them. They all run in this one transaction, in the order issued; progress is heard as each chunk lands.
    const writes: Promise<unknown>[] = [];
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      const rows = rowsOf(name);
      const tableDone = () => {
        progress.tables += 1;
        onProgress({ ...progress });
      };
      // Requests of one transaction complete in the order issued: a table without rows is done once cleared.
      writes.push(rows.length === 0 ? table.clear().then(tableDone) : table.clear());
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        const chunk = rows.slice(start, start + WRITE_CHUNK);
        const last = start + WRITE_CHUNK >= rows.length;
        writes.push(
          table.bulkAdd(chunk).then(() => {
            progress.rows += chunk.length;
            if (last) tableDone();
            else onProgress({ ...progress });
          }),
        );
      }
    }
    await Promise.all(writes);
    const tables = summary.tables
      .filter((t) => t.table !== 'auditLog')
      .map(({ label, now, after }) => ({ label, before: now, after }));
    await appendAudit(db, { kind: 'restored', fileName, exportedAt: backup.exportedAt, tables }, at);
    return summary;
  });
}

/** Replaces all data with the backup's, all or nothing, after checking the whole file. */
export async function restoreBackup(
  db: XunpingDb,
  file: Blob,
  record: RestoreRecord,
): Promise<BackupSummary> {
  return replaceWithBackup(db, await readBackup(file), record);
}
