// What the projector (大屏) shows, following the agenda: a standby screen before the meeting, each agenda item
// by name with its planned length and its own countdown, the question on (or who is next, only during the
// question item), a 表态发言 with its timer, and a closing screen after 结束会议. Pure: `now` is passed in.
import { AGENDA_KIND_LABELS, type AgendaItem } from './agenda';
import { effectiveNow } from './clock';
import type { ConsoleState } from './consoleState';
import { projectorHeadline, type HeadlineNames } from './projector';
import { levelFor, readSegment, timerReading, type TimerLevel, type TimerReading } from './timer';

/** The countdown of an agenda item since it started (not pausable: the item runs while it is on). */
export interface AgendaReading {
  plannedSeconds: number;
  elapsedSeconds: number;
  remainingSeconds: number;
  level: TimerLevel;
}

export type ProjectorScreen =
  /** blanked by the secretary (K): pure black, whatever the meeting does */
  | { kind: 'blank' }
  /** before the first agenda item or question */
  | { kind: 'standby' }
  /** after 结束会议 */
  | { kind: 'closed' }
  /** a question is on: who asks whom, and its timer (final once stopped) */
  | { kind: 'question'; headline: string; reading: TimerReading | null }
  /** a 表态发言 (or another timed phase outside a question), with who speaks when named; final once stopped */
  | { kind: 'statement'; title: string; speaker: string | null; reading: TimerReading }
  /** between questions, during the question item */
  | { kind: 'next'; headline: string }
  /** an agenda item that is not the questions: 开场, 政府汇报, 满意度测评, 表态发言, 讲话 … */
  | {
      kind: 'agenda';
      item: AgendaItem;
      kindLabel: string;
      plannedMinutes: number;
      reading: AgendaReading | null;
    };

function agendaReading(state: ConsoleState, item: AgendaItem, now: number): AgendaReading | null {
  const run = state.agendaRuns.at(-1);
  if (!run || run.agendaItemId !== item.id) return null;
  const plannedSeconds = item.plannedMinutes * 60;
  const end = run.endedAt ?? effectiveNow(state.clock, now);
  const elapsedSeconds = Math.max(0, Math.floor((end - run.startedAt) / 1000));
  const remainingSeconds = plannedSeconds - elapsedSeconds;
  return { plannedSeconds, elapsedSeconds, remainingSeconds, level: levelFor(remainingSeconds) };
}

/**
 * The 表态发言 that runs, or the last one of the current agenda item once stopped (its final reading, 已结束),
 * until the meeting moves on.
 */
function statementReading(
  state: ConsoleState,
  now: number,
): { reading: TimerReading; speaker: string | null } | null {
  const last = state.segments.at(-1);
  if (!last || last.questionId !== null) return null;
  const on =
    last.endedAt === null || (last.agendaItemId !== null && last.agendaItemId === state.currentAgendaItemId);
  return on ? { reading: readSegment(last, state.clock, now), speaker: last.speaker } : null;
}

/** True once any question was taken: a meeting run without the agenda still shows 下一位 between questions. */
function questionsStarted(state: ConsoleState): boolean {
  return Object.values(state.progress).some((p) => p.takenAt !== null);
}

export function projectorScreen(state: ConsoleState, now: number, names: HeadlineNames): ProjectorScreen {
  if (state.projectorBlanked) return { kind: 'blank' };
  if (state.meetingEndedAt !== null) return { kind: 'closed' };
  const reading = timerReading(state, now);
  if (state.currentQuestion) {
    return { kind: 'question', headline: projectorHeadline(state, reading, names), reading };
  }
  const item = state.currentAgendaItem;
  const statement = statementReading(state, now);
  if (statement) {
    const title = item?.title ?? statement.reading.label;
    return { kind: 'statement', title, speaker: statement.speaker, reading: statement.reading };
  }
  const questionItem = item ? item.kind === 'inquiry' : questionsStarted(state);
  if (questionItem && state.next && state.nextShown) {
    return { kind: 'next', headline: projectorHeadline(state, null, names) };
  }
  if (item) {
    return {
      kind: 'agenda',
      item,
      kindLabel: AGENDA_KIND_LABELS[item.kind],
      plannedMinutes: item.plannedMinutes,
      reading: agendaReading(state, item, now),
    };
  }
  return { kind: 'standby' };
}
