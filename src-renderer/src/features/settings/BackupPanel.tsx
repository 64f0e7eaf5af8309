import { Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { appDb } from '../../db/appDb';
import { exportBackup, inspectBackup, restoreBackup, type BackupSummary } from '../../db/backup';
import { toCalendarDate } from '../../domain/time';
import { desktop } from '../../platform/desktop';
import { notifyError, notifySuccess } from '../../ui/notify';

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
  const [busy, setBusy] = useState<'export' | 'restore' | null>(null);

  const save = async () => {
    setBusy('export');
    try {
      const blob = await exportBackup(appDb);
      const name = `询评备份-${toCalendarDate(new Date().getTime())}.json`;
      const result = await desktop().saveFile({
        suggestedName: name,
        data: new Uint8Array(await blob.arrayBuffer()),
        filters: [{ name: '询评备份', extensions: ['json'] }],
      });
      if (result.saved) notifySuccess(result.path ? `备份已保存到 ${result.path}` : `备份已保存：${name}`);
    } catch (error) {
      notifyError(error, '备份失败');
    } finally {
      setBusy(null);
    }
  };

  const restore = async () => {
    try {
      const file = await desktop().openFile({ filters: [{ name: '询评备份', extensions: ['json'] }] });
      if (!file) return;
      const blob = new Blob([file.data as BlobPart], { type: 'application/json' });
      const summary = await inspectBackup(appDb, blob);
      modals.openConfirmModal({
        title: '从备份恢复',
        children: (
          <>
            <Text size="sm" mb="xs">
              将用备份「{file.name}
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
        onConfirm: async () => {
          setBusy('restore');
          try {
            await restoreBackup(appDb, blob);
            notifySuccess('已从备份恢复');
          } catch (error) {
            notifyError(error, '恢复失败');
          } finally {
            setBusy(null);
          }
        },
      });
    } catch (error) {
      notifyError(error, '无法恢复');
    }
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
        <Button variant="default" onClick={() => void save()} loading={busy === 'export'}>
          导出备份
        </Button>
        <Button variant="default" color="red" onClick={() => void restore()} loading={busy === 'restore'}>
          从备份恢复
        </Button>
      </Group>
    </Paper>
  );
}
