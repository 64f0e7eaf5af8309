import { Text } from '@mantine/core';
import { formatClock, type TimerLevel } from '../domain/inquiry/timer';

export const LEVEL_COLORS: Record<TimerLevel, string> = {
  normal: '#2f9e44',
  warning: '#f59f00',
  critical: '#e8590c',
  overtime: '#e03131',
};

/** mm:ss counting down; "+mm:ss" in red once the planned time is over. */
export function TimerDisplay({
  remainingSeconds,
  level,
  size,
  dim,
}: {
  remainingSeconds: number;
  level: TimerLevel;
  /** CSS font size, e.g. "8rem" or "min(30vw, 55vh)" */
  size: string;
  dim?: boolean;
}) {
  return (
    <Text
      component="div"
      role="timer"
      aria-live="off"
      data-level={level}
      ff="'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace"
      fw={700}
      lh={1}
      style={{
        fontSize: size,
        color: LEVEL_COLORS[level],
        opacity: dim ? 0.55 : 1,
        fontVariantNumeric: 'tabular-nums',
        letterSpacing: '-0.02em',
      }}
    >
      {formatClock(remainingSeconds)}
    </Text>
  );
}
