// The figures of the minutes (会议记录): planned vs actual time per question, unit and asker.
import type { AgendaItem } from './agenda';
import { effectiveNow } from './clock';
import type { QuestionStatus, TimerSegment } from './consoleCore';
import type { ConsoleState } from './consoleState';
import {
  PHASE_LABELS,
  QUESTION_PHASES,
  type Question,
  type QuestionPhase,
  type TimerPhase,
} from './question';
import { readSegment } from './timer';

export interface SegmentFigures {
  seq: number;
  phase: TimerPhase;
  label: string;
  plannedSeconds: number;
  /** whole seconds, pauses excluded, as the timer showed them */
  actualSeconds: number;
  /** max(0, actual - planned) of this segment */
  overtimeSeconds: number;
  /** effective epoch ms */
  startedAt: number;
  endedAt: number | null;
  agendaItemId: string | null;
}

export interface PhaseFigures {
  phase: QuestionPhase;
  label: string;
  /** how many times the phase ran (several 追问 and 回答) */
  count: number;
  plannedSeconds: number;
  actualSeconds: number;
  overtimeSeconds: number;
}

export interface QuestionMinutes {
  question: Question;
  status: QuestionStatus;
  takenAt: number | null;
  finishedAt: number | null;
  segments: SegmentFigures[];
  /** all four question phases in order, count 0 when a phase did not happen */
  phases: PhaseFigures[];
  followUps: number;
  supplement: boolean;
  deferrals: number;
  plannedSeconds: number;
  actualSeconds: number;
  overtimeSeconds: number;
}

/** Totals for one unit or one asker. */
export interface TotalFigures {
  /** unitId or askerId */
  id: string;
  questions: number;
  plannedSeconds: number;
  actualSeconds: number;
  overtimeSeconds: number;
  followUps: number;
  supplements: number;
}

export interface AgendaFigures {
  item: AgendaItem;
  plannedSeconds: number;
  /** sum of the times the meeting was at this item */
  actualSeconds: number;
}

export interface InquiryMinutes {
  /** questions with at least one timed phase, in the order they were first asked */
  asked: QuestionMinutes[];
  skipped: Question[];
  /** never started: pending, deferred or current without a phase; by order */
  notAsked: Question[];
  byUnit: TotalFigures[];
  byAsker: TotalFigures[];
  /** 表态发言 segments */
  statements: SegmentFigures[];
  agenda: AgendaFigures[];
  totals: {
    questionsAsked: number;
    /** questions and statements */
    plannedSeconds: number;
    actualSeconds: number;
    overtimeSeconds: number;
    /** from the first agenda item (or first phase) to 结束会议 (or now); null before anything started */
    meetingSeconds: number | null;
    startedAt: number | null;
    endedAt: number | null;
  };
}

const seconds = (ms: number) => Math.floor(Math.max(0, ms) / 1000);

