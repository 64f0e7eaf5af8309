import { Box, Loader, Stack, Text } from '@mantine/core';
import { usePublishedRoundOnProjector } from '../../app/queries';
import { useNow } from '../../app/runtime';
import { projectorHeadline } from '../../domain/inquiry/projector';
import { timerReading } from '../../domain/inquiry/timer';
import { TimerDisplay } from '../../ui/TimerDisplay';
import { useConsole } from '../inquiry';
import { ResultsBoard } from '../votes';

const DARK = '#0b0f14';

/**
 * 大屏: what the room sees on the projector. It folds the same stored log as the console and reads its
 * own clock, so it needs no messages from the console and survives reloads.
 */
export function ProjectorPage({ id }: { id: string }) {
  const { activity, state, names, loading } = useConsole(id);
  const now = useNow(200);
  const shownRound = usePublishedRoundOnProjector(id);
  if (loading || !state) return <Loader m="xl" />;
  if (!activity) {
    return (
      <Box h="100vh" bg={DARK} c="white" p="xl">
        <Text fz={32}>找不到这个活动，请从会议控制台重新打开大屏。</Text>
      </Box>
    );
  }
  // The chair shows a published result with 在大屏显示 on the round page; until then only the meeting shows.
  if (shownRound) {
    return (
      <Box h="100vh" bg={DARK} p="3vh" style={{ overflow: 'hidden' }}>
        <ResultsBoard round={shownRound} />
      </Box>
    );
  }
  const reading = timerReading(state, now);
  const who = projectorHeadline(state, reading, names);

  return (
    <Box
      h="100vh"
      bg={DARK}
      c="white"
      p="3vh"
      style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      aria-label="大屏"
    >
      <Text ta="center" fw={700} style={{ fontSize: 'min(4.2vw, 6vh)' }} lineClamp={1}>
        {activity.title} · 专题询问
      </Text>
      <Stack align="center" justify="center" gap="2vh" style={{ flex: 1, minHeight: 0 }}>
        <Text ta="center" fw={700} style={{ fontSize: 'min(5vw, 8vh)' }} lineClamp={2} aria-label="当前询问">
          {who}
        </Text>
        {reading ? (
          <>
            <Text fw={700} style={{ fontSize: 'min(6vw, 9vh)' }} aria-label="阶段">
              {reading.label}
              {reading.paused ? '（暂停）' : ''}
            </Text>
            <TimerDisplay
              remainingSeconds={reading.remainingSeconds}
              level={reading.level}
              size="min(27vw, 48vh)"
              dim={!reading.running}
            />
          </>
        ) : null}
      </Stack>
    </Box>
  );
}
