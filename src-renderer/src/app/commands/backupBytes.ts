// The backup file's bytes, shared by the backup use cases (export, restore and its safety backups).
import type { Services } from '../runtime/services';

export const BACKUP_FILTERS = [{ name: '询评备份', extensions: ['json'] }];

/** The whole database as a backup file's bytes, its header naming this app's version and the clock's now. */
export async function backupBytes({ db, clock, desktop }: Services): Promise<Uint8Array> {
  const { exportBackup } = await import('../../db/backup');
  const { version } = await desktop.getAppInfo();
  const blob = await exportBackup(db, { appVersion: version, now: clock.now() });
  return new Uint8Array(await blob.arrayBuffer());
}