function segmentFigures(state: ConsoleState, segment: TimerSegment, now: number): SegmentFigures {
  const reading = readSegment(segment, state.clock, now);
  return {
    seq: segment.seq,
    phase: segment.phase,
    label: reading.label,
    plannedSeconds: segment.plannedSeconds,
    actualSeconds: reading.elapsedSeconds,
    overtimeSeconds: reading.overtimeSeconds,
    startedAt: segment.startedAt,
    endedAt: segment.endedAt,
    agendaItemId: segment.agendaItemId,
  };
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

function questionMinutes(
  state: ConsoleState,
  question: Question,
  segments: SegmentFigures[],
): QuestionMinutes {
  const progress = state.progress[question.id];
  const phases = QUESTION_PHASES.map((phase): PhaseFigures => {
    const of = segments.filter((s) => s.phase === phase);
    return {
      phase,
      label: PHASE_LABELS[phase],
      count: of.length,
      plannedSeconds: sum(of, (s) => s.plannedSeconds),
      actualSeconds: sum(of, (s) => s.actualSeconds),
      overtimeSeconds: sum(of, (s) => s.overtimeSeconds),
    };
  });
  return {
    question,
    status: progress?.status ?? 'pending',
    takenAt: progress?.takenAt ?? null,
    finishedAt: progress?.finishedAt ?? null,
    segments,
    phases,
    followUps: segments.filter((s) => s.phase === 'followUp').length,
    supplement: segments.some((s) => s.phase === 'supplement'),
    deferrals: progress?.deferrals ?? 0,
    plannedSeconds: sum(segments, (s) => s.plannedSeconds),
    actualSeconds: sum(segments, (s) => s.actualSeconds),
    overtimeSeconds: sum(segments, (s) => s.overtimeSeconds),
  };
}

function totalsBy(
  asked: readonly QuestionMinutes[],
  keys: (q: Question) => readonly string[],
): TotalFigures[] {
  const totals = new Map<string, TotalFigures>();
  for (const m of asked) {
    for (const id of new Set(keys(m.question))) {
      const t = totals.get(id) ?? {
        id,
        questions: 0,
        plannedSeconds: 0,
        actualSeconds: 0,
        overtimeSeconds: 0,
        followUps: 0,
        supplements: 0,
      };
      t.questions += 1;
      t.plannedSeconds += m.plannedSeconds;
      t.actualSeconds += m.actualSeconds;
      t.overtimeSeconds += m.overtimeSeconds;
      t.followUps += m.followUps;
      t.supplements += m.supplement ? 1 : 0;
      totals.set(id, t);
    }
  }
  return [...totals.values()];
}

/**
 * The minutes' figures at `now` (anything still running counts up to now). A question put to
 * several units counts in full towards each of them, so unit totals may add up to more than the
 * meeting's total.
 */
export function computeMinutes(state: ConsoleState, now: number): InquiryMinutes {
  const at = effectiveNow(state.clock, now);
  const figures = state.segments.map((s) => ({ segment: s, figures: segmentFigures(state, s, now) }));
  const asked = state.questions
    .map((q) => ({ q, own: figures.filter((f) => f.segment.questionId === q.id).map((f) => f.figures) }))
    .filter(({ own }) => own.length > 0)
    .sort((a, b) => (a.own[0]?.startedAt ?? 0) - (b.own[0]?.startedAt ?? 0) || a.q.order - b.q.order)
    .map(({ q, own }) => questionMinutes(state, q, own));
  const askedIds = new Set(asked.map((m) => m.question.id));
  const statusIs = (q: Question, status: QuestionStatus) => state.progress[q.id]?.status === status;
  const statements = figures.filter((f) => f.segment.questionId === null).map((f) => f.figures);
  const all = [...asked, ...statements];

  const agenda = state.agenda.map((item) => ({
    item,
    plannedSeconds: item.plannedMinutes * 60,
    actualSeconds: seconds(
      sum(
        state.agendaRuns.filter((r) => r.agendaItemId === item.id),
        (r) => (r.endedAt ?? at) - r.startedAt,
      ),
    ),
  }));
  const startedAt = state.agendaRuns[0]?.startedAt ?? state.segments[0]?.startedAt ?? null;
  const endedAt = state.meetingEndedAt;
  return {
    asked,
    skipped: state.questions.filter((q) => statusIs(q, 'skipped')),
    notAsked: state.questions.filter(
      (q) => !askedIds.has(q.id) && !statusIs(q, 'skipped') && !statusIs(q, 'done'),
    ),
    byUnit: totalsBy(asked, (q) => q.unitIds),
    byAsker: totalsBy(asked, (q) => [q.askerId]),
    statements,
    agenda,
    totals: {
      questionsAsked: asked.length,
      plannedSeconds: sum(all, (x) => x.plannedSeconds),
      actualSeconds: sum(all, (x) => x.actualSeconds),
      overtimeSeconds: sum(all, (x) => x.overtimeSeconds),
      meetingSeconds: startedAt === null ? null : seconds((endedAt ?? at) - startedAt),
      startedAt,
      endedAt,
    },
  };
}

/** Chinese duration for the minutes: 40秒, 3分钟, 3分40秒, 1小时5分钟. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.trunc(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h === 0 && m === 0) return `${rest}秒`;
  const head = h > 0 ? `${h}小时` : '';
  if (rest === 0) return m > 0 ? `${head}${m}分钟` : head;
  return `${head}${m}分${rest}秒`;
}
