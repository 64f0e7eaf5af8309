// What each of the console's meeting keys does now: the action to write, or null when the meeting's state
// does not allow it (then the button is disabled and the key does nothing). Also which question the
// secretary's selection points at, and which question a vote "on the answer" is about.
import type { TimerMinutes } from '../settings/settings';
import type { ConsoleAction } from './consoleEvents';
import { phaseAction, type AllowedActions } from './consoleRules';
import type { ConsoleState } from './consoleState';
import type { Question, TimerPhase } from './question';

/** The console's commands that write to the meeting's log (selecting, muting and opening windows do not). */
export type MeetingCommand =
  | 'startPause'
  | 'take'
  | 'nextPhase'
  | 'followUp'
  | 'supplement'
  | 'statement'
  | 'finish'
  | 'defer'
  | 'skip'
  | 'stopTimer'
  | 'nextAgenda'
  | 'undo';

export type MeetingActions = Record<MeetingCommand, ConsoleAction | null>;

/** Every meeting command's action now. Enter (take) and T (skip) act on `state.next`: the announced next. */
export function commandActions(
  minutes: TimerMinutes,
  state: ConsoleState,
  allowed: AllowedActions,
): MeetingActions {
  const selectedId = state.next?.id ?? null;
  const current = state.currentQuestion;
  const phase = (p: TimerPhase) => (allowed.phases.includes(p) ? phaseAction(state, p, minutes) : null);
  const nextPhase = allowed.nextPhase ? phaseAction(state, allowed.nextPhase, minutes) : null;
  const agendaIndex = state.agenda.findIndex((a) => a.id === state.currentAgendaItem?.id);
  const nextAgenda = state.agenda[agendaIndex + 1];

  let startPause: ConsoleAction | null = null;
  if (allowed.pause) startPause = { type: 'paused' };
  else if (allowed.resume) startPause = { type: 'resumed' };
  else if (current && state.phases.length === 0) startPause = nextPhase;

  return {
    startPause,
    take:
      !current && selectedId && allowed.take.includes(selectedId)
        ? { type: 'questionTaken', questionId: selectedId }
        : null,
    nextPhase,
    followUp: phase('followUp'),
    supplement: phase('supplement'),
    statement: phase('statement'),
    finish: current && allowed.finish ? { type: 'questionFinished', questionId: current.id } : null,
    defer: current && allowed.defer ? { type: 'questionDeferred', questionId: current.id } : null,
    skip:
      selectedId && allowed.skip.includes(selectedId)
        ? { type: 'questionSkipped', questionId: selectedId }
        : null,
    stopTimer: allowed.stopTimer ? { type: 'timerStopped' } : null,
    nextAgenda:
      nextAgenda && allowed.agendaItems.includes(nextAgenda.id)
        ? { type: 'agendaItemStarted', agendaItemId: nextAgenda.id }
        : null,
    undo: allowed.undo ? { type: 'undo', targetSeq: allowed.undo.seq } : null,
  };
}

/** The question a vote "on the answer" is about: the current one, else the last one finished. */
export function answeredQuestion(state: ConsoleState): Question | null {
  if (state.currentQuestion) return state.currentQuestion;
  const done = state.questions.filter((q) => state.progress[q.id]?.status === 'done');
  return (
    done.sort(
      (a, b) => (state.progress[b.id]?.finishedAt ?? 0) - (state.progress[a.id]?.finishedAt ?? 0),
    )[0] ?? null
  );
}
