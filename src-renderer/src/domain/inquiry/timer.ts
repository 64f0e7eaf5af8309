// The running clock, read every frame from the folded state and the window's own `now`.
import { effectiveNow, type ConsoleClock } from './clock';
import type { TimerSegment } from './consoleCore';
import type { ConsoleState } from './consoleState';
import { PHASE_LABELS, type TimerPhase } from './question';
import { isUnlimited } from '../settings/timerLength';

export type TimerLevel = 'normal' | 'warning' | 'critical' | 'overtime';
/** The level written out, so it never rests on colour alone (console and projector). */
export const LEVEL_LABELS: Record<TimerLevel, string> = {
  normal: '',
  warning: '剩余1分钟',
  critical: '剩余30秒',
  overtime: '超时',
};
export const WARNING_SECONDS = 60;
export const CRITICAL_SECONDS = 30;

export interface TimerReading {
  /** seq of the segment's phaseStarted event */
  segmentSeq: number;
  phase: TimerPhase;
  /** 提问, 回答, 追问, 补充回答, 表态发言 */
  label: string;
  questionId: string | null;
  /** 0: no limit, the timer counts up */
  plannedSeconds: number;
  /** plannedSeconds is 0: the clock counts up, never warns and never runs over */
  unlimited: boolean;
  /** time the phase ran, pauses excluded; never negative */
  elapsedMs: number;
  /** whole seconds: floor(elapsedMs / 1000) */
  elapsedSeconds: number;
  /** plannedSeconds - elapsedSeconds; negative in overtime; Infinity when unlimited */
  remainingSeconds: number;
  /** max(0, -remainingSeconds) */
  overtimeSeconds: number;
  /** counting now (started, not paused, not ended) */
  running: boolean;
  paused: boolean;
  /** the phase is over (a later phase, 停止计时, or the end of the question); the reading is final */
  ended: boolean;
  level: TimerLevel;
}

/** Run time of a segment up to effective time `at` (its end if it ended), pauses excluded. */
export function segmentElapsedMs(segment: TimerSegment, at: number): number {
  const end = Math.max(segment.startedAt, segment.endedAt ?? at);
  let paused = 0;
  for (const pause of segment.pauses) {
    const from = Math.min(Math.max(pause.from, segment.startedAt), end);
    const to = Math.min(Math.max(pause.to ?? end, from), end);
    paused += to - from;
  }
  return Math.max(0, end - segment.startedAt - paused);
}

export function levelFor(remainingSeconds: number): TimerLevel {
  if (remainingSeconds < 0) return 'overtime';
  if (remainingSeconds <= CRITICAL_SECONDS) return 'critical';
  if (remainingSeconds <= WARNING_SECONDS) return 'warning';
  return 'normal';
}

/** Reads one segment at the window's `now` (epoch ms), against the log's clock. */
export function readSegment(segment: TimerSegment, clock: ConsoleClock | null, now: number): TimerReading {
  const elapsedMs = segmentElapsedMs(segment, effectiveNow(clock, now));
  const elapsedSeconds = Math.floor(elapsedMs / 1000);
  const unlimited = isUnlimited(segment.plannedSeconds);
  const remainingSeconds = unlimited ? Infinity : segment.plannedSeconds - elapsedSeconds;
  const last = segment.pauses[segment.pauses.length - 1];
  const ended = segment.endedAt !== null;
  const paused = !ended && last !== undefined && last.to === null;
  return {
    segmentSeq: segment.seq,
    phase: segment.phase,
    label: PHASE_LABELS[segment.phase],
    questionId: segment.questionId,
    plannedSeconds: segment.plannedSeconds,
    unlimited,
    elapsedMs,
    elapsedSeconds,
    remainingSeconds,
    overtimeSeconds: Math.max(0, -remainingSeconds),
    running: !ended && !paused,
    paused,
    ended,
    level: levelFor(remainingSeconds),
  };
}

/**
 * The timer to show: the active segment, else the last phase of the current question (final
 * reading), else null (nothing to time: show the next question instead).
 */
export function timerReading(state: ConsoleState, now: number): TimerReading | null {
  const currentId = state.currentQuestionId;
  const segment =
    state.activeSegment ??
    (currentId === null ? undefined : state.segments.filter((s) => s.questionId === currentId).at(-1));
  return segment ? readSegment(segment, state.clock, now) : null;
}

/** The seconds a clock shows: the time left (negative in overtime), or the time so far when unlimited. */
export function clockSeconds(
  reading: Pick<TimerReading, 'unlimited' | 'remainingSeconds' | 'elapsedSeconds'>,
) {
  return reading.unlimited ? reading.elapsedSeconds : reading.remainingSeconds;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "mm:ss"; "h:mm:ss" from one hour; "+mm:ss" for overtime (negative seconds). */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.trunc(seconds) : 0;
  const abs = Math.abs(whole);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const body = h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
  return whole < 0 ? `+${body}` : body;
}

/** oneTap at 60 s left, twoTaps at 30 s, longTone at 0 (time is up). */
export type Cue = 'oneTap' | 'twoTaps' | 'longTone';

const THRESHOLDS: readonly [number, Cue][] = [
  [0, 'longTone'],
  [CRITICAL_SECONDS, 'twoTaps'],
  [WARNING_SECONDS, 'oneTap'],
];

/**
 * The cue to play between two frames of the same window: a threshold is crossed when the previous
 * reading was above it and this one is at or below it, in the same segment. When one frame skips
 * several thresholds only the most urgent plays. No previous reading (a reload, a new window) or a
 * different segment (a new phase, an undo) plays nothing.
 */
export function cueFor(previous: TimerReading | null, reading: TimerReading | null): Cue | null {
  if (!previous || !reading || previous.segmentSeq !== reading.segmentSeq) return null;
  for (const [threshold, cue] of THRESHOLDS) {
    if (previous.remainingSeconds > threshold && reading.remainingSeconds <= threshold) return cue;
  }
  return null;
}
