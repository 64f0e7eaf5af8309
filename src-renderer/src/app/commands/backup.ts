// Use cases of 数据备份: export every table to one file, check a picked file, restore from it. The backup
// library (dexie-export-import) is large, so it loads only when one of these runs.
import type { BackupSummary } from '../../db/backup';
import { toCalendarDate } from '../../domain/time';
import type { Command } from '../runtime/services';
import type { ExportedFile } from './directoryExport';

export type { BackupSummary } from '../../db/backup';

const BACKUP_FILTERS = [{ name: '询评备份', extensions: ['json'] }];

/** Saves everything to 询评备份-<today by the clock>.json. */
export const exportBackupFile: Command<void, ExportedFile> = async ({ db, clock, desktop }) => {
  const { exportBackup } = await import('../../db/backup');
  const blob = await exportBackup(db);
  const fileName = `询评备份-${toCalendarDate(clock.now())}.json`;
  const result = await desktop.saveFile({
    suggestedName: fileName,
    data: new Uint8Array(await blob.arrayBuffer()),
    filters: BACKUP_FILTERS,
  });
  return { ...result, fileName };
};

/** A backup file the secretary picked, checked, waiting for the confirmation to restore it. */
export interface PickedBackup {
  fileName: string;
  backup: Blob;
  summary: BackupSummary;
}

/**
 * Asks for a backup file and checks that this version can restore it (else a backup.* code); null when
 * the secretary cancels. Nothing is changed yet.
 */
export const pickBackup: Command<void, PickedBackup | null> = async ({ db, desktop }) => {
  const file = await desktop.openFile({ filters: BACKUP_FILTERS });
  if (!file) return null;
  const { inspectBackup } = await import('../../db/backup');
  const backup = new Blob([file.data as BlobPart], { type: 'application/json' });
  return { fileName: file.name, backup, summary: await inspectBackup(db, backup) };
};

/** Replaces all data with the backup's, all or nothing (the audit log keeps its entries and records it). */
export const restoreBackupFile: Command<{ backup: Blob; fileName?: string }, void> = async (
  { db, clock },
  { backup, fileName = '' },
) => {
  const { restoreBackup } = await import('../../db/backup');
  await restoreBackup(db, backup, { fileName, at: clock.now() });
};
