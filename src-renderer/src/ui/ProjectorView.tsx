// What the projector (大屏) shows for a screen of the meeting, sized by its container (cqw/cqh), so the same
// view fills the projector window and, scaled down, the console's preview.
import { Box, Stack, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import type { ProjectorScreen } from '../domain/inquiry/projectorScreen';
import { clockSeconds, type TimerLevel } from '../domain/inquiry/timer';
import { plannedLengthText } from '../domain/settings/timerLength';
import { LevelNote, TimerDisplay } from './TimerDisplay';

/** In the console's preview the view carries no roles or labels: only the projector's own are read. */
const Decorative = createContext(false);

export const PROJECTOR_DARK = '#0b0f14';
const DARK = PROJECTOR_DARK;

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
  const decorative = useContext(Decorative);
  const size = compact ? 'min(20cqw, 30cqh)' : 'min(24cqw, 40cqh)';
  return (
    <>
      <TimerDisplay seconds={seconds} level={level} size={size} dim={!running} decorative={decorative} />
      <LevelNote level={level} size="min(4cqw, 6cqh)" decorative={decorative} />
    </>
  );
}

function Line({ label, size, children }: { label: string; size: string; children: React.ReactNode }) {
  const decorative = useContext(Decorative);
  return (
    <Text
      ta="center"
      fw={700}
      style={{ fontSize: size, flexShrink: 0 }}
      lineClamp={2}
      aria-label={decorative ? undefined : label}
    >
      {children}
    </Text>
  );
}

const BIG = 'min(5cqw, 8cqh)';
const MID = 'min(3.6cqw, 6cqh)';
/** Characters of a headline that fit one line at BIG (about 19 at 5cqw); longer ones wrap to two. */
const HEADLINE_ONE_LINE = 18;

/** The middle of the screen for what the meeting is doing now. */
function ScreenBody({ screen }: { screen: ProjectorScreen }) {
  const decorative = useContext(Decorative);
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
              <Text
                fw={700}
                style={{ fontSize: 'min(5cqw, 8cqh)', flexShrink: 0 }}
                aria-label={decorative ? undefined : '阶段'}
              >
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
              <Text c="gray.5" style={{ fontSize: 'min(2.4cqw, 4cqh)' }}>
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
 * The whole projector screen for `screen`: the activity's title above, the meeting's state in the middle;
 * pure black when blanked. It fills its parent, which is its container for the cqw/cqh sizes.
 */
/**
 * 演练 on a rehearsal's projector: small and dim in the top corner, so the layout being rehearsed is the
 * meeting's own, while anyone in the room (or a forgotten window) can tell it is not the meeting.
 */
function RehearsalMark() {
  return (
    <Text
      aria-label="演练标记"
      c="orange.4"
      fw={700}
      style={{ position: 'absolute', top: '1.5cqh', right: '1.5cqw', fontSize: '2.4cqh', opacity: 0.7 }}
    >
      演练
    </Text>
  );
}

export function ProjectorView({
  title,
  screen,
  label = '大屏',
  decorative = false,
  rehearsal = false,
}: {
  title: string;
  screen: ProjectorScreen;
  /** the accessible name; the preview gives its own */
  label?: string;
  /** a copy (the console's preview): no timer roles or labels inside */
  decorative?: boolean;
  /** a rehearsal's screen: a small, dim 演练 in a corner (never on the blank screen) */
  rehearsal?: boolean;
}) {
  const frame = { containerType: 'size', overflow: 'hidden', width: '100%', height: '100%' } as const;
  if (screen.kind === 'blank') {
    return <Box bg="#000" style={frame} aria-label={label} data-screen="blank" />;
  }
  return (
    <Decorative.Provider value={decorative}>
      <Box
        bg={DARK}
        c="white"
        p="3cqh"
        style={{ ...frame, display: 'flex', flexDirection: 'column', position: 'relative' }}
        aria-label={label}
        data-screen={screen.kind}
      >
        {rehearsal ? <RehearsalMark /> : null}
        <Text ta="center" fw={700} style={{ fontSize: 'min(3.6cqw, 5cqh)' }} lineClamp={1}>
          {title} · 专题询问
        </Text>
        <Stack align="center" justify="center" gap="2cqh" style={{ flex: 1, minHeight: 0 }}>
          <ScreenBody screen={screen} />
        </Stack>
      </Box>
    </Decorative.Provider>
  );
}
