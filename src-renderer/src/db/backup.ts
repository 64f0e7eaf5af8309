// Whole-database backups with dexie-export-import: a backup is the library's JSON export of every
// table (bigint fractions of published results included). A restore first lets the library read the
// whole file into a temporary database, then replaces the app's tables from it in ONE transaction, so
// a damaged or foreign file leaves the data as it was.
import { exportDB, importDB, peakImportFile } from 'dexie-export-import';
import { DomainError, type ErrorCode, type ErrorParams } from '../domain/errors';
import type { XunpingDb } from './database';
import { SCHEMA_VERSIONS } from './schema';

/** A file that cannot be restored (domain/errors/messages/backup.ts); the data stays as it was. */
export class BackupError extends DomainError<Extract<ErrorCode, `backup.${string}`>> {
  constructor(code: Extract<ErrorCode, `backup.${string}`>, params: ErrorParams = {}) {
    super(code, params);
    this.name = 'BackupError';
  }
}

/** What a backup holds, for the confirmation before restoring it. */
export interface BackupSummary {
  version: number;
  rows: Record<string, number>;
}

export async function exportBackup(db: XunpingDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

/** Checks that the file is a 询评 backup this version can read. */
export async function inspectBackup(db: XunpingDb, file: Blob): Promise<BackupSummary> {
  // The library's reader waits for its own structure; on other JSON it may never settle, so the head of
  // the file must show the export's signature first.
  const head = await file.slice(0, 4096).text();
  if (!/^\s*\{\s*"formatName"\s*:\s*"dexie"/.test(head)) throw new BackupError('backup.notBackup');
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(file);
  } catch {
    throw new BackupError('backup.notBackupOrDamaged');
  }
  const known = new Set(db.tables.map((t) => t.name));
  const tables = meta.data.tables;
  if (
    meta.formatName !== 'dexie' ||
    !tables.some((t) => t.name === 'people') ||
    tables.some((t) => !known.has(t.name))
  ) {
    throw new BackupError('backup.notBackup');
  }
  const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
  if (meta.data.databaseVersion > latest) {
    throw new BackupError('backup.newerVersion');
  }
  return {
    version: meta.data.databaseVersion,
    rows: Object.fromEntries(tables.map((t) => [t.name, t.rowCount])),
  };
}

/** Replaces all data with the backup's, all or nothing. */
export async function restoreBackup(db: XunpingDb, file: Blob): Promise<void> {
  await inspectBackup(db, file);
  const name = `xunping-restore-${crypto.randomUUID()}`;
  let rows: Map<string, unknown[]>;
  try {
    const temp = await importDB(file, { name });
    try {
      rows = new Map(await Promise.all(temp.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    } finally {
      temp.close();
      await temp.delete();
    }
  } catch (error) {
    throw new BackupError('backup.unreadable', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const tableRows = rows.get(table.name);
      if (tableRows && tableRows.length > 0) await table.bulkAdd(tableRows);
    }
  });
}
