// The meeting's own clock for the console header: when the meeting started and how long it has run.
// Pure: `now` is passed in.
import { effectiveNow } from './clock';
import type { ConsoleState } from './consoleState';

/** The first moment of the meeting: the first agenda item, question taken or phase; null before. */
export function meetingStart(
  state: Pick<ConsoleState, 'agendaRuns' | 'segments' | 'progress'>,
): number | null {
  const times = [
    state.agendaRuns[0]?.startedAt,
    state.segments[0]?.startedAt,
    ...Object.values(state.progress).map((p) => p.takenAt),
  ].filter((t): t is number => typeof t === 'number');
  return times.length > 0 ? Math.min(...times) : null;
}

/**
 * Whole seconds since the meeting started, on the log's effective time line (a clock set back does not
 * count backwards); it stops at 结束会议. null before the meeting starts.
 */
export function meetingElapsedSeconds(state: ConsoleState, now: number): number | null {
  const start = meetingStart(state);
  if (start === null) return null;
  const end = state.meetingEndedAt ?? effectiveNow(state.clock, now);
  return Math.max(0, Math.floor((end - start) / 1000));
}
