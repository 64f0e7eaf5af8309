import { Box, Loader, Stack, Text } from '@mantine/core';
import { usePublishedRoundOnProjector } from '../../app/queries';
import { useNow } from '../../app/runtime';
import { projectorScreen, type ProjectorScreen } from '../../domain/inquiry/projectorScreen';
import { clockSeconds, type TimerLevel } from '../../domain/inquiry/timer';
import { plannedLengthText } from '../../domain/settings/timerLength';
import { LevelNote, TimerDisplay } from '../../ui/TimerDisplay';
import { useConsole } from '../inquiry';
import { VerifiedResultsBoard } from '../votes';

const DARK = '#0b0f14';

function Timer({
  seconds,
  level,
  running,
  compact = false,
}: {
  seconds: number;
  level: TimerLevel;
  running: boolean;
  /** smaller, when more lines (a speaker, a two-line headline) must fit above it */
  compact?: boolean;
}) {
  const size = compact ? 'min(20vw, 30vh)' : 'min(24vw, 40vh)';
  return (
    <>
      <TimerDisplay seconds={seconds} level={level} size={size} dim={!running} />
      <LevelNote level={level} size="min(4vw, 6vh)" />
    </>
  );
}

function Line({ label, size, children }: { label: string; size: string; children: React.ReactNode }) {
  return (
    <Text ta="center" fw={700} style={{ fontSize: size, flexShrink: 0 }} lineClamp={2} aria-label={label}>
      {children}
    </Text>
  );
}

const BIG = 'min(5vw, 8vh)';
const MID = 'min(3.6vw, 6vh)';
/** Characters of a headline that fit one line at BIG (about 19 at 5vw); longer ones wrap to two. */
const HEADLINE_ONE_LINE = 18;

/** The middle of the screen for what the meeting is doing now. */
function ScreenBody({ screen }: { screen: ProjectorScreen }) {
  switch (screen.kind) {
    case 'blank':
      return null;
    case 'standby':
      return (
        <Line label="当前询问" size={BIG}>
          会议即将开始
        </Line>
      );
    case 'closed':
      return (
        <Line label="当前询问" size={BIG}>
          会议结束 · 谢谢
        </Line>
      );
    case 'next':
      return (
        <Line label="当前询问" size={BIG}>
          {screen.headline}
        </Line>
      );
    case 'agenda':
      return (
        <>
          <Text c="gray.5" style={{ fontSize: MID }}>
            议程 {screen.item.order} · {screen.kindLabel} · 计划 {screen.plannedMinutes} 分钟
          </Text>
          <Line label="当前询问" size={BIG}>
            {screen.item.title}
          </Line>
          {screen.item.speaker ? (
            <Line label="发言人" size={MID}>
              {screen.item.speaker}
            </Line>
          ) : null}
          {screen.reading ? (
            <Timer
              seconds={screen.reading.remainingSeconds}
              level={screen.reading.level}
              running
              compact={!!screen.item.speaker}
            />
          ) : null}
        </>
      );
    case 'statement':
    case 'question': {
      const { reading } = screen;
      const headline = screen.kind === 'question' ? screen.headline : screen.title;
      const speaker = screen.kind === 'statement' ? screen.speaker : null;
      // A speaker line, or a headline that wraps (e.g. who gives the 补充回答), leaves less room for the clock.
      const compact = speaker !== null || headline.length > HEADLINE_ONE_LINE;
      return (
        <>
          <Line label="当前询问" size={BIG}>
            {headline}
          </Line>
          {speaker ? (
            <Line label="发言人" size={MID}>
              {speaker}
            </Line>
          ) : null}
          {reading ? (
            <>
              <Text fw={700} style={{ fontSize: 'min(5vw, 8vh)', flexShrink: 0 }} aria-label="阶段">
                {reading.label}
                {reading.paused ? '（暂停）' : ''}
                {reading.ended ? '（已结束）' : ''}
              </Text>
              <Timer
                seconds={clockSeconds(reading)}
                level={reading.level}
                running={reading.running}
                compact={compact}
              />
              <Text c="gray.5" style={{ fontSize: 'min(2.4vw, 4vh)' }}>
                {reading.unlimited ? '不限时' : `计划 ${plannedLengthText(reading.plannedSeconds)}`}
              </Text>
            </>
          ) : null}
        </>
      );
    }
  }
}

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
  // Blanked by the secretary (K): pure black, in front of everything, a published result included.
  if (state.projectorBlanked) {
    return <Box h="100vh" bg="#000" aria-label="大屏" data-screen="blank" />;
  }
  // The chair shows a published result with 在大屏显示 on the round page; until then only the meeting shows.
  // Its fingerprint is checked first: a result whose ballots changed since 公布 is replaced by a warning.
  if (shownRound) {
    return (
      <Box h="100vh" bg={DARK} p="3vh" style={{ overflow: 'hidden' }}>
        <VerifiedResultsBoard round={shownRound} />
      </Box>
    );
  }
  const screen = projectorScreen(state, now, names);

  return (
    <Box
      h="100vh"
      bg={DARK}
      c="white"
      p="3vh"
      style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      aria-label="大屏"
      data-screen={screen.kind}
    >
      <Text ta="center" fw={700} style={{ fontSize: 'min(3.6vw, 5vh)' }} lineClamp={1}>
        {activity.title} · 专题询问
      </Text>
      <Stack align="center" justify="center" gap="2vh" style={{ flex: 1, minHeight: 0 }}>
        <ScreenBody screen={screen} />
      </Stack>
    </Box>
  );
}
