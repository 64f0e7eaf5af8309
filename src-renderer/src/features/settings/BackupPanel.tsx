import { Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  exportBackupFile,
  pickBackup,
  restoreBackupFile,
  type BackupSummary,
  type PickedBackup,
} from '../../app/commands/backup';
import { useCommand } from '../../app/runtime';
import { notifySuccess } from '../../ui/notify';

const TABLE_LABELS: Record<string, string> = {
  people: '人员',
  units: '单位',
  activities: '活动',
  questions: '问题',
  consoleEvents: '会议操作记录',
  voteRounds: '测评',
  ballots: '测评票',
  rectificationItems: '整改事项',
};

function summaryLines(summary: BackupSummary): string[] {
  return Object.entries(TABLE_LABELS)
    .filter(([table]) => table in summary.rows)
    .map(([table, label]) => `${label} ${summary.rows[table]} 条`);
}

/** 数据备份: save everything to one file, or replace everything from one (after a confirmation). */
export function BackupPanel() {
  const exporter = useCommand();
  const picker = useCommand();
  const restorer = useCommand();

  const save = async () => {
    const result = await exporter.run(exportBackupFile, undefined, { failTitle: '备份失败' });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `备份已保存到 ${path}` : `备份已保存：${fileName}`);
  };

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
        void restorer.run(restoreBackupFile, { backup }, { success: '已从备份恢复', failTitle: '恢复失败' }),
    });

  const restore = async () => {
    const picked = await picker.run(pickBackup, undefined, { failTitle: '无法恢复' });
    if (picked.ok && picked.value) confirmRestore(picked.value);
  };

  return (
    <Paper withBorder p="lg" mt="lg">
      <Title order={4} mb="xs">
        数据备份
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        所有数据只保存在本机。重要会议前后请导出备份，并存到 U 盘或其他电脑上。
      </Text>
      <Group>
        <Button variant="default" onClick={() => void save()} loading={exporter.busy}>
          导出备份
        </Button>
        <Button variant="default" color="red" onClick={() => void restore()} loading={restorer.busy}>
          从备份恢复
        </Button>
      </Group>
    </Paper>
  );
}
