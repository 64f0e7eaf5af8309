import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));
const UNCHANGED = '本机数据没有任何改动。';

/** Why a backup file is refused. Every message ends by saying that nothing was changed. */
/** Why a backup file is refused (every message says that nothing was changed), and loading the demo. */
export const backupMessages = {
  'backup.notBackupOrDamaged': () => `这个文件不是询评的备份文件，或者已经损坏。${UNCHANGED}`,
  /** params.detail: what the backup library said */
  'backup.unreadable': (p: ErrorParams) => `备份文件无法读取，数据没有变化：${text(p.detail)}`,
  'demo.notEmpty': () => '名册或活动中已有数据。示例数据只能加载到空的数据库中，以免和正式数据混在一起。',
  'backup.empty': () => `文件是空的，不是询评的备份文件。${UNCHANGED}`,
  'backup.truncated': () => `备份文件不完整（可能在复制、下载或保存时被截断），无法恢复。${UNCHANGED}`,
  'backup.notBackup': () => `这个文件不是询评的备份文件。${UNCHANGED}`,
  /** params.version: the backup's schema version; params.current: this app's. */
  'backup.newerVersion': (p: ErrorParams) =>
    `这个备份来自更新版本的询评（数据版本 ${text(p.version)}，本机为 ${text(p.current)}），请先升级本机的询评再恢复。${UNCHANGED}`,
  /** params.table: the table's Chinese name. */
  'backup.missingTable': (p: ErrorParams) => `备份文件缺少「${text(p.table)}」的数据，无法恢复。${UNCHANGED}`,
  /** params.table, params.expected (the header's count), params.actual (rows found). */
  'backup.rowCount': (p: ErrorParams) =>
    `备份文件中「${text(p.table)}」应有 ${text(p.expected)} 条记录，实际只有 ${text(p.actual)} 条，文件可能不完整或被改动。${UNCHANGED}`,
  /** params.table, params.index (1-based), params.problem (field: why). */
  'backup.invalidRecord': (p: ErrorParams) =>
    `备份文件中「${text(p.table)}」的第 ${text(p.index)} 条记录无效：${text(p.problem)}。${UNCHANGED}`,
  /** params.table, params.index (1-based) of the second row with the same key. */
  'backup.duplicateRecord': (p: ErrorParams) =>
    `备份文件中「${text(p.table)}」的第 ${text(p.index)} 条记录与前面的记录重复。${UNCHANGED}`,
  /** params.round: the round's title. */
  'backup.fingerprintMismatch': (p: ErrorParams) =>
    `备份文件中测评「${text(p.round)}」的测评票与公布结果时的校验码不一致，测评票可能被改动过，不能恢复。${UNCHANGED}`,
  /** The safety backup before a restore could not be written: too little disk space left. */
  'backup.safetyLowDisk': () =>
    `磁盘剩余空间不足，无法先为本机的当前数据保存一份恢复前的备份，所以没有恢复。请清理磁盘后再试。${UNCHANGED}`,
  /** The safety backup before a restore was not saved: the save dialog was cancelled. */
  'backup.safetyNotSaved': () =>
    `恢复前的备份没有保存（保存被取消），所以没有恢复。恢复前必须先保存一份本机当前数据的备份。${UNCHANGED}`,
  /** params.detail: why writing the safety backup failed. */
  'backup.safetyFailed': (p: ErrorParams) =>
    `无法为本机的当前数据保存恢复前的备份（${text(p.detail)}），所以没有恢复。${UNCHANGED}`,
};
