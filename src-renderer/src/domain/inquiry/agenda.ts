// The agenda (议程) of an inquiry meeting.
import type { TimerMinutes } from '../settings/settings';
import { cleanText, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';

export const AGENDA_KINDS = [
  'opening',
  'report',
  'inquiry',
  'vote',
  'statement',
  'closing',
  'other',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  opening: '开场',
  report: '汇报',
  inquiry: '询问',
  vote: '测评',
  statement: '表态发言',
  closing: '讲话',
  other: '其他',
};

export interface AgendaItem {
  id: string;
  /** 1-based */
  order: number;
  title: string;
  plannedMinutes: number;
  kind: AgendaKind;
  /** 发言人 as the agenda names them, title before name, e.g. 县人民政府副县长 李明; absent when nobody is named */
  speaker?: string;
}

export type AgendaItemInput = Omit<AgendaItem, 'id' | 'order'>;
export type AgendaField = 'title' | 'plannedMinutes' | 'kind' | 'speaker';

export const MIN_AGENDA_MINUTES = 1;
export const MAX_AGENDA_MINUTES = 600;

/** Planned minutes of the default agenda, except the statement, which takes TimerMinutes.statement. */
export const DEFAULT_AGENDA_MINUTES = {
  opening: 10,
  report: 20,
  inquiry: 120,
  vote: 15,
  closing: 15,
} as const;

/** The usual order of an inquiry meeting (domain.md §1); `newId` supplies the ids, in order. */
export function defaultAgenda(newId: () => string, minutes: TimerMinutes): AgendaItem[] {
  const items: AgendaItemInput[] = [
    { kind: 'opening', title: '开场（主持人介绍应询人员）', plannedMinutes: DEFAULT_AGENDA_MINUTES.opening },
    { kind: 'report', title: '政府汇报（或观看专题片）', plannedMinutes: DEFAULT_AGENDA_MINUTES.report },
    { kind: 'inquiry', title: '询问（一问一答）', plannedMinutes: DEFAULT_AGENDA_MINUTES.inquiry },
    { kind: 'vote', title: '满意度测评', plannedMinutes: DEFAULT_AGENDA_MINUTES.vote },
    { kind: 'statement', title: '表态发言', plannedMinutes: minutes.statement },
    { kind: 'closing', title: '主任讲话', plannedMinutes: DEFAULT_AGENDA_MINUTES.closing },
  ];
  return items.map((item, index) => ({ id: newId(), order: index + 1, ...item }));
}

/** Trims the title and the speaker; an empty speaker is left out (the field is optional). */
export function normalizeAgendaItem<T extends AgendaItemInput>(input: T): T {
  const { speaker, ...rest } = input;
  const cleanSpeaker = cleanText(speaker ?? '');
  return { ...rest, title: cleanText(input.title), ...(cleanSpeaker ? { speaker: cleanSpeaker } : {}) } as T;
}

export function validateAgendaItem(input: AgendaItemInput): FieldErrors<AgendaField> {
  const errors: FieldErrors<AgendaField> = {};
  if (input.title.length === 0) errors.title = '请填写议程名称';
  else if (input.title.length > MAX_TEXT_LENGTH) errors.title = `议程名称不能超过 ${MAX_TEXT_LENGTH} 个字`;
  const m = input.plannedMinutes;
  if (!Number.isInteger(m) || m < MIN_AGENDA_MINUTES || m > MAX_AGENDA_MINUTES) {
    errors.plannedMinutes = `计划时长应为 ${MIN_AGENDA_MINUTES} 到 ${MAX_AGENDA_MINUTES} 之间的整数分钟`;
  }
  if (!(AGENDA_KINDS as readonly string[]).includes(input.kind)) errors.kind = '请选择议程类型';
  if (input.speaker !== undefined && input.speaker.length > MAX_TEXT_LENGTH) {
    errors.speaker = `发言人不能超过 ${MAX_TEXT_LENGTH} 个字`;
  }
  return errors;
}

/** Errors of every item that has any, by item id; empty when the whole agenda is valid. */
export function validateAgenda(items: readonly AgendaItem[]): Record<string, FieldErrors<AgendaField>> {
  const result: Record<string, FieldErrors<AgendaField>> = {};
  for (const item of items) {
    const errors = validateAgendaItem(item);
    if (Object.keys(errors).length > 0) result[item.id] = errors;
  }
  return result;
}

/** 政府汇报 — 县人民政府副县长 李明: the item's name with its speaker, for the console and the projector. */
export function agendaItemWithSpeaker(item: Pick<AgendaItem, 'title' | 'speaker'>): string {
  return item.speaker ? `${item.title} — ${item.speaker}` : item.title;
}

export function agendaPlannedMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, item) => sum + item.plannedMinutes, 0);
}

// The 议程's clock: the meeting's start time of day (开始时间) and when each item is planned to begin.

const MINUTES_PER_DAY = 24 * 60;

/** 9:00, 09:00, 9：00 (full-width colon), 0900 → minutes after midnight; null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^(\d{1,2})[:：]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Minutes after midnight → 09:05; past midnight it wraps round (a meeting never runs that late). */
export function formatTimeOfDay(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The start as stored (HH:mm) or null when empty; an error message when it is not a time of day. */
export function normalizeAgendaStart(text: string): { start: string | null } | { error: string } {
  if (text.trim() === '') return { start: null };
  const minutes = parseTimeOfDay(text);
  if (minutes === null) return { error: '开始时间请填时:分，如 09:00 或 14:30' };
  return { start: formatTimeOfDay(minutes) };
}

/**
 * Each item's planned start (HH:mm), in agenda order: the meeting's start plus the planned minutes of the items
 * before it. No start time (or an unreadable one) gives no times: an empty map.
 */
export function agendaStartTimes(
  items: readonly Pick<AgendaItem, 'id' | 'order' | 'plannedMinutes'>[],
  start: string | null | undefined,
): Map<string, string> {
  const times = new Map<string, string>();
  let at = start ? parseTimeOfDay(start) : null;
  if (at === null) return times;
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    times.set(item.id, formatTimeOfDay(at));
    at += item.plannedMinutes;
  }
  return times;
}
