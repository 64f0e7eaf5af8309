import { Box, Group, Text } from '@mantine/core';
import { useNow } from '../../../app/runtime';
import type { HeadlineNames } from '../../../domain/inquiry/projector';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { projectorScreen } from '../../../domain/inquiry/projectorScreen';
import { ProjectorView } from '../../../ui/ProjectorView';

/**
 * 大屏预览: the projector's own view, drawn small from the same log and clock, so the secretary sees what the
 * room sees (black when blanked). Its own tick, like LiveClock. A published vote result is not previewed.
 */
export function ProjectorPreview({
  title,
  state,
  names,
  rehearsal,
}: {
  title: string;
  state: ConsoleState;
  names: HeadlineNames;
  /** a rehearsal's projector carries a small 演练 (ProjectorView) */
  rehearsal: boolean;
}) {
  const now = useNow(200);
  const screen = projectorScreen(state, now, names);
  return (
    <Box>
      <Group justify="space-between" gap={4}>
        <Text size="xs" c="dimmed">
          大屏预览
        </Text>
        {screen.kind === 'blank' ? (
          <Text size="xs" c="red" fw={700}>
            已黑屏
          </Text>
        ) : null}
      </Group>
      <Box
        w={288}
        style={{ aspectRatio: '16 / 9', borderRadius: 4, overflow: 'hidden', outline: '1px solid #868e96' }}
        aria-hidden
      >
        <ProjectorView title={title} screen={screen} label="大屏预览" decorative rehearsal={rehearsal} />
      </Box>
    </Box>
  );
}
