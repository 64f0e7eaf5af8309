import { Group, Text } from '@mantine/core';
import { useNow } from '../../../app/runtime';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { meetingElapsedSeconds } from '../../../domain/inquiry/meetingClock';
import { formatClock } from '../../../domain/inquiry/timer';
import { formatTimeOfDay } from '../../../domain/time';

/** The console header's wall clock and how long the meeting has run (its own tick, like LiveClock). */
export function MeetingClock({ state }: { state: ConsoleState }) {
  const now = useNow(500);
  const elapsed = meetingElapsedSeconds(state, now);
  return (
    <Group gap="md" wrap="nowrap" style={{ flexShrink: 0 }}>
      <Text fw={700} ff="monospace" fz="lg" aria-label="当前时间">
        {formatTimeOfDay(now)}
      </Text>
      <Text size="sm" c="dimmed" aria-label="会议已进行" style={{ whiteSpace: 'nowrap' }}>
        {elapsed === null ? '会议未开始' : `已进行 ${formatClock(elapsed)}`}
      </Text>
    </Group>
  );
}
