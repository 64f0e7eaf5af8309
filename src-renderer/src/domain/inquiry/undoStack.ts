// The console fold's undo stack: the actions an undo may take back, newest last. The reducer's state from before
// an action is kept only on every CHECKPOINT_EVERY-th entry; an undo re-folds the state it restores from the
// checkpoint at or below its target (a few actions), instead of every earlier state being kept for the meeting.
import { applyAction, type ConsoleCore, type UndoTarget } from './consoleCore';
import type { ConsoleEvent } from './consoleEvents';

export const CHECKPOINT_EVERY = 16;

export interface UndoEntry {
  target: UndoTarget;
  event: ConsoleEvent;
  /** the event's effective time, as the fold applied it */
  at: number;
  /** the reducer's state before this entry's action: on entries at multiples of CHECKPOINT_EVERY, else null */
  checkpoint: ConsoleCore | null;
}

/** Pushes the entry for `event`, applied at `at` to `before`. */
export function pushUndo(
  stack: UndoEntry[],
  target: UndoTarget,
  event: ConsoleEvent,
  at: number,
  before: ConsoleCore,
): void {
  stack.push({ target, event, at, checkpoint: stack.length % CHECKPOINT_EVERY === 0 ? before : null });
}

/**
 * Pops the newest entry and returns the reducer's state from before its action (null when the stack is empty).
 * Only what the stack's actions set is exact: the fields an undo does not take back (the announced next question,
 * what the projector shows) are the caller's to keep. They change no other field, so the re-fold needs only the
 * stack's own actions.
 */
export function popUndo(stack: UndoEntry[]): ConsoleCore | null {
  const index = stack.length - 1;
  const entry = stack.pop();
  if (!entry) return null;
  const from = index - (index % CHECKPOINT_EVERY);
  let core = (from === index ? entry : stack[from])?.checkpoint;
  if (!core) throw new Error('unreachable: every CHECKPOINT_EVERY-th entry keeps its state');
  for (let i = from; i < index; i += 1) {
    const step = stack[i];
    if (step) core = applyAction(core, step.event, step.at, step.event.seq);
  }
  return core;
}
