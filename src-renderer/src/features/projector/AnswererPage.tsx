import { Box, Loader, Text } from '@mantine/core';
import { useNow, useScreenMode } from '../../app/runtime';
import { answererReading } from '../../domain/inquiry/answerer';
import { clockSeconds, type TimerLevel } from '../../domain/inquiry/timer';
import { PROJECTOR_DARK } from '../../ui/ProjectorView';
import { LEVEL_COLORS, LevelNote, TimerDisplay } from '../../ui/TimerDisplay';
import { useConsole } from '../inquiry';
import { AnswererRehearsalMark, RehearsalEnded } from './RehearsalEnded';

const DARK = PROJECTOR_DARK;

/** The whole ground takes the level's colour from 剩余1分钟 on, so the answer desk sees it at a glance. */
const GROUND: Record<TimerLevel, string> = {
  normal: DARK,
  warning: LEVEL_COLORS.warning,
  critical: LEVEL_COLORS.critical,
  overtime: LEVEL_COLORS.overtime,
};

/**
 * 答询人提示屏: a screen facing the person who answers, with only the phase and its time, huge. Like the
 * projector it folds the stored console log and reads its own clock; it ignores the projector's blank.
 */
export function AnswererPage({ id }: { id: string }) {
  const { activity, state, loading } = useConsole(id);
  const now = useNow(200);
  const rehearsal = useScreenMode() === 'rehearsal';
  if (loading || !state) return <Loader m="xl" />;
  const frame = {
    position: 'relative',
    height: '100vh',
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '3vh',
  } as const;
  if (!activity && rehearsal) return <RehearsalEnded />;
  if (!activity) {
    return (
      <Box bg={DARK} c="white" p="xl" style={frame}>
        <Text fz={32}>找不到这个活动，请从会议控制台重新打开答询人提示屏。</Text>
      </Box>
    );
  }
  const reading = answererReading(state, now);
  if (!reading) {
    return (
      <Box bg={DARK} style={frame} aria-label="答询人提示屏" data-level="idle">
        {rehearsal ? <AnswererRehearsalMark /> : null}
        <Text c="gray.6" fw={700} style={{ fontSize: 'min(14vw, 24vh)' }}>
          等待开始
        </Text>
      </Box>
    );
  }
  const coloured = reading.level !== 'normal';
  const ink = coloured ? DARK : 'white';
  return (
    <Box bg={GROUND[reading.level]} style={frame} aria-label="答询人提示屏" data-level={reading.level}>
      {rehearsal ? <AnswererRehearsalMark ink={coloured ? DARK : undefined} /> : null}
      <Text fw={700} c={ink} lh={1} style={{ fontSize: 'min(10vw, 16vh)' }} aria-label="阶段">
        {reading.label}
        {reading.paused ? '（暂停）' : ''}
      </Text>
      <TimerDisplay
        seconds={clockSeconds(reading)}
        level={reading.level}
        size="min(30vw, 48vh)"
        dim={!reading.running}
        color={coloured ? DARK : undefined}
      />
      {reading.unlimited ? (
        <Text c="gray.5" fw={700} style={{ fontSize: 'min(5vw, 8vh)' }}>
          不限时
        </Text>
      ) : (
        <LevelNote level={reading.level} size="min(8vw, 13vh)" inverse />
      )}
    </Box>
  );
}
