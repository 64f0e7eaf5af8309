// foldConsole: the state of the live console from the event log. Pure; every window folds the same way.
import type { AgendaItem } from './agenda';
import { effectiveTimesFrom, type ConsoleClock } from './clock';
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
import { popUndo, pushUndo, type UndoEntry } from './undoStack';

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

/**
 * A fold of the log so far, to carry on from when more events come: the meeting's questions and agenda it was
 * folded with, the last seq applied, the reducer's state, the undo stack and the derived ConsoleState.
 * Treat as immutable: extending it returns a new checkpoint and leaves this one as it was.
 */
export interface ConsoleFold {
  questions: readonly Question[];
  agenda: readonly AgendaItem[];
  /** seq of the last event applied (events come sorted, without duplicates); -Infinity before the first */
  lastSeq: number;
  /** raw events read so far (duplicates included), and the sum of their seqs: to tell a grown log from another */
  read: { count: number; seqSum: number };
  core: ConsoleCore;
  stack: readonly UndoEntry[];
  ignored: readonly IgnoredEvent[];
  clock: ConsoleClock | null;
  state: ConsoleState;
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
  return foldFrom(null, questions, agenda, events).state;
}

/**
 * foldConsole, carried on from an earlier fold when the log only grew: every event at or below the last seq
 * applied is one already read, and the meeting's questions and agenda are the same. Then only the new events
 * are applied (a key costs one event, not the whole meeting); otherwise the log is folded from the start.
 * Either way the state is the one foldConsole gives for these events.
 */
export function foldFrom(
  previous: ConsoleFold | null,
  questions: readonly Question[],
  agenda: readonly AgendaItem[],
  events: readonly ConsoleEvent[],
): ConsoleFold {
  const fresh = previous === null ? null : newEventsSince(previous, questions, agenda, events);
  if (previous !== null && fresh !== null) {
    if (fresh.events.length === 0) return previous;
    return applyEvents(previous, sortEvents(fresh.events), fresh.read);
  }
  const start = initialCore(questions, agenda);
  const empty: ConsoleFold = {
    questions,
    agenda,
    lastSeq: -Infinity,
    read: { count: 0, seqSum: 0 },
    core: start,
    stack: [],
    ignored: [],
    clock: null,
    state: deriveState(start, null, null, []),
  };
  return applyEvents(empty, sortEvents(events), readOf(events));
}

/**
 * A fold that remembers its last checkpoint: each call folds only what was added since the previous call
 * (a window's live query of the log, read again after every key). Same answers as foldConsole.
 */
export function consoleFolder(): (
  questions: readonly Question[],
  agenda: readonly AgendaItem[],
  events: readonly ConsoleEvent[],
) => ConsoleState {
  let last: ConsoleFold | null = null;
  return (questions, agenda, events) => {
    last = foldFrom(last, questions, agenda, events);
    return last.state;
  };
}

function readOf(events: readonly ConsoleEvent[]): ConsoleFold['read'] {
  let seqSum = 0;
  for (const event of events) seqSum += Number.isFinite(event.seq) ? event.seq : 0;
  return { count: events.length, seqSum };
}

/** The events after the fold's last seq, or null when the log did not just grow (then fold it all again). */
function newEventsSince(
  previous: ConsoleFold,
  questions: readonly Question[],
  agenda: readonly AgendaItem[],
  events: readonly ConsoleEvent[],
): { events: ConsoleEvent[]; read: ConsoleFold['read'] } | null {
  if (!sameItems(previous.questions, questions) || !sameItems(previous.agenda, agenda)) return null;
  const { lastSeq } = previous;
  const later: ConsoleEvent[] = [];
  let count = 0;
  let seqSum = 0;
  for (const event of events) {
    if (!Number.isFinite(event.seq)) return null;
    if (event.seq > lastSeq) later.push(event);
    else {
      count += 1;
      seqSum += event.seq;
    }
  }
  if (count !== previous.read.count || seqSum !== previous.read.seqSum) return null;
  const read = readOf(events);
  return { events: later, read };
}

/** The same questions (or agenda): the same array, or arrays of equal items (a fresh read of the same rows). */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((item, index) => item === b[index] || heldJson(item) === JSON.stringify(b[index]));
}

/**
 * A held item's JSON, kept per object: the fold holds on to the questions it folded with, so a key that reads them
 * afresh compares against strings made once (only held items are kept: a fresh read's are garbage at once).
 */
const jsonByItem = new WeakMap<object, string>();

function heldJson(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  let json = jsonByItem.get(item);
  if (json === undefined) {
    json = JSON.stringify(item);
    jsonByItem.set(item, json);
  }
  return json;
}

/** Applies events that all come after the fold's last one, sorted by seq. */
function applyEvents(
  fold: ConsoleFold,
  sorted: readonly ConsoleEvent[],
  read: ConsoleFold['read'],
): ConsoleFold {
  const { times, clock } = effectiveTimesFrom(fold.clock, sorted);
  let core = fold.core;
  const stack = [...fold.stack];
  const ignored = [...fold.ignored];
  sorted.forEach((event, index) => {
    const undoTarget = stack[stack.length - 1]?.target ?? null;
    const reason = checkAction({ ...core, undoTarget }, event);
    if (reason !== null) {
      ignored.push({ seq: event.seq, type: String(event.type), reason });
      return;
    }
    if (event.type === 'undo') {
      const before = popUndo(stack);
      // The announced next question and what the projector shows are not part of what undo takes back.
      if (before) {
        const { selectedQuestionId, nextShown, projectorBlanked } = core;
        core = { ...before, selectedQuestionId, nextShown, projectorBlanked };
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
    pushUndo(stack, { seq: event.seq, type: event.type, label: actionLabel(event) }, event, at, core);
    core = applyAction(core, event, at, event.seq);
  });
  return {
    questions: fold.questions,
    agenda: fold.agenda,
    lastSeq: sorted.at(-1)?.seq ?? fold.lastSeq,
    read,
    core,
    stack,
    ignored,
    clock,
    state: deriveState(core, stack[stack.length - 1]?.target ?? null, clock, ignored),
  };
}

function deriveState(
  core: ConsoleCore,
  undoTarget: UndoTarget | null,
  clock: ConsoleClock | null,
  ignored: readonly IgnoredEvent[],
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
