import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { exportBackupFile } from '../../app/commands/backup';
import { useCommand } from '../../app/runtime';
import { notifySuccess } from '../../ui/notify';
import { RestoreBackupButton } from './RestoreBackupButton';

/** 数据备份: save everything to one file, or replace everything from one (after a confirmation). */
export function BackupPanel() {
  const exporter = useCommand();

  const save = async () => {
    const result = await exporter.run(exportBackupFile, undefined, { failTitle: '备份失败' });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `备份已保存到 ${path}` : `备份已保存：${fileName}`);
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
        <RestoreBackupButton />
      </Group>
    </Paper>
  );
}
