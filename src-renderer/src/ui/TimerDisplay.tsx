import { Text } from '@mantine/core';
import { formatClock, LEVEL_LABELS, type TimerLevel } from '../domain/inquiry/timer';

/** Green, yellow (60 s), orange (30 s), red (overtime): hues a back row tells apart, shown on a dark ground. */
export const LEVEL_COLORS: Record<TimerLevel, string> = {
  normal: '#40c057',
  warning: '#ffd43b',
  critical: '#ff8a1f',
  overtime: '#ff3b3b',
};

/**
 * mm:ss counting down; "+mm:ss" in red once the planned time is over; counting up for a phase with no limit
 * (`seconds` is then the time so far: see clockSeconds).
 */
export function TimerDisplay({
  seconds,
  level,
  size,
  dim,
  decorative,
  color,
}: {
  seconds: number;
  level: TimerLevel;
  /** CSS font size, e.g. "8rem" or "min(30vw, 55vh)" */
  size: string;
  dim?: boolean;
  /** the digits' colour when the ground itself has the level's colour (答询人提示屏); else the level's */
  color?: string;
  /** a copy (the console's preview of the projector): no timer role */
  decorative?: boolean;
}) {
  return (
    <Text
      component="div"
      role={decorative ? undefined : 'timer'}
      aria-live="off"
      data-level={level}
      ff="'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace"
      fw={700}
      lh={1}
      style={{
        fontSize: size,
        color: color ?? LEVEL_COLORS[level],
        opacity: dim ? 0.55 : 1,
        fontVariantNumeric: 'tabular-nums',
        letterSpacing: '-0.02em',
      }}
    >
      {formatClock(seconds)}
    </Text>
  );
}

/** The level in words (剩余1分钟 / 剩余30秒 / 超时) on the level's colour, so it never rests on colour alone. */
export function LevelNote({
  level,
  size,
  decorative,
  inverse = false,
}: {
  level: TimerLevel;
  size: string;
  /** the level's colour on a dark pill, for a ground that has the level's colour itself */
  inverse?: boolean;
  /** a copy (the console's preview of the projector): no label */
  decorative?: boolean;
}) {
  const label = LEVEL_LABELS[level];
  return (
    <Text
      component="div"
      aria-label={decorative ? undefined : '计时提示'}
      data-level={level}
      fw={700}
      lh={1.2}
      style={{
        fontSize: size,
        color: inverse ? LEVEL_COLORS[level] : '#0b0f14',
        background: !label ? 'transparent' : inverse ? '#0b0f14' : LEVEL_COLORS[level],
        borderRadius: 8,
        padding: label ? '0.1em 0.6em' : 0,
        visibility: label ? 'visible' : 'hidden',
      }}
    >
      {label || '　'}
    </Text>
  );
}
