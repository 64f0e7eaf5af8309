// Which console actions are legal now, and why not (Chinese reasons for the secretary).
import { messageFor, type ErrorCode, type ErrorParams } from '../errors';
import type { TimerMinutes } from '../settings/settings';
import { minutesToSeconds } from '../settings/timerLength';
import { MAX_TEXT_LENGTH } from '../validation';
import {
  activeSegment,
  findQuestion,
  hasStarted,
  isPaused,
  lastQuestionSegment,
  pendingQueue,
  statusOf,
  type RuleState,
  type UndoTarget,
} from './consoleCore';
import type { ConsoleAction } from './consoleEvents';
import {
  isQuestionPhase,
  isQuestionShape,
  isTimerPhase,
  MAX_PLANNED_SECONDS,
  PHASE_LABELS,
  validateQuestion,
  type QuestionPhase,
  type TimerPhase,
} from './question';

/**
 * 提问 → 回答, then any number of 追问 → 回答; 补充回答 after an answer; 追问 may also follow a 补充回答.
 * The first phase to start is listed first: it is what the single "next phase" key starts.
 */
const PHASES_AFTER: Record<QuestionPhase | 'none', readonly QuestionPhase[]> = {
  none: ['ask'],
  ask: ['answer'],
  answer: ['followUp', 'supplement'],
  followUp: ['answer'],
  supplement: ['followUp'],
};

const PHASE_REFUSALS: Record<QuestionPhase, ConsoleRefusal> = {
  ask: { code: 'inquiry.askOnce' },
  answer: { code: 'inquiry.answerAfterAsk' },
  followUp: { code: 'inquiry.followUpAfterAnswer' },
  supplement: { code: 'inquiry.supplementAfterAnswer' },
};

/** Why an action is refused: a DomainError code of the inquiry (or common.invalidInput) and its parameters. */
export interface ConsoleRefusal {
  code: ErrorCode;
  params?: ErrorParams;
}

const refuse = (code: ErrorCode, params?: ErrorParams): ConsoleRefusal =>
  params ? { code, params } : { code };

/** Question phases the current question may start now (empty without a current question). */
export function nextQuestionPhases(state: RuleState): QuestionPhase[] {
  const current = state.currentQuestionId;
  if (current === null) return [];
  const lastPhase = lastQuestionSegment(state, current)?.phase;
  const last = isQuestionPhase(lastPhase) ? lastPhase : 'none';
  const phases = [...PHASES_AFTER[last]];
  // Taken again after a deferral: the phase the deferral cut short may start again.
  if (last !== 'none' && state.progress[current]?.resumedAfterDeferral && !phases.includes(last)) {
    phases.push(last);
  }
  return phases;
}

function checkPhase(state: RuleState, phase: unknown, plannedSeconds: unknown): ConsoleRefusal | null {
  if (!isTimerPhase(phase)) return refuse('inquiry.unknownPhase');
  if (
    typeof plannedSeconds !== 'number' ||
    !Number.isInteger(plannedSeconds) ||
    plannedSeconds < 0 ||
    plannedSeconds > MAX_PLANNED_SECONDS
  ) {
    return refuse('inquiry.plannedSecondsRange', { maxMinutes: MAX_PLANNED_SECONDS / 60 });
  }
  if (phase === 'statement')
    return state.currentQuestionId === null ? null : refuse('inquiry.finishCurrentFirst');
  if (state.currentQuestionId === null) return refuse('inquiry.chooseQuestionFirst');
  return nextQuestionPhases(state).includes(phase) ? null : PHASE_REFUSALS[phase];
}

