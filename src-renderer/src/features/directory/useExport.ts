import type { ExportedFile } from '../../app/commands/directoryExport';
import { useCommand, type Command } from '../../app/runtime';
import { notifySuccess } from '../../ui/notify';

/** Runs an export command and says where the file went (nothing when the dialog was cancelled). */
export function useExport() {
  const { run } = useCommand();
  return async <R>(command: Command<readonly R[], ExportedFile>, records: readonly R[]) => {
    const result = await run(command, records, { failTitle: '导出失败' });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `已导出到 ${path}` : `已导出：${fileName}`);
  };
}
