// Restoring from a backup: the file is checked completely, then the current data is saved (the safety backup),
// then everything is replaced in one transaction, then the restored data is backed up automatically. When the
// safety backup cannot be written the restore does not happen, and the error says why.
// The confirmation already read and checked the file for its preview (pickBackup): the restore writes those
// checked rows, not the file read again. Should the file change on disk between the preview and the click on
// 替换并恢复, that does not matter: what the secretary saw previewed is what is restored.
// The stages report their progress (RestoreProgress), for the progress bar.
import type { AutoBackupWriteResult } from '../../../../src-main/contract';
import type { CheckedBackup, WriteProgress } from '../../db/backup';
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

/** check: the backup; safety: saving the current data; write: replacing it; after: the automatic backup. */
export type RestoreStage = 'check' | 'safety' | 'write' | 'after' | 'done';

export interface RestoreProgress {
  stage: RestoreStage;
  /** 0 to 100; never goes back. */
  percent: number;
  /** While writing: tables written of all. */
  tables: { done: number; total: number } | null;
}

/** The backup to restore: the rows checked for the preview, or a file (checked here). */
export type RestoreSource = { checked: CheckedBackup } | { backup: Blob };

export type RestoreInput = RestoreSource & {
  fileName?: string;
  onProgress?: (progress: RestoreProgress) => void;
};

/** Where each stage starts and ends on the bar, in percent. */
const BANDS: Record<Exclude<RestoreStage, 'done'>, [number, number]> = {
  check: [0, 5],
  safety: [5, 30],
  write: [30, 90],
  after: [90, 100],
};

type Report = (stage: RestoreStage, share: number, tables?: RestoreProgress['tables']) => void;

/** Reports a stage's share done (0 to 1) as a percent of the whole, never lower than what was reported. */
function progressReporter(onProgress: (progress: RestoreProgress) => void): Report {
  let last = 0;
  return (stage, share, tables = null) => {
    const [from, to] = stage === 'done' ? [100, 100] : BANDS[stage];
    const percent = Math.max(last, Math.round(from + (to - from) * Math.min(1, Math.max(0, share))));
    last = percent;
    try {
      onProgress({ stage, percent, tables });
    } catch {
      // The progress bar only shows the restore; it failing must not stop (or undo) it.
    }
  };
}

function writeShare({ rows, totalRows, tables, totalTables }: WriteProgress): number {
  return totalRows > 0 ? rows / totalRows : tables / totalTables;
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
async function writeSafetyBackup(services: Services, report: Report): Promise<SafetyBackup> {
  const { desktop, clock } = services;
  const { isDatabaseEmpty } = await import('../../db/backup');
  if (await isDatabaseEmpty(services.db)) return { kind: 'none' };
  report('safety', 0);
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
  report: Report,
): Promise<RestoreOutcome['afterRestore']> {
  if (safety.kind === 'file') return 'unsupported';
  try {
    // No safety backup told whether there is a backups folder: a browser has none, so the restored data is
    // not exported for nothing.
    if (safety.kind === 'none' && (await services.desktop.backupStatus()).folder === null) {
      return 'unsupported';
    }
    report('after', 0);
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
 * Replaces all data with the backup's, all or nothing: the rows checked for the preview (or a file, checked
 * here), after saving the current data first (see the file comment).
 */
export const restoreBackupFile: Command<RestoreInput, RestoreOutcome> = async (services, input) => {
  const { fileName = '', onProgress = () => undefined } = input;
  const report = progressReporter(onProgress);
  const { readBackup, replaceWithBackup } = await import('../../db/backup');
  report('check', 0);
  const checked = 'checked' in input ? input.checked : await readBackup(input.backup);
  report('check', 1);
  const safety = await writeSafetyBackup(services, report);
  if (safety.kind !== 'none') report('safety', 1);
  await replaceWithBackup(services.db, checked, { fileName, at: services.clock.now() }, (written) =>
    report('write', writeShare(written), { done: written.tables, total: written.totalTables }),
  );
  const afterRestore = await backupAfterRestore(services, safety, report);
  report('done', 1);
  // The list of automatic backups in 设置 shows the new ones at once.
  if (safety.kind === 'backupsFolder' || afterRestore === 'written') services.autoBackups.written();
  return { safety, afterRestore };
};
