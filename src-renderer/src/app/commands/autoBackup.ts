// Use cases of the automatic backups (Electron keeps them in a backups folder; the browser keeps none):
// write one now, open the folder, and pick one to restore through the same check and
// confirmation as a file.
import type { AutoBackupReason, AutoBackupWriteResult } from '../../../../src-main/contract';
import { appVersion } from '../../platform/appVersion';
import type { Command } from '../runtime/services';
import { pickBackup, type PickedBackup } from './backup';

export type { AutoBackupReason } from '../../../../src-main/contract';

/** A full backup into the backups folder, stamped with the app's version and the clock's time. */
export const writeAutoBackup: Command<{ reason: AutoBackupReason }, AutoBackupWriteResult> = async (
  { db, clock, desktop },
  { reason },
) => {
  const { exportBackup } = await import('../../db/backup');
  const blob = await exportBackup(db, { appVersion: appVersion(), now: clock.now() });
  return desktop.writeAutoBackup({ reason, data: new Uint8Array(await blob.arrayBuffer()) });
};

/**
 * Reads one automatic backup and checks it completely. It goes through pickBackup itself, with the file
 * "picked" being the automatic backup, so both ways to a restore check and preview the same. Changes nothing.
 */
export const pickAutoBackup: Command<{ name: string }, PickedBackup> = async (services, { name }) => {
  const data = await services.desktop.readAutoBackup(name);
  const desktop = { ...services.desktop, openFile: async () => ({ name, data }) };
  const picked = await pickBackup({ ...services, desktop }, undefined);
  if (!picked) throw new Error(`自动备份「${name}」无法读取`);
  return picked;
};

/** 打开备份文件夹. */
export const openBackupsFolder: Command<void, void> = ({ desktop }) => desktop.openBackupsFolder();
