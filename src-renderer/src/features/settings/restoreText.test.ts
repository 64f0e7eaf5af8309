import { describe, expect, it } from 'vitest';
import { backupOrigin, restoredMessage } from './restoreText';

describe('backupOrigin', () => {
  it('says when the backup was made, by which app version, at which data version', () => {
    const exportedAt = new Date(2026, 10, 29, 16, 5).getTime();
    expect(backupOrigin({ exportedAt, appVersion: '0.2.0', version: 5 })).toBe(
      '备份于 2026-11-29 16:05，询评 0.2.0，数据版本 5',
    );
    expect(backupOrigin({ exportedAt: null, appVersion: null, version: 3 })).toBe(
      '备份时间未记录，询评（版本未记录），数据版本 3',
    );
  });
});

describe('restoredMessage', () => {
  it('names where the data before the restore went', () => {
    const folder = { kind: 'backupsFolder', name: 'auto-1.json', folder: 'C:\\询评\\backups' } as const;
    expect(restoredMessage({ safety: folder, afterRestore: 'written' })).toBe(
      '恢复前的数据已保存为自动备份「auto-1.json」，在自动备份文件夹中（C:\\询评\\backups）。',
    );
    const download = { kind: 'file', fileName: '询评备份-恢复前-2026-11-29-0900.json', path: null } as const;
    expect(restoredMessage({ safety: download, afterRestore: 'unsupported' })).toBe(
      '恢复前的数据已下载为「询评备份-恢复前-2026-11-29-0900.json」，在浏览器的下载文件夹中。',
    );
    const saved = { kind: 'file', fileName: 'x.json', path: 'D:\\备份\\x.json' } as const;
    expect(restoredMessage({ safety: saved, afterRestore: 'unsupported' })).toBe(
      '恢复前的数据已保存到 D:\\备份\\x.json。',
    );
  });

  it('warns when the restored data could not be backed up', () => {
    expect(restoredMessage({ safety: { kind: 'none' }, afterRestore: 'lowDisk' })).toContain(
      '磁盘剩余空间不足，恢复后的自动备份没有写入',
    );
    expect(restoredMessage({ safety: { kind: 'none' }, afterRestore: 'failed' })).toContain(
      '请在「设置」中导出',
    );
  });
});
