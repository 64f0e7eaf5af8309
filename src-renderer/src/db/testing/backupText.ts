// Backup files for the backup tests: the demo's backup as text and as parsed JSON to edit.

import { exportBackup } from '../backup';
import { dbWithEveryTable, EVERY_TABLE_NOW } from './everyTable';

let cached: Promise<string> | null = null;

/** The backup of a database with rows in every table (made once per test file). */
export function everyTableBackup(): Promise<string> {
  cached ??= (async () => {
    const db = await dbWithEveryTable();
    const blob = await exportBackup(db, { appVersion: '0.1.0', now: EVERY_TABLE_NOW });
    db.close();
    return blob.text();
  })();
  return cached;
}

interface TableEntry {
  name: string;
  rowCount: number;
}
interface DataEntry {
  tableName: string;
  rows: Record<string, unknown>[];
}
export interface BackupJson {
  xunping?: Record<string, unknown>;
  data: { databaseName: string; databaseVersion: number; tables: TableEntry[]; data: DataEntry[] };
}

/** The backup parsed, to be edited by a test. */
export async function editableBackup(): Promise<BackupJson> {
  return JSON.parse(await everyTableBackup()) as BackupJson;
}

/** The rows of one table inside an editable backup. */
export function rowsOf(file: BackupJson, table: string): Record<string, unknown>[] {
  const entry = file.data.data.find((d) => d.tableName === table);
  if (!entry) throw new Error(`no table ${table} in the backup`);
  return entry.rows;
}
