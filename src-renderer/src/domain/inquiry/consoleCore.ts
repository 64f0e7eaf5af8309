// The folded state of the console without derived fields, its queries, and the unchecked reducer.
import type { AgendaItem } from './agenda';
import type { ConsoleAction, ConsoleActionType } from './consoleEvents';
import { compareOrdered, sortByOrder } from './ordering';
import type { Question, TimerPhase } from './question';

export type QuestionStatus = 'pending' | 'current' | 'done' | 'deferred' | 'skipped';
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  pending: '待询问',
  current: '正在询问',
  done: '已询问',
  deferred: '暂缓',
  skipped: '已跳过',
};

/** Times are effective epoch ms (clock.ts). An open pause has `to: null`. */
export interface Pause {
  from: number;
  to: number | null;
}

/** One run of the timer: a phase from its start to its end, with its pauses. */
export interface TimerSegment {
  /** seq of the phaseStarted event; identifies the segment (cues, React keys) */
  seq: number;
  phase: TimerPhase;
  /** null for a 表态发言 */
  questionId: string | null;
  /** who speaks, when the secretary named them (a 表态发言) */
  speaker: string | null;
  agendaItemId: string | null;
  plannedSeconds: number;
  startedAt: number;
  pauses: readonly Pause[];
  /** null while it runs or is paused */
  endedAt: number | null;
}

export interface QuestionProgress {
  status: QuestionStatus;
  /** first time taken */
  takenAt: number | null;
  finishedAt: number | null;
  deferrals: number;
  /** seq of the last deferral: deferred questions queue in the order they were deferred */
  deferredSeq: number | null;
  /** taken again after a deferral and no phase started since: the interrupted phase may restart */
  resumedAfterDeferral: boolean;
}

export interface AgendaRun {
  agendaItemId: string;
  startedAt: number;
  endedAt: number | null;
}

export interface ConsoleCore {
  agenda: readonly AgendaItem[];
  /** planned and added questions, by order */
  questions: readonly Question[];
  progress: Readonly<Record<string, QuestionProgress>>;
  currentAgendaItemId: string | null;
  agendaRuns: readonly AgendaRun[];
  currentQuestionId: string | null;
  /** the question the secretary announced as next, if any (see nextQuestion.ts) */
  selectedQuestionId: string | null;
  /** every timer segment, in the order they started */
  segments: readonly TimerSegment[];
  meetingEndedAt: number | null;
  /** whether the projector names who is next between questions (N); on until the secretary turns it off */
  nextShown: boolean;
  /** the projector is blanked (K): pure black whatever the meeting does; off until the secretary blanks it */
  projectorBlanked: boolean;
}

export interface UndoTarget {
  seq: number;
  type: ConsoleActionType;
  /** e.g. 撤销：开始回答 uses this */
  label: string;
}

/** What checkAction needs: the core and the action an undo would remove. */
export interface RuleState extends ConsoleCore {
  undoTarget: UndoTarget | null;
}

export function initialCore(questions: readonly Question[], agenda: readonly AgendaItem[]): ConsoleCore {
  const seen = new Set<string>();
  const unique = questions.filter((q) => !seen.has(q.id) && seen.add(q.id));
  const progress: Record<string, QuestionProgress> = {};
  for (const q of unique) progress[q.id] = newProgress();
  return {
    agenda: sortByOrder(agenda),
    questions: sortByOrder(unique),
    progress,
    currentAgendaItemId: null,
    agendaRuns: [],
    currentQuestionId: null,
    selectedQuestionId: null,
    segments: [],
    meetingEndedAt: null,
    nextShown: true,
    projectorBlanked: false,
  };
}

function newProgress(): QuestionProgress {
  return {
    status: 'pending',
    takenAt: null,
    finishedAt: null,
    deferrals: 0,
    deferredSeq: null,
    resumedAfterDeferral: false,
  };
}

// ---- queries ----

/** The segment that runs or is paused now. */
export function activeSegment(core: ConsoleCore): TimerSegment | null {
  const last = core.segments[core.segments.length - 1];
  return last && last.endedAt === null ? last : null;
}

export function isPaused(segment: TimerSegment): boolean {
  const last = segment.pauses[segment.pauses.length - 1];
  return last !== undefined && last.to === null;
}

export function findQuestion(core: ConsoleCore, id: string | null): Question | null {
  return id === null ? null : (core.questions.find((q) => q.id === id) ?? null);
}

export function questionSegments(core: ConsoleCore, questionId: string): TimerSegment[] {
  return core.segments.filter((s) => s.questionId === questionId);
}

/** The question's latest segment (searched from the end: the current question's are the latest), or null. */
export function lastQuestionSegment(core: ConsoleCore, questionId: string): TimerSegment | null {
  for (let i = core.segments.length - 1; i >= 0; i -= 1) {
    const segment = core.segments[i];
    if (segment?.questionId === questionId) return segment;
  }
  return null;
}

/**
 * The questions with a segment, built once per segments array (states share it until a segment changes): the
 * rules ask it of every waiting question on each key, which filtering all segments made questions × segments.
 */
const startedBySegments = new WeakMap<readonly TimerSegment[], ReadonlySet<string | null>>();

export function hasStarted(core: ConsoleCore, questionId: string): boolean {
  let started = startedBySegments.get(core.segments);
  if (!started) {
    started = new Set(core.segments.map((s) => s.questionId));
    startedBySegments.set(core.segments, started);
  }
  return started.has(questionId);
}