/** null when the action is legal now, otherwise why not (a DomainError code and its parameters). */
export function consoleRefusal(state: RuleState, action: ConsoleAction): ConsoleRefusal | null {
  if (action.type === 'undo') {
    if (state.undoTarget === null) return refuse('inquiry.nothingToUndo');
    return action.targetSeq === state.undoTarget.seq ? null : refuse('inquiry.undoLatestOnly');
  }
  // The projector may be blanked and brought back at any time, also after 结束会议.
  if (action.type === 'projectorBlanked') {
    return typeof action.blanked === 'boolean' ? null : refuse('inquiry.unknownAction');
  }
  if (state.meetingEndedAt !== null) return refuse('inquiry.meetingEnded');
  const active = activeSegment(state);
  const current = state.currentQuestionId;
  switch (action.type) {
    case 'agendaItemStarted':
      if (!state.agenda.some((a) => a.id === action.agendaItemId)) return refuse('inquiry.noSuchAgendaItem');
      if (current !== null) return refuse('inquiry.finishCurrentFirst');
      return state.currentAgendaItemId === action.agendaItemId ? refuse('inquiry.agendaItemAlreadyOn') : null;
    case 'questionTaken': {
      const status = statusOf(state, action.questionId);
      if (status === null) return refuse('inquiry.noSuchQuestion');
      if (status === 'current') return refuse('inquiry.questionIsCurrent');
      if (current !== null) return refuse('inquiry.finishCurrentFirst');
      if (status === 'done') return refuse('inquiry.questionDone');
      return active ? refuse('inquiry.stopTimerFirst', { phase: PHASE_LABELS[active.phase] }) : null;
    }
    case 'questionSelected': {
      const status = statusOf(state, action.questionId);
      if (status === null) return refuse('inquiry.noSuchQuestion');
      if (status === 'current') return refuse('inquiry.questionIsCurrent');
      return status === 'done' ? refuse('inquiry.questionDone') : null;
    }
    case 'questionAdded': {
      const question: unknown = action.question;
      if (!isQuestionShape(question)) return refuse('inquiry.questionIncomplete');
      if (state.progress[question.id]) return refuse('inquiry.duplicateQuestionId');
      const problem = Object.values(validateQuestion(question))[0];
      return problem ? refuse('common.invalidInput', { message: problem }) : null;
    }
    case 'phaseStarted': {
      const speaker: unknown = action.speaker;
      if (speaker !== undefined && (typeof speaker !== 'string' || speaker.length > MAX_TEXT_LENGTH)) {
        return refuse('common.invalidInput', { message: `发言人不能超过 ${MAX_TEXT_LENGTH} 个字` });
      }
      return checkPhase(state, action.phase, action.plannedSeconds);
    }
    case 'paused':
      if (!active) return refuse('inquiry.timerNotStarted');
      return isPaused(active) ? refuse('inquiry.timerAlreadyPaused') : null;
    case 'resumed':
      if (!active) return refuse('inquiry.timerNotStarted');
      return isPaused(active) ? null : refuse('inquiry.timerNotPaused');
    case 'timerStopped':
      return active ? null : refuse('inquiry.timerNotStarted');
    case 'questionFinished':
      if (current === null) return refuse('inquiry.noCurrentQuestion');
      if (action.questionId !== current) return refuse('inquiry.finishCurrentOnly');
      return lastQuestionSegment(state, current) ? null : refuse('inquiry.notAskedYet');
    case 'questionDeferred':
      if (current === null) return refuse('inquiry.noCurrentQuestion');
      return action.questionId === current ? null : refuse('inquiry.deferCurrentOnly');
    case 'questionSkipped': {
      const status = statusOf(state, action.questionId);
      if (status === null) return refuse('inquiry.noSuchQuestion');
      if (status === 'skipped') return refuse('inquiry.alreadySkipped');
      if (status === 'done') return refuse('inquiry.questionDone');
      return hasStarted(state, action.questionId) ? refuse('inquiry.alreadyStarted') : null;
    }
    case 'meetingEnded':
      return current === null ? null : refuse('inquiry.finishCurrentFirst');
    case 'nextShown':
      return typeof action.shown === 'boolean' ? null : refuse('inquiry.unknownAction');
    default:
      return refuse('inquiry.unknownAction');
  }
}

/** null when the action is legal now, otherwise the reason in Chinese. */
export function checkAction(state: RuleState, action: ConsoleAction): string | null {
  const refusal = consoleRefusal(state, action);
  return refusal ? messageFor(refusal.code, refusal.params) : null;
}

/** Planned seconds for a phase: the current question's plan, or TimerMinutes for a 表态发言. */
export function plannedSecondsFor(state: RuleState, phase: TimerPhase, minutes: TimerMinutes): number {
  const question = findQuestion(state, state.currentQuestionId);
  if (question && isQuestionPhase(phase)) return question.plannedSeconds[phase];
  return minutesToSeconds(minutes[phase]);
}

/** The phaseStarted action the console writes for a phase key. */
export function phaseAction(state: RuleState, phase: TimerPhase, minutes: TimerMinutes): ConsoleAction {
  return { type: 'phaseStarted', phase, plannedSeconds: plannedSecondsFor(state, phase, minutes) };
}

export interface AllowedActions {
  /** questions that can be taken now: the queue, then skipped ones by order */
  take: string[];
  /** questions that can be skipped now (the queue, and the current one before its first phase) */
  skip: string[];
  /** phases that can start now; for a question in the order the rules suggest */
  phases: TimerPhase[];
  /** what the single "next phase" key starts for the current question, if anything */
  nextPhase: QuestionPhase | null;
  pause: boolean;
  resume: boolean;
  stopTimer: boolean;
  finish: boolean;
  defer: boolean;
  agendaItems: string[];
  endMeeting: boolean;
  /** whether a valid new question would be accepted */
  addQuestion: boolean;
  /** the action the undo key would remove */
  undo: UndoTarget | null;
}

/** Every action that checkAction accepts now, so the UI can enable its keys. */
export function allowedActions(state: RuleState): AllowedActions {
  const ok = (action: ConsoleAction) => consoleRefusal(state, action) === null;
  const queue = pendingQueue(state);
  const skipped = state.questions.filter((q) => statusOf(state, q.id) === 'skipped').map((q) => q.id);
  const current = state.currentQuestionId;
  const candidates: TimerPhase[] = current === null ? ['statement'] : nextQuestionPhases(state);
  const phases = candidates.filter((phase) => ok({ type: 'phaseStarted', phase, plannedSeconds: 60 }));
  const first = phases[0];
  return {
    take: [...queue, ...skipped].filter((questionId) => ok({ type: 'questionTaken', questionId })),
    skip: [...(current ? [current] : []), ...queue].filter((questionId) =>
      ok({ type: 'questionSkipped', questionId }),
    ),
    phases,
    nextPhase: first !== undefined && isQuestionPhase(first) ? first : null,
    pause: ok({ type: 'paused' }),
    resume: ok({ type: 'resumed' }),
    stopTimer: ok({ type: 'timerStopped' }),
    finish: current !== null && ok({ type: 'questionFinished', questionId: current }),
    defer: current !== null && ok({ type: 'questionDeferred', questionId: current }),
    agendaItems: state.agenda
      .map((a) => a.id)
      .filter((agendaItemId) => ok({ type: 'agendaItemStarted', agendaItemId })),
    endMeeting: ok({ type: 'meetingEnded' }),
    addQuestion: state.meetingEndedAt === null,
    undo: state.undoTarget,
  };
}
