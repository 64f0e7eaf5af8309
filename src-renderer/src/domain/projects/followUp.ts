// Following a chosen project (民生实事项目) through the year: 实施中 → 已完成, or 延期 with a reason and a new
// date, progress notes along the way, and at the end the deputies' satisfaction vote on its completion (人大评).
// Pure: today is passed in.
import { daysBetween, isCalendarDate, type CalendarDate } from '../time';
import { cleanText, MAX_TEXT_LENGTH } from '../validation';

export const PROJECT_STATUSES = ['inProgress', 'delayed', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  inProgress: '实施中',
  delayed: '延期',
  completed: '已完成',
};

export interface ProgressNote {
  date: CalendarDate;
  text: string;
}

export interface ProjectFollowUp {
  status: ProjectStatus;
  /** The date it is due: the candidate's planned completion, or the new date of a 延期. */
  dueDate: CalendarDate | null;
  /** Why it was delayed (the latest 延期). */
  delayReason: string;
  completedOn: CalendarDate | null;
  /** Oldest first. */
  notes: ProgressNote[];
}

export type FollowUpAction =
  | { kind: 'note'; date: CalendarDate; text: string }
  | { kind: 'delay'; date: CalendarDate; newDueDate: CalendarDate; reason: string }
  | { kind: 'complete'; date: CalendarDate }
  | { kind: 'resume'; date: CalendarDate };

export function startFollowUp(plannedCompletion: CalendarDate | null): ProjectFollowUp {
  return { status: 'inProgress', dueDate: plannedCompletion, delayReason: '', completedOn: null, notes: [] };
}

/** The new state after an action, or a Chinese message saying why it cannot be done. */
export function applyFollowUp(
  state: ProjectFollowUp,
  action: FollowUpAction,
  today: CalendarDate,
): { state: ProjectFollowUp } | { error: string } {
  if (!isCalendarDate(action.date)) return { error: '请填写有效的日期' };
  if (daysBetween(today, action.date) > 0) return { error: '日期不能晚于今天' };
  const last = state.notes.at(-1);
  switch (action.kind) {
    case 'note': {
      const text = cleanText(action.text);
      if (!text) return { error: '请填写进展情况' };
      if (text.length > MAX_TEXT_LENGTH * 5) return { error: `进展情况不能超过 ${MAX_TEXT_LENGTH * 5} 个字` };
      if (last && daysBetween(last.date, action.date) < 0) {
        return { error: `日期不能早于上一条进展（${last.date}）` };
      }
      return { state: { ...state, notes: [...state.notes, { date: action.date, text }] } };
    }
    case 'delay': {
      if (state.status === 'completed') return { error: '项目已完成，不能延期' };
      const reason = cleanText(action.reason);
      if (!reason) return { error: '请填写延期原因' };
      if (!isCalendarDate(action.newDueDate)) return { error: '请填写新的计划完成时间' };
      if (state.dueDate && daysBetween(state.dueDate, action.newDueDate) <= 0) {
        return { error: `新的计划完成时间应晚于原定的 ${state.dueDate}` };
      }
      return { state: { ...state, status: 'delayed', dueDate: action.newDueDate, delayReason: reason } };
    }
    case 'complete':
      if (state.status === 'completed') return { error: '项目已标记为完成' };
      return { state: { ...state, status: 'completed', completedOn: action.date } };
    case 'resume':
      if (state.status !== 'completed') return { error: '项目尚未完成，无需恢复' };
      return { state: { ...state, status: state.delayReason ? 'delayed' : 'inProgress', completedOn: null } };
  }
}

export type FollowUpAttention =
  | { kind: 'overdue'; days: number }
  | { kind: 'dueSoon'; days: number }
  | { kind: 'noRecentNote'; days: number };

/** Days before the due date when a project shows as 即将到期. */
export const DUE_SOON_DAYS = 30;
/** A project in progress with no note for this long is flagged: the office should ask for one. */
export const NOTE_STALE_DAYS = 90;

/** What the dashboard flags about an unfinished project today; empty when nothing. */
export function followUpAttention(
  state: ProjectFollowUp,
  startedOn: CalendarDate,
  today: CalendarDate,
): FollowUpAttention[] {
  if (state.status === 'completed') return [];
  const flags: FollowUpAttention[] = [];
  if (state.dueDate) {
    const left = daysBetween(today, state.dueDate);
    if (left < 0) flags.push({ kind: 'overdue', days: -left });
    else if (left <= DUE_SOON_DAYS) flags.push({ kind: 'dueSoon', days: left });
  }
  const since = daysBetween(state.notes.at(-1)?.date ?? startedOn, today);
  if (since >= NOTE_STALE_DAYS) flags.push({ kind: 'noRecentNote', days: since });
  return flags;
}

export function attentionText(flag: FollowUpAttention): string {
  switch (flag.kind) {
    case 'overdue':
      return `已超过计划完成时间 ${flag.days} 天`;
    case 'dueSoon':
      return flag.days === 0 ? '今天到期' : `${flag.days} 天后到期`;
    case 'noRecentNote':
      return `已 ${flag.days} 天没有进展记录`;
  }
}
