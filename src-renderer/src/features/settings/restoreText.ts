// The restore flow's sentences: where a backup comes from, and what a restore did with the data it replaced.
import type { BackupSummary, RestoreOutcome, RestoreProgress } from '../../app/commands/backup';
import { formatInstant } from '../../domain/time';

/** 备份于 2026-11-29 16:00，询评 0.2.0，数据版本 5 (or what the file does not say). */
export function backupOrigin(summary: Pick<BackupSummary, 'exportedAt' | 'appVersion' | 'version'>): string {
  const date = summary.exportedAt === null ? '备份时间未记录' : `备份于 ${formatInstant(summary.exportedAt)}`;
  const app = summary.appVersion === null ? '询评（版本未记录）' : `询评 ${summary.appVersion}`;
  return `${date}，${app}，数据版本 ${summary.version}`;
}

/** Where the data as it was before the restore went, and whether the restored data was backed up. */
export function restoredMessage({ safety, afterRestore }: RestoreOutcome): string {
  const parts: string[] = [];
  if (safety.kind === 'backupsFolder') {
    const where = safety.folder ? `（${safety.folder}）` : '';
    parts.push(`恢复前的数据已保存为自动备份「${safety.name}」，在自动备份文件夹中${where}。`);
  } else if (safety.kind === 'file') {
    parts.push(
      safety.path
        ? `恢复前的数据已保存到 ${safety.path}。`
        : `恢复前的数据已下载为「${safety.fileName}」，在浏览器的下载文件夹中。`,
    );
  } else {
    parts.push('本机原来没有数据，现在是备份中的数据。');
  }
  if (afterRestore === 'lowDisk') parts.push('磁盘剩余空间不足，恢复后的自动备份没有写入。');
  if (afterRestore === 'failed') parts.push('恢复后的自动备份没有写入，请在「设置」中导出一份备份。');
  return parts.join('');
}

/** What the restore is doing now, in the words of the progress bar: 写入数据 3 / 21 张表. */
export function restoreStageText({ stage, tables }: RestoreProgress): string {
  switch (stage) {
    case 'check':
      return '检查备份';
    case 'safety':
      return '保存安全备份（恢复前的数据）';
    case 'write':
      return tables ? `写入数据 ${tables.done} / ${tables.total} 张表` : '写入数据';
    case 'after':
      return '保存恢复后的自动备份';
    case 'done':
      return '恢复完成';
  }
}
