// foldConsole: the state of the live console from the event log. Pure; every window folds the same way.
import type { AgendaItem } from './agenda';
import { effectiveTimes, type ConsoleClock } from './clock';
import {
  activeSegment,
  applyAction,
  findQuestion,
  initialCore,
  pendingQueue,
  questionSegments,
  type ConsoleCore,
  type RuleState,
  type TimerSegment,
  type UndoTarget,
} from './consoleCore';
import { actionLabel, sortEvents, type ConsoleEvent } from './consoleEvents';
import { checkAction } from './consoleRules';
import { nextQuestionId } from './nextQuestion';
import type { Question, TimerPhase } from './question';

/** An event the fold did not apply, with the reason checkAction gave (a writer bug or a stale double press). */
export interface IgnoredEvent {
  seq: number;
  type: string;
  reason: string;
}

export interface ConsoleState extends RuleState {
  /** null before the first event */
  clock: ConsoleClock | null;
  ignored: readonly IgnoredEvent[];
  currentQuestion: Question | null;
  currentAgendaItem: AgendaItem | null;
  /** the segment that runs or is paused now (a question phase or a 表态发言) */
  activeSegment: TimerSegment | null;
  /** phases of the current question so far, in order */
  phases: readonly TimerPhase[];
  /** phase of the active segment, else the last phase of the current question */
  currentPhase: TimerPhase | null;
  /** 追问 of the current question so far */
  followUpCount: number;
  /** ids of questions waiting: pending by planned order, then deferred by time of deferral */
  queue: readonly string[];
  /** the question announced as next: what Enter takes, the highlight, 下一题 and 下一位 (nextQuestion.ts) */
  next: Question | null;
}

interface UndoEntry {
  target: UndoTarget;
  before: ConsoleCore;
}

/**
 * Sorts the events by seq (reads may come back in any order), applies each legal action, and lets
 * each undo restore the state from before its target. Illegal events are listed in `ignored`.
 */
export function foldConsole(
  questions: readonly Question[],
  agenda: readonly AgendaItem[],
  events: readonly ConsoleEvent[],
): ConsoleState {
  const sorted = sortEvents(events);
  const { times, clock } = effectiveTimes(sorted);
  let core = initialCore(questions, agenda);
  const stack: UndoEntry[] = [];
  const ignored: IgnoredEvent[] = [];
  sorted.forEach((event, index) => {
    const undoTarget = stack[stack.length - 1]?.target ?? null;
    const reason = checkAction({ ...core, undoTarget }, event);
    if (reason !== null) {
      ignored.push({ seq: event.seq, type: String(event.type), reason });
      return;
    }
    if (event.type === 'undo') {
      const entry = stack.pop();
      // The announced next question and what the projector shows are not part of what undo takes back.
      if (entry) {
        const { selectedQuestionId, nextShown, projectorBlanked } = core;
        core = { ...entry.before, selectedQuestionId, nextShown, projectorBlanked };
      }
      return;
    }
    const at = times[index] ?? 0;
    if (
      event.type === 'questionSelected' ||
      event.type === 'nextShown' ||
      event.type === 'projectorBlanked'
    ) {
      core = applyAction(core, event, at, event.seq);
      return;
    }
    stack.push({ target: { seq: event.seq, type: event.type, label: actionLabel(event) }, before: core });
    core = applyAction(core, event, at, event.seq);
  });
  return deriveState(core, stack[stack.length - 1]?.target ?? null, clock, ignored);
}

function deriveState(
  core: ConsoleCore,
  undoTarget: UndoTarget | null,
  clock: ConsoleClock | null,
  ignored: IgnoredEvent[],
): ConsoleState {
  const currentQuestion = findQuestion(core, core.currentQuestionId);
  const segments = currentQuestion ? questionSegments(core, currentQuestion.id) : [];
  const active = activeSegment(core);
  const queue = pendingQueue(core);
  return {
    ...core,
    undoTarget,
    clock,
    ignored,
    currentQuestion,
    currentAgendaItem: core.agenda.find((a) => a.id === core.currentAgendaItemId) ?? null,
    activeSegment: active,
    phases: segments.map((s) => s.phase),
    currentPhase: active?.phase ?? segments.at(-1)?.phase ?? null,
    followUpCount: segments.filter((s) => s.phase === 'followUp').length,
    queue,
    next: findQuestion(core, nextQuestionId(core, queue)),
  };
}
