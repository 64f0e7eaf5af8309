import { isCalendarDate, type Instant } from '../time';
import { cleanText, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';
import type { TimerMinutes } from '../settings/settings';
import { validateTimerMinutes } from '../settings/settings';

export const ACTIVITY_KINDS = ['inquiry', 'evaluation'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  inquiry: '专题询问',
  evaluation: '工作评议',
};

export const ACTIVITY_STATUSES = ['planning', 'running', 'finished'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planning: '筹备中',
  running: '进行中',
  finished: '已结束',
};

/** A unit taking part, with the person who answers for it (应询人 / 汇报人), usually its head. */
export interface ActivityUnit {
  unitId: string;
  respondentName: string;
  respondentTitle: string;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  /** The topic, e.g. 促进绿色矿山建设 */
  title: string;
  /** yyyy-mm-dd */
  date: string;
  venue: string;
  /** 主持人, a person from the directory */
  chairId: string | null;
  units: ActivityUnit[];
  /** 询问人 of an inquiry, 测评人 of an evaluation */
  participantIds: string[];
  /** Planned minutes per phase; copied from the settings when the activity is created. */
  timerMinutes: TimerMinutes;
  status: ActivityStatus;
  /** 开始时间 of an inquiry meeting's 议程, HH:mm (agenda.ts); absent when not set */
  agendaStart?: string;
  archived: boolean;
  /** Instants (epoch ms), passed in by the caller. */
  createdAt: Instant;
  updatedAt: Instant;
}

export type ActivityInput = Pick<
  Activity,
  'kind' | 'title' | 'date' | 'venue' | 'chairId' | 'units' | 'participantIds' | 'timerMinutes' | 'status'
>;
export type ActivityField = keyof ActivityInput | `timerMinutes.${keyof TimerMinutes}`;

export function participantLabel(kind: ActivityKind): string {
  return kind === 'inquiry' ? '询问人' : '测评人';
}

export function respondentLabel(kind: ActivityKind): string {
  return kind === 'inquiry' ? '应询人' : '汇报人';
}

export function unitsLabel(kind: ActivityKind): string {
  return kind === 'inquiry' ? '应询单位' : '被评议单位';
}

/** A real yyyy-mm-dd day. */
export function isIsoDate(value: string): boolean {
  return isCalendarDate(value);
}

export function normalizeActivity(input: ActivityInput): ActivityInput {
  return {
    ...input,
    title: cleanText(input.title),
    venue: cleanText(input.venue),
    units: input.units.map((u) => ({
      unitId: u.unitId,
      respondentName: cleanText(u.respondentName).replace(/ /g, ''),
      respondentTitle: cleanText(u.respondentTitle),
    })),
    participantIds: [...new Set(input.participantIds)],
  };
}

export function validateActivity(input: ActivityInput): FieldErrors<ActivityField> {
  const errors: FieldErrors<ActivityField> = {};
  if (!(ACTIVITY_KINDS as readonly string[]).includes(input.kind)) errors.kind = '请选择活动类型';
  if (input.title.length === 0) errors.title = '请填写主题，例如：促进绿色矿山建设';
  else if (input.title.length > MAX_TEXT_LENGTH) errors.title = `主题不能超过 ${MAX_TEXT_LENGTH} 个字`;
  if (!isIsoDate(input.date)) errors.date = '请选择日期';
  if (input.venue.length > MAX_TEXT_LENGTH) errors.venue = `地点不能超过 ${MAX_TEXT_LENGTH} 个字`;
  const unitIds = input.units.map((u) => u.unitId);
  if (new Set(unitIds).size !== unitIds.length) errors.units = '同一单位不能重复添加';
  else if (input.status !== 'planning' && input.units.length === 0) {
    errors.units = `开始前请至少添加一个${unitsLabel(input.kind)}`;
  }
  if (input.chairId !== null && input.participantIds.includes(input.chairId) && input.kind === 'inquiry') {
    errors.chairId = '主持人不能同时是询问人';
  }
  return { ...errors, ...validateTimerMinutes(input.timerMinutes) };
}
