// What the 答询人提示屏 shows: the phase that is timed now (running or paused) and its clock, or nothing
// when no timer runs. It does not follow the projector's blank: the answerer still needs the time. Pure.
import type { ConsoleState } from './consoleState';
import { readSegment, type TimerReading } from './timer';

export function answererReading(state: ConsoleState, now: number): TimerReading | null {
  if (state.meetingEndedAt !== null || !state.activeSegment) return null;
  return readSegment(state.activeSegment, state.clock, now);
}
