import type { ErrorParams } from '../messages';

/** Whole-database operations: backups, restoring one, and loading the demo data. */
export const backupMessages = {
  'backup.notBackup': () => '这个文件不是询评的备份文件',
  'backup.notBackupOrDamaged': () => '这个文件不是询评的备份文件，或者已经损坏',
  'backup.newerVersion': () => '这个备份来自更新版本的询评，请先升级本机的询评再恢复',
  /** params.detail: what the backup library said */
  'backup.unreadable': (p: ErrorParams) => `备份文件无法读取，数据没有变化：${p.detail ?? ''}`,
  'demo.notEmpty': () => '名册或活动中已有数据。示例数据只能加载到空的数据库中，以免和正式数据混在一起。',
};
