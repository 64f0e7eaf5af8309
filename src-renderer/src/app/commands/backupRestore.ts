// Restoring from a backup: the file is checked completely, then the current data is saved (the safety backup),
// then everything is replaced in one transaction, then the restored data is backed up automatically. When the
// safety backup cannot be written the restore does not happen, and the error says why.
import type { AutoBackupWriteResult } from '../../../../src-main/contract';
import { DomainError } from '../../domain/errors';
import { formatInstant } from '../../domain/time';
import type { Command, Services } from '../runtime/services';
import { BACKUP_FILTERS, backupBytes } from './backupBytes';

/** Where the copy of the data as it was before the restore went. */
export type SafetyBackup =
  /** Electron: an automatic backup in the backups folder. */
  | { kind: 'backupsFolder'; name: string; folder: string | null }
  /** Browser: a download (no path), or a file the secretary saved (path). */
  | { kind: 'file'; fileName: string; path: string | null }
  /** There was no data on this PC to lose: nothing was written. */
  | { kind: 'none' };

export interface RestoreOutcome {
  safety: SafetyBackup;
  /**
   * The automatic backup of the restored data (reason 'restore'): written; lowDisk (refused, too little disk
   * space); failed (another error; the restore itself stands); unsupported (a browser keeps none).
   */
  afterRestore: 'written' | 'lowDisk' | 'failed' | 'unsupported';
}

/** 询评备份-恢复前-2026-11-29-0900.json, by the clock. */
export function safetyFileName(now: number): string {
  const stamp = formatInstant(now).replace(' ', '-').replace(':', '');
  return `询评备份-恢复前-${stamp}.json`;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes the current data somewhere safe, or throws why it could not (and so the restore must not happen). */
async function writeSafetyBackup(services: Services): Promise<SafetyBackup> {
  const { desktop, clock } = services;
  const { isDatabaseEmpty } = await import('../../db/backup');
  if (await isDatabaseEmpty(services.db)) return { kind: 'none' };
  try {
    const data = await backupBytes(services);
    const auto = await desktop.writeAutoBackup({ reason: 'beforeRestore', data });
    if (auto.written) {
      const { folder } = await desktop.backupStatus();
      return { kind: 'backupsFolder', name: auto.backup.name, folder };
    }
    if (auto.reason === 'lowDisk') throw new DomainError('backup.safetyLowDisk');
    const fileName = safetyFileName(clock.now());
    const saved = await desktop.saveFile({ suggestedName: fileName, data, filters: BACKUP_FILTERS });
    if (!saved.saved) throw new DomainError('backup.safetyNotSaved');
    return { kind: 'file', fileName, path: saved.path ?? null };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('backup.safetyFailed', { detail: detailOf(error) });
  }
}

/** The automatic backup after a restore (Electron); a browser keeps none. Never undoes the restore. */
async function backupAfterRestore(
  services: Services,
  safety: SafetyBackup,
): Promise<RestoreOutcome['afterRestore']> {
  if (safety.kind === 'file') return 'unsupported';
  try {
    const result: AutoBackupWriteResult = await services.desktop.writeAutoBackup({
      reason: 'restore',
      data: await backupBytes(services),
    });
    return result.written ? 'written' : result.reason;
  } catch {
    return 'failed';
  }
}

/**
 * Replaces all data with the backup's, all or nothing, after checking the whole file again and saving the
 * current data first (see the file comment).
 */
export const restoreBackupFile: Command<{ backup: Blob; fileName?: string }, RestoreOutcome> = async (
  services,
  { backup, fileName = '' },
) => {
  const { readBackup, replaceWithBackup } = await import('../../db/backup');
  const checked = await readBackup(backup);
  const safety = await writeSafetyBackup(services);
  await replaceWithBackup(services.db, checked, { fileName, at: services.clock.now() });
  const afterRestore = await backupAfterRestore(services, safety);
  // The list of automatic backups in 设置 shows the new ones at once.
  if (safety.kind === 'backupsFolder' || afterRestore === 'written') services.autoBackups.written();
  return { safety, afterRestore };
};
