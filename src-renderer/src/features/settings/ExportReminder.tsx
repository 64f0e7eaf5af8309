import { Alert, Button, Group, Text } from '@mantine/core';
import { useAppInfo, useIsEmpty, useLastPublishedAt } from '../../app/queries';
import { useLastExport, useNow } from '../../app/runtime';
import { exportReminder, type ExportReminder as Reminder } from '../../domain/backup/reminder';
import { useExportBackup } from './useExportBackup';

function message(reminder: NonNullable<Reminder>): string {
  switch (reminder.kind) {
    case 'never':
      return '还没有导出过备份。数据只保存在本浏览器中，清除浏览器数据、重装系统或更换电脑都会使数据丢失。';
    case 'stale':
      return `上次导出备份已是 ${reminder.days} 天前，之后的改动还没有备份。`;
    case 'published':
      return '上次导出备份后又公布了测评结果，公布的结果还没有备份。';
  }
}

/**
 * The browser build's reminder to export a backup (Electron keeps automatic backups instead). Never blocks:
 * a yellow notice with the button, gone as soon as a backup is exported. `button`: false where the 数据备份
 * panel's own 导出备份 is right below (设置).
 */
export function ExportReminder({ button = true }: { button?: boolean }) {
  const info = useAppInfo();
  const lastExportAt = useLastExport();
  const empty = useIsEmpty();
  const lastPublishedAt = useLastPublishedAt();
  const now = useNow(60_000);
  const exporter = useExportBackup();
  if (info?.shell !== 'browser' || empty === undefined || lastPublishedAt === undefined) return null;
  const reminder = exportReminder({ now, lastExportAt, hasData: !empty, lastPublishedAt });
  if (!reminder) return null;
  return (
    <Alert color="yellow" title="请导出备份" mb="md">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {message(reminder)}
          {button
            ? '请导出一份备份，存到 U 盘或其他电脑上。'
            : '请用下面「数据备份」中的「导出备份」保存一份，存到 U 盘或其他电脑上。'}
        </Text>
        {button ? (
          <Button variant="default" onClick={() => void exporter.save()} loading={exporter.busy}>
            导出备份
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
