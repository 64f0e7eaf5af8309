// The figures of the minutes (会议记录): planned vs actual time per question, unit and asker. The minutes tab
// and the Word minutes both read this one function, so they always agree.
import { toCalendarDate, type CalendarDate } from '../time';
import type { AgendaItem } from './agenda';
import { effectiveNow } from './clock';
import { meetingStart } from './meetingClock';
import type { QuestionStatus, TimerSegment } from './consoleCore';
import type { ConsoleState } from './consoleState';
import {
  PHASE_LABELS,
  QUESTION_PHASES,
  type Question,
  type QuestionPhase,
  type TimerPhase,
} from './question';
import { notAskedOf, type NotAskedQuestion } from './minutesNotAsked';
import { readSegment } from './timer';

export { NOT_ASKED_LABELS, type NotAskedQuestion, type NotAskedReason } from './minutesNotAsked';

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

/**
 * One row of the minutes' table, in the order the meeting ran: a question asked, a timed phase outside the
 * questions (表态发言), or another agenda item that ran (开场, 汇报, 测评, 讲话 …) with its time. The
 * question item itself is no row: its questions are.
 */
export type MinutesRow = {
  plannedSeconds: number;
  actualSeconds: number;
  /** max(0, actual - planned) per timed phase, summed; 0 for a phase with no limit */
  overtimeSeconds: number;
  /** effective epoch ms */
  startedAt: number;
} & (
  | { kind: 'question'; minutes: QuestionMinutes }
  | { kind: 'statement'; title: string; segment: SegmentFigures }
  | { kind: 'agenda'; title: string; item: AgendaItem }
);

export interface InquiryMinutes {
  /** the day the meeting ran (its first event), or null before anything happened */
  meetingDate: CalendarDate | null;
  /** questions asked (a phase ran, and not left deferred), in the order they were first asked */
  asked: QuestionMinutes[];
  /** questions, 表态发言 and the other agenda items that ran, in the order they started */
  rows: MinutesRow[];
  /** every question of the list not asked: pending, deferred and never taken again, skipped; by order */
  notAsked: NotAskedQuestion[];
  byUnit: TotalFigures[];
  byAsker: TotalFigures[];
  /** 表态发言 segments */
  statements: SegmentFigures[];
  agenda: AgendaFigures[];
  totals: {
    questionsAsked: number;
    /** sums of the rows' columns */
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

function agendaFigures(state: ConsoleState, at: number): AgendaFigures[] {
  return state.agenda.map((item) => ({
    item,
    plannedSeconds: item.plannedMinutes * 60,
    actualSeconds: seconds(
      sum(
        state.agendaRuns.filter((r) => r.agendaItemId === item.id),
        (r) => (r.endedAt ?? at) - r.startedAt,
      ),
    ),
  }));
}

/** Agenda items that ran, other than the questions' item and items whose time a timed phase already gives. */
function agendaRows(
  state: ConsoleState,
  agenda: readonly AgendaFigures[],
  statements: readonly SegmentFigures[],
) {
  return agenda.flatMap(({ item, plannedSeconds, actualSeconds }): MinutesRow[] => {
    const first = state.agendaRuns.find((r) => r.agendaItemId === item.id);
    if (!first || item.kind === 'inquiry' || statements.some((s) => s.agendaItemId === item.id)) return [];
    const overtimeSeconds = Math.max(0, actualSeconds - plannedSeconds);
    const base = { plannedSeconds, actualSeconds, overtimeSeconds, startedAt: first.startedAt };
    return [{ kind: 'agenda', title: item.title, item, ...base }];
  });
}

/**
 * The minutes' figures at `now` (anything still running counts up to now). A question put to several units
 * counts in full towards each of them, so unit totals may add up to more than the meeting's total. A
 * question deferred and never taken again is not asked: it is listed with the questions not asked.
 */
export function computeMinutes(state: ConsoleState, now: number): InquiryMinutes {
  const at = effectiveNow(state.clock, now);
  const figures = state.segments.map((s) => ({ segment: s, figures: segmentFigures(state, s, now) }));
  const asked = state.questions
    .filter((q) => state.progress[q.id]?.status !== 'deferred')
    .map((q) => ({ q, own: figures.filter((f) => f.segment.questionId === q.id).map((f) => f.figures) }))
    .filter(({ own }) => own.length > 0)
    .sort((a, b) => (a.own[0]?.startedAt ?? 0) - (b.own[0]?.startedAt ?? 0) || a.q.order - b.q.order)
    .map(({ q, own }) => questionMinutes(state, q, own));
  const askedIds = new Set(asked.map((m) => m.question.id));
  const statements = figures.filter((f) => f.segment.questionId === null).map((f) => f.figures);
  const agenda = agendaFigures(state, at);
  const titleOf = (s: SegmentFigures) => state.agenda.find((i) => i.id === s.agendaItemId)?.title ?? s.label;
  const rows: MinutesRow[] = [
    ...asked.map((m): MinutesRow => {
      const { plannedSeconds, actualSeconds, overtimeSeconds } = m;
      const startedAt = m.segments[0]?.startedAt ?? 0;
      return { kind: 'question', minutes: m, plannedSeconds, actualSeconds, overtimeSeconds, startedAt };
    }),
    ...statements.map((segment): MinutesRow => {
      const { plannedSeconds, actualSeconds, overtimeSeconds, startedAt } = segment;
      const base = { plannedSeconds, actualSeconds, overtimeSeconds, startedAt };
      return { kind: 'statement', title: titleOf(segment), segment, ...base };
    }),
    ...agendaRows(state, agenda, statements),
  ].sort((a, b) => a.startedAt - b.startedAt);
  const startedAt = meetingStart(state);
  const endedAt = state.meetingEndedAt;
  return {
    meetingDate: startedAt === null ? null : toCalendarDate(startedAt),
    asked,
    rows,
    notAsked: notAskedOf(
      state,
      askedIds,
      figures.map((f) => ({ questionId: f.segment.questionId, actualSeconds: f.figures.actualSeconds })),
    ),
    byUnit: totalsBy(asked, (q) => q.unitIds),
    byAsker: totalsBy(asked, (q) => [q.askerId]),
    statements,
    agenda,
    totals: {
      questionsAsked: asked.length,
      plannedSeconds: sum(rows, (x) => x.plannedSeconds),
      actualSeconds: sum(rows, (x) => x.actualSeconds),
      overtimeSeconds: sum(rows, (x) => x.overtimeSeconds),
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
