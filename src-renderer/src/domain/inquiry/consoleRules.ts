// Which console actions are legal now, and why not (Chinese reasons for the secretary).
import type { TimerMinutes } from '../settings/settings';
import {
  activeSegment,
  findQuestion,
  isPaused,
  pendingQueue,
  questionSegments,
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

const PHASE_REFUSALS: Record<QuestionPhase, string> = {
  ask: '每个问题只能提问一次',
  answer: '提问或追问之后才能回答',
  followUp: '回答之后才能追问',
  supplement: '回答之后才能补充回答',
};

/** Question phases the current question may start now (empty without a current question). */
export function nextQuestionPhases(state: RuleState): QuestionPhase[] {
  const current = state.currentQuestionId;
  if (current === null) return [];
  const lastPhase = questionSegments(state, current).at(-1)?.phase;
  const last = isQuestionPhase(lastPhase) ? lastPhase : 'none';
  const phases = [...PHASES_AFTER[last]];
  // Taken again after a deferral: the phase the deferral cut short may start again.
  if (last !== 'none' && state.progress[current]?.resumedAfterDeferral && !phases.includes(last)) {
    phases.push(last);
  }
  return phases;
}

function checkPhase(state: RuleState, phase: unknown, plannedSeconds: unknown): string | null {
  if (!isTimerPhase(phase)) return '无法识别的计时环节';
  if (
    typeof plannedSeconds !== 'number' ||
    !Number.isInteger(plannedSeconds) ||
    plannedSeconds < 1 ||
    plannedSeconds > MAX_PLANNED_SECONDS
  ) {
    return `计时时长应为 1 秒到 ${MAX_PLANNED_SECONDS / 60} 分钟`;
  }
  if (phase === 'statement') return state.currentQuestionId === null ? null : '请先结束当前问题';
  if (state.currentQuestionId === null) return '请先选择要询问的问题';
  return nextQuestionPhases(state).includes(phase) ? null : PHASE_REFUSALS[phase];
}

/** null when the action is legal now, otherwise the reason in Chinese. */
export function checkAction(state: RuleState, action: ConsoleAction): string | null {
  if (action.type === 'undo') {
    if (state.undoTarget === null) return '没有可以撤销的操作';
    return action.targetSeq === state.undoTarget.seq ? null : '只能撤销最近的一步操作';
  }
  if (state.meetingEndedAt !== null) return '会议已结束';
  const active = activeSegment(state);
  const current = state.currentQuestionId;
  switch (action.type) {
    case 'agendaItemStarted':
      if (!state.agenda.some((a) => a.id === action.agendaItemId)) return '没有这项议程';
      if (current !== null) return '请先结束当前问题';
      return state.currentAgendaItemId === action.agendaItemId ? '已在进行这项议程' : null;
    case 'questionTaken': {
      const status = statusOf(state, action.questionId);
      if (status === null) return '没有这个问题';
      if (status === 'current') return '该问题正在询问';
      if (current !== null) return '请先结束当前问题';
      if (status === 'done') return '该问题已询问完毕';
      return active ? `请先停止${PHASE_LABELS[active.phase]}计时` : null;
    }
    case 'questionAdded': {
      const question: unknown = action.question;
      if (!isQuestionShape(question)) return '问题内容不完整';
      if (state.progress[question.id]) return '问题编号重复';
      return Object.values(validateQuestion(question))[0] ?? null;
    }
    case 'phaseStarted':
      return checkPhase(state, action.phase, action.plannedSeconds);
    case 'paused':
      if (!active) return '计时未开始';
      return isPaused(active) ? '计时已暂停' : null;
    case 'resumed':
      if (!active) return '计时未开始';
      return isPaused(active) ? null : '计时没有暂停';
    case 'timerStopped':
      return active ? null : '计时未开始';
    case 'questionFinished':
      if (current === null) return '当前没有正在询问的问题';
      if (action.questionId !== current) return '只能结束当前问题';
      return questionSegments(state, current).length > 0 ? null : '尚未开始提问，如不询问请选择跳过';
    case 'questionDeferred':
      if (current === null) return '当前没有正在询问的问题';
      return action.questionId === current ? null : '只能暂缓当前问题';
    case 'questionSkipped': {
      const status = statusOf(state, action.questionId);
      if (status === null) return '没有这个问题';
      if (status === 'skipped') return '该问题已跳过';
      if (status === 'done') return '该问题已询问完毕';
      return questionSegments(state, action.questionId).length > 0 ? '该问题已开始询问，请结束或暂缓' : null;
    }
    case 'meetingEnded':
      return current === null ? null : '请先结束当前问题';
    default:
      return '无法识别的操作';
  }
}

/** Planned seconds for a phase: the current question's plan, or TimerMinutes for a 表态发言. */
export function plannedSecondsFor(state: RuleState, phase: TimerPhase, minutes: TimerMinutes): number {
  const question = findQuestion(state, state.currentQuestionId);
  if (question && isQuestionPhase(phase)) return question.plannedSeconds[phase];
  return minutes[phase] * 60;
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
  const ok = (action: ConsoleAction) => checkAction(state, action) === null;
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
