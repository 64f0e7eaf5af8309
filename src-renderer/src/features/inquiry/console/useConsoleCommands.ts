import type { ActivityRecord } from '../../../db/database';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { phaseAction, type AllowedActions } from '../../../domain/inquiry/consoleRules';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import type { ConsoleCommand } from './consoleKeys';

/**
 * What each console command does now: the action to write, or null when the meeting's state does not
 * allow it (the button is disabled and the key does nothing).
 */
export function commandActions(
  activity: ActivityRecord,
  state: ConsoleState,
  allowed: AllowedActions,
  selectedId: string | null,
): Partial<Record<ConsoleCommand, ConsoleAction | null>> {
  const current = state.currentQuestion;
  const phase = (p: Parameters<typeof phaseAction>[1]) =>
    allowed.phases.includes(p) ? phaseAction(state, p, activity.timerMinutes) : null;
  const nextPhase = allowed.nextPhase ? phaseAction(state, allowed.nextPhase, activity.timerMinutes) : null;
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

/** Questions the secretary can select in the list: the queue, then skipped ones (they can still be taken). */
export function selectableIds(state: ConsoleState): string[] {
  const skipped = state.questions.filter((q) => state.progress[q.id]?.status === 'skipped').map((q) => q.id);
  return [...state.queue, ...skipped];
}

/** The selection, or the first selectable question when nothing valid is selected. */
export function pickSelected(selectable: readonly string[], selected: string | null): string | null {
  return selected && selectable.includes(selected) ? selected : (selectable[0] ?? null);
}
