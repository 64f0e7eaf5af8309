// What every inquiry document needs besides its own figures: the organ and fonts from the settings, the
// activity, and the names of the people and units it refers to by id. Plain values, no database.
import type { Activity, ActivityUnit } from '../../domain/activity/activity';
import { safeFileName } from '../../domain/fileName';
import type { DocumentFonts } from '../../domain/settings/settings';
import { TITLE_MAX_CHARS, widthInChars } from '../gbt9704';

export interface DocPerson {
  id: string;
  name: string;
  /** 职务, e.g. 县人大常委会委员 */
  title: string;
}

export interface DocUnit {
  id: string;
  fullName: string;
  shortName: string;
}

export interface InquiryDocContext {
  /** Settings.orgName, e.g. 宜丰县人民代表大会常务委员会 */
  orgName: string;
  fonts: DocumentFonts;
  activity: Pick<
    Activity,
    'title' | 'date' | 'venue' | 'chairId' | 'units' | 'participantIds' | 'agendaStart'
  >;
  /** at least everyone the activity and its questions refer to */
  people: readonly DocPerson[];
  units: readonly DocUnit[];
}

const DELETED = '（已删除）';

/** 县人大常委会委员、县人大城乡建设环境保护委员会主任委员 → 县人大常委会委员: a list of titles is long. */
export function firstTitle(title: string): string {
  return title.split(/[、，,；;]/)[0]?.trim() ?? '';
}

function withTitle(name: string, title: string): string {
  return title ? `${name}（${title}）` : name;
}

/** 宜丰县人民代表大会常务委员会 → 宜丰县人大常委会, the form titles of meeting papers use. */
export function organShortName(orgName: string): string {
  return orgName.replace(/人民代表大会常务委员会$/, '人大常委会');
}

/** The topic without a trailing 专题询问, so that titles do not say it twice. */
export function topicOf(ctx: InquiryDocContext): string {
  return ctx.activity.title.replace(/(的)?专题询问(会)?$/, '');
}

/**
 * e.g. 宜丰县人大常委会促进绿色矿山建设专题询问会议程. A title too long for one line breaks after the organ's
 * name (a line break the title layout keeps), rather than wherever the lines come out even.
 */
export function inquiryTitle(ctx: InquiryDocContext, what: string): string {
  const organ = organShortName(ctx.orgName);
  const rest = `${topicOf(ctx)}专题询问${what}`;
  return widthInChars(organ + rest) > TITLE_MAX_CHARS ? `${organ}\n${rest}` : organ + rest;
}

/** A file name for a document of this inquiry, e.g. 促进绿色矿山建设询问会议程.docx */
export function inquiryFileName(ctx: Pick<InquiryDocContext, 'activity'>, what: string): string {
  const topic = ctx.activity.title.replace(/(的)?专题询问(会)?$/, '');
  return safeFileName(`${topic}询问${what}.docx`);
}

/** Name lookups that never fail: a record deleted since shows as （已删除）. */
export function namesOf(ctx: InquiryDocContext) {
  const people = new Map(ctx.people.map((p) => [p.id, p]));
  const units = new Map(ctx.units.map((u) => [u.id, u]));
  const person = (id: string | null) => (id === null ? undefined : people.get(id));
  return {
    person: (id: string): string => person(id)?.name ?? DELETED,
    /** 喻建平（县人大常委会委员）: the name with the first of its titles, or the name alone */
    personWithTitle: (id: string): string => {
      const p = person(id);
      if (!p) return DELETED;
      return withTitle(p.name, firstTitle(p.title));
    },
    chair: (): string | null => {
      const p = person(ctx.activity.chairId);
      return p ? withTitle(p.name, firstTitle(p.title)) : null;
    },
    unitShort: (id: string): string => units.get(id)?.shortName ?? DELETED,
    unitFull: (id: string): string => units.get(id)?.fullName ?? DELETED,
    unitsShort: (ids: readonly string[]): string =>
      ids.map((id) => units.get(id)?.shortName ?? DELETED).join('、'),
  };
}

export type DocNames = ReturnType<typeof namesOf>;

/** 黎志远（县自然资源局局长）; the name alone without a title; empty without a name. */
export function respondentText(respondent: Pick<ActivityUnit, 'respondentName' | 'respondentTitle'>): string {
  const { respondentName: name, respondentTitle: title } = respondent;
  return name ? withTitle(name, title) : '';
}

/** 9:05 in the given time zone (the PC's own when left out). */
export function clockTime(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(ms));
}