export function statusOf(core: ConsoleCore, questionId: string): QuestionStatus | null {
  return core.progress[questionId]?.status ?? null;
}

/** Pending questions by planned order, then deferred ones in the order they were deferred. */
export function pendingQueue(core: ConsoleCore): string[] {
  const pending = core.questions.filter((q) => statusOf(core, q.id) === 'pending');
  const deferred = core.questions
    .filter((q) => statusOf(core, q.id) === 'deferred')
    .sort((a, b) => (core.progress[a.id]?.deferredSeq ?? 0) - (core.progress[b.id]?.deferredSeq ?? 0));
  return [...pending, ...deferred].map((q) => q.id);
}

// ---- reducer (no checks: foldConsole only applies actions that checkAction accepted) ----

function endSegment(segment: TimerSegment, at: number): TimerSegment {
  return {
    ...segment,
    pauses: segment.pauses.map((p) => (p.to === null ? { ...p, to: at } : p)),
    endedAt: at,
  };
}

function withActiveSegment(core: ConsoleCore, change: (s: TimerSegment) => TimerSegment): ConsoleCore {
  const active = activeSegment(core);
  if (!active) return core;
  return { ...core, segments: [...core.segments.slice(0, -1), change(active)] };
}

function withProgress(core: ConsoleCore, id: string, change: Partial<QuestionProgress>): ConsoleCore {
  const before = core.progress[id] ?? newProgress();
  return { ...core, progress: { ...core.progress, [id]: { ...before, ...change } } };
}

function closeAgendaRun(core: ConsoleCore, at: number): ConsoleCore {
  const last = core.agendaRuns[core.agendaRuns.length - 1];
  if (!last || last.endedAt !== null) return core;
  return { ...core, agendaRuns: [...core.agendaRuns.slice(0, -1), { ...last, endedAt: at }] };
}

export function applyAction(core: ConsoleCore, action: ConsoleAction, at: number, seq: number): ConsoleCore {
  const stop = (c: ConsoleCore) => withActiveSegment(c, (s) => endSegment(s, at));
  switch (action.type) {
    case 'agendaItemStarted': {
      const closed = closeAgendaRun(stop(core), at);
      const run: AgendaRun = { agendaItemId: action.agendaItemId, startedAt: at, endedAt: null };
      return { ...closed, currentAgendaItemId: action.agendaItemId, agendaRuns: [...closed.agendaRuns, run] };
    }
    case 'questionTaken': {
      const p = core.progress[action.questionId] ?? newProgress();
      const started = core.segments.some((s) => s.questionId === action.questionId);
      return {
        ...withProgress(core, action.questionId, {
          status: 'current',
          takenAt: p.takenAt ?? at,
          resumedAfterDeferral: p.deferrals > 0 && started,
        }),
        currentQuestionId: action.questionId,
        selectedQuestionId: null,
      };
    }
    case 'questionSelected':
      return { ...core, selectedQuestionId: action.questionId };
    case 'questionAdded': {
      const questions = [...core.questions, action.question].sort(compareOrdered);
      return { ...withProgress(core, action.question.id, newProgress()), questions };
    }
    case 'phaseStarted': {
      const stopped = stop(core);
      const segment: TimerSegment = {
        seq,
        phase: action.phase,
        questionId: core.currentQuestionId,
        speaker: action.speaker?.trim() || null,
        agendaItemId: core.currentAgendaItemId,
        plannedSeconds: action.plannedSeconds,
        startedAt: at,
        pauses: [],
        endedAt: null,
      };
      const next = { ...stopped, segments: [...stopped.segments, segment] };
      return core.currentQuestionId === null
        ? next
        : withProgress(next, core.currentQuestionId, { resumedAfterDeferral: false });
    }
    case 'paused':
      return withActiveSegment(core, (s) => ({ ...s, pauses: [...s.pauses, { from: at, to: null }] }));
    case 'resumed':
      return withActiveSegment(core, (s) => ({
        ...s,
        pauses: s.pauses.map((p) => (p.to === null ? { ...p, to: at } : p)),
      }));
    case 'timerStopped':
      return stop(core);
    case 'questionFinished':
      return {
        ...withProgress(stop(core), action.questionId, { status: 'done', finishedAt: at }),
        currentQuestionId: null,
      };
    case 'questionDeferred': {
      const deferrals = (core.progress[action.questionId]?.deferrals ?? 0) + 1;
      return {
        ...withProgress(stop(core), action.questionId, { status: 'deferred', deferrals, deferredSeq: seq }),
        currentQuestionId: null,
      };
    }
    case 'questionSkipped': {
      const marked = withProgress(core, action.questionId, { status: 'skipped' });
      const skipped =
        core.selectedQuestionId === action.questionId ? { ...marked, selectedQuestionId: null } : marked;
      return core.currentQuestionId === action.questionId ? { ...skipped, currentQuestionId: null } : skipped;
    }
    case 'meetingEnded':
      return { ...closeAgendaRun(stop(core), at), currentAgendaItemId: null, meetingEndedAt: at };
    case 'nextShown':
      return { ...core, nextShown: action.shown };
    case 'projectorBlanked':
      return { ...core, projectorBlanked: action.blanked };
    case 'undo':
      return core;
  }
}
