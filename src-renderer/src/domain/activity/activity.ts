import { isCalendarDate, type Instant } from '../time';
import { cleanText, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';
import type { TimerMinutes } from '../settings/settings';
import { validateTimerMinutes } from '../settings/settings';
import { validateProjectVoteSettings, type ProjectVoteSettings } from '../projects/projectRound';

export const ACTIVITY_KINDS = ['inquiry', 'evaluation', 'project'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  inquiry: '专题询问',
  evaluation: '工作评议',
  project: '民生实事项目票决',
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
  /** A 民生实事项目票决's year, places and denominator; absent for the other kinds. */
  project?: ProjectVoteSettings;
  archived: boolean;
  /** Instants (epoch ms), passed in by the caller. */
  createdAt: Instant;
  updatedAt: Instant;
}

export type ActivityInput = Pick<
  Activity,
  | 'kind'
  | 'title'
  | 'date'
  | 'venue'
  | 'chairId'
  | 'units'
  | 'participantIds'
  | 'timerMinutes'
  | 'status'
  | 'project'
>;
export type ActivityField =
  keyof ActivityInput | `timerMinutes.${keyof TimerMinutes}` | `project.${'year' | 'places' | 'meetingName'}`;

const PARTICIPANT_LABELS: Record<ActivityKind, string> = {
  inquiry: '询问人',
  evaluation: '测评人',
  project: '投票代表',
};
const RESPONDENT_LABELS: Record<ActivityKind, string> = {
  inquiry: '应询人',
  evaluation: '汇报人',
  project: '汇报人',
};
const UNITS_LABELS: Record<ActivityKind, string> = {
  inquiry: '应询单位',
  evaluation: '被评议单位',
  project: '承办单位',
};

export function participantLabel(kind: ActivityKind): string {
  return PARTICIPANT_LABELS[kind];
}

export function respondentLabel(kind: ActivityKind): string {
  return RESPONDENT_LABELS[kind];
}

export function unitsLabel(kind: ActivityKind): string {
  return UNITS_LABELS[kind];
}

/** A real yyyy-mm-dd day. */
export function isIsoDate(value: string): boolean {
  return isCalendarDate(value);
}

export function normalizeActivity(input: ActivityInput): ActivityInput {
  const { project, ...rest } = input;
  return {
    ...rest,
    ...(input.kind === 'project' && project
      ? { project: { ...project, meetingName: cleanText(project.meetingName) } }
      : {}),
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

/** The settings a new 民生实事项目票决 starts with: next year's projects, 10 places, more than half of the valid. */
export function defaultProjectVoteSettings(date: string): ProjectVoteSettings {
  const year = Number(date.slice(0, 4));
  const next = Number.isSafeInteger(year) && year > 0 ? year + 1 : 2027;
  return { year: next, places: 10, denominator: 'valid', meetingName: '' };
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
  else if (input.kind !== 'project' && input.status !== 'planning' && input.units.length === 0) {
    errors.units = `开始前请至少添加一个${unitsLabel(input.kind)}`;
  }
  if (input.chairId !== null && input.participantIds.includes(input.chairId) && input.kind === 'inquiry') {
    errors.chairId = '主持人不能同时是询问人';
  }
  if (input.kind === 'project') {
    if (!input.project) errors.project = '请填写项目年度和限选项数';
    else {
      const project = validateProjectVoteSettings(input.project);
      if (project.year) errors['project.year'] = project.year;
      if (project.places) errors['project.places'] = project.places;
      if (project.meetingName) errors['project.meetingName'] = project.meetingName;
    }
  }
  return { ...errors, ...validateTimerMinutes(input.timerMinutes) };
}
