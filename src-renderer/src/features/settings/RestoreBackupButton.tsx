import { Button, List, Text, type ButtonProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  pickBackup,
  restoreBackupFile,
  type BackupSummary,
  type PickedBackup,
} from '../../app/commands/backup';
import { useCommand } from '../../app/runtime';

function summaryLines(summary: BackupSummary): string[] {
  return summary.tables.map((t) => `${t.label} ${t.after} 条`);
}

/**
 * The restore flow: pick a file, see what it holds, confirm, replace. Used in 设置 and on the empty home page.
 * `confirmRestore` is exported by the hook so other lists (automatic backups) open the same confirmation.
 */
export function useRestoreFlow() {
  const picker = useCommand();
  const restorer = useCommand();

  const confirmRestore = ({ fileName, backup, summary }: PickedBackup) =>
    modals.openConfirmModal({
      title: '从备份恢复',
      children: (
        <>
          <Text size="sm" mb="xs">
            将用备份「{fileName}
            」替换本机的全部数据，当前数据会被覆盖。建议先导出一份当前数据的备份。备份中有：
          </Text>
          <List size="sm">
            {summaryLines(summary).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </>
      ),
      labels: { confirm: '替换并恢复', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void restorer.run(
          restoreBackupFile,
          { backup, fileName },
          { success: '已从备份恢复', failTitle: '恢复失败' },
        ),
    });

  const restoreFromFile = async () => {
    const picked = await picker.run(pickBackup, undefined, { failTitle: '无法恢复' });
    if (picked.ok && picked.value) confirmRestore(picked.value);
  };

  return { restoreFromFile, confirmRestore, busy: picker.busy || restorer.busy };
}

/** 从备份恢复: the whole restore flow behind one button. */
export function RestoreBackupButton(props: ButtonProps) {
  const { restoreFromFile, busy } = useRestoreFlow();
  return (
    <Button variant="default" color="red" {...props} onClick={() => void restoreFromFile()} loading={busy}>
      从备份恢复
    </Button>
  );
}
