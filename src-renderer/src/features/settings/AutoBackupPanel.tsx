import { Alert, Button, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { openBackupsFolder, pickAutoBackup, type AutoBackupReason } from '../../app/commands/autoBackup';
import { useAppInfo, useAutoBackups } from '../../app/queries';
import { useCommand, useLastExport, usePersistentStorage } from '../../app/runtime';
import { formatFileSize } from '../../domain/backup/size';
import { formatChineseDate, formatInstant, toCalendarDate } from '../../domain/time';
import { useRestoreFlow } from './RestoreBackupButton';

const REASON_LABELS: Record<AutoBackupReason, string> = {
  publish: '公布结果后',
  issue: '交办印发后',
  close: '测评结束后',
  restore: '恢复后',
  interval: '定时（数据有改动）',
  beforeRestore: '恢复前的原数据',
};

function ElectronBackups() {
  const view = useAutoBackups();
  const { confirmRestore, busy: restoring } = useRestoreFlow();
  const reader = useCommand();
  const opener = useCommand();

  const restore = async (name: string) => {
    const picked = await reader.run(pickAutoBackup, { name }, { failTitle: '无法恢复' });
    if (picked.ok) confirmRestore(picked.value);
  };

  if (!view) return <Text size="sm">正在读取自动备份…</Text>;
  const { status, backups } = view;
  return (
    <>
      {status.lowDisk ? (
        <Alert color="red" title="磁盘空间不足，自动备份已暂停" mb="sm">
          请清理磁盘，至少留出 500 MB；在此之前，请用上面的「导出备份」把数据存到 U 盘。
        </Alert>
      ) : null}
      <Text size="sm" mb="xs">
        上次备份：
        {status.last
          ? `${formatInstant(status.last.createdAt)}，${formatFileSize(status.last.size)}`
          : '还没有自动备份'}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        公布测评结果、交办印发、测评结束和从备份恢复后，以及数据有改动时每 10
        分钟，自动保存一份完整备份；保留最近 20 份，以及 30 天内每天一份。
        {status.folder ? `备份文件夹：${status.folder}` : ''}
      </Text>
      {backups.length > 0 ? (
        <ScrollArea.Autosize mah={320} mb="sm">
          <Table striped highlightOnHover aria-label="自动备份">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>备份时间</Table.Th>
                <Table.Th>原因</Table.Th>
                <Table.Th>大小</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{formatInstant(backup.createdAt)}</Table.Td>
                  <Table.Td>{REASON_LABELS[backup.reason]}</Table.Td>
                  <Table.Td>{formatFileSize(backup.size)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`恢复 ${formatInstant(backup.createdAt)} 的备份`}
                      loading={reader.busy || restoring}
                      onClick={() => void restore(backup.name)}
                    >
                      恢复
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      ) : null}
      <Group>
        <Button
          variant="default"
          loading={opener.busy}
          onClick={() => void opener.run(openBackupsFolder, undefined, { failTitle: '无法打开备份文件夹' })}
        >
          打开备份文件夹
        </Button>
      </Group>
    </>
  );
}

function BrowserBackups() {
  const persistent = usePersistentStorage();
  const lastExportAt = useLastExport();
  return (
    <>
      <Text size="sm" mb="xs">
        浏览器版不保存自动备份，请定期用上面的「导出备份」把数据存到 U 盘或其他电脑上；超过 7
        天没有导出，或导出后又公布了测评结果时，首页会提醒。
      </Text>
      <Text size="sm" mb="xs">
        存储：
        {persistent === null
          ? '正在确认…'
          : persistent
            ? '已设为持久保存，浏览器不会自行清除本站数据。'
            : '浏览器没有允许持久保存：磁盘空间紧张时，浏览器可能清除本站数据。请及时导出备份。'}
      </Text>
      <Text size="sm">
        上次导出：{lastExportAt === null ? '还没有导出过' : formatChineseDate(toCalendarDate(lastExportAt))}
      </Text>
    </>
  );
}

/** 自动备份: in Electron the backups folder's list with 恢复; in the browser what keeps the data safe there. */
export function AutoBackupPanel() {
  const info = useAppInfo();
  if (!info) return null;
  return (
    <Paper withBorder p="lg" mt="lg">
      <Title order={4} mb="xs">
        自动备份
      </Title>
      {info.shell === 'electron' ? <ElectronBackups /> : <BrowserBackups />}
    </Paper>
  );
}
