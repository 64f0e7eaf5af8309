import { Progress, Stack, Text } from '@mantine/core';
import type { RestoreProgress } from '../../app/commands/backup';
import { restoreStageText } from './restoreText';

/** The restore under way: what it is doing (检查备份, 写入数据 3 / 21 张表 …) and a bar to 100 %. */
export function RestoreProgressView({ progress }: { progress: RestoreProgress }) {
  const done = progress.stage === 'done';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} aria-live="polite">
        {restoreStageText(progress)}
      </Text>
      <Progress value={progress.percent} size="lg" aria-label="恢复进度" color={done ? 'green' : 'blue'} />
      <Text size="sm" c="dimmed">
        {done
          ? `${progress.percent}%`
          : `${progress.percent}%。请稍候，不要关闭询评；恢复完成之前，本机的数据保持原样。`}
      </Text>
    </Stack>
  );
}
