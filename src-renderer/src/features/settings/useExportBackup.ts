import { exportBackupFile } from '../../app/commands/backup';
import { useCommand } from '../../app/runtime';
import { notifySuccess } from '../../ui/notify';

/** 导出备份 as the reminder's button runs it: the same command and messages as the 数据备份 panel. */
export function useExportBackup() {
  const { run, busy } = useCommand();
  const save = async () => {
    const result = await run(exportBackupFile, undefined, { failTitle: '备份失败' });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `备份已保存到 ${path}` : `备份已保存：${fileName}`);
  };
  return { save, busy };
}
