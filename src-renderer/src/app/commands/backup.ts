// Use cases of 数据备份: export every table to one file, check a picked file, restore from it (backupRestore.ts).
// The db/backup module loads only when one of these runs.
import type { BackupSummary, CheckedBackup } from '../../db/backup';
import { toCalendarDate } from '../../domain/time';
import type { Command } from '../runtime/services';
import { BACKUP_FILTERS, backupBytes } from './backupBytes';
import type { ExportedFile } from './directoryExport';

export type { BackupSummary } from '../../db/backup';
export {
  restoreBackupFile,
  type RestoreOutcome,
  type RestoreProgress,
  type RestoreStage,
  type SafetyBackup,
} from './backupRestore';

/** Saves everything to 询评备份-<today by the clock>.json. */
export const exportBackupFile: Command<void, ExportedFile> = async (services) => {
  const fileName = `询评备份-${toCalendarDate(services.clock.now())}.json`;
  const result = await services.desktop.saveFile({
    suggestedName: fileName,
    data: await backupBytes(services),
    filters: BACKUP_FILTERS,
  });
  if (result.saved) services.lastExport.remember(services.clock.now()); // for the browser's reminder to export
  return { ...result, fileName };
};

/**
 * A backup file the secretary picked, checked, waiting for the confirmation to restore it: its rows as checked
 * (what restoreBackupFile writes) and what a restore would change.
 */
export interface PickedBackup {
  fileName: string;
  checked: CheckedBackup;
  summary: BackupSummary;
}

/**
 * Asks for a backup file and checks that this version can restore it (else a backup.* code); null when
 * the secretary cancels. Nothing is changed yet.
 */
export const pickBackup: Command<void, PickedBackup | null> = async ({ db, desktop }) => {
  const file = await desktop.openFile({ filters: BACKUP_FILTERS });
  if (!file) return null;
  const { previewBackup } = await import('../../db/backup');
  const backup = new Blob([file.data as BlobPart], { type: 'application/json' });
  return { fileName: file.name, ...(await previewBackup(db, backup)) };
};
