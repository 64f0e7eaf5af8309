// 会议记录: the record of the inquiry meeting from the console's figures — the meeting's facts, every question in
// the order it was asked with its phases' planned and actual time, totals per unit and per asker, the agenda's
// times and the meeting's total, and the questions that were not asked.
import type { Document, FileChild } from 'docx';
import { formatChineseDate } from '../../domain/time';
import type { InquiryMinutes, QuestionMinutes } from '../../domain/inquiry/minutes';
import { bodyParagraph } from '../gbt9704';
import { clockTime, inquiryTitle, namesOf, type DocNames, type InquiryDocContext } from './context';
import type { Piece } from './lineWrap';
import { duration, nameList, questionRespondents, text, unitRespondent } from './minutesText';
import {
  agendaTimesTable,
  askerTotalsTable,
  notAskedTable,
  overText,
  phasesTable,
  rowsTable,
  unitRows,
  unitTotalsTable,
} from './minutesTables';
import { gap, levelNumber, line, meetingPaper, sectionHeading, wrappedLine } from './paper';

/** Who attended, as the secretary records it; what is left out is taken from the activity or left to fill in. */
export interface MinutesAttendance {
  /** 出席: default the chair and the 询问人 */
  present?: readonly string[];
  /** 列席: default the 应询人 of the units */
  attending?: readonly string[];
  /** 记录人: default a blank to write on */
  recorder?: string;
}

export interface MinutesOptions {
  /** when the figures were taken (epoch ms): a meeting not yet ended is recorded up to here */
  now: number;
  /** time zone of the clock times; the PC's own when left out */
  timeZone?: string;
  attendance?: MinutesAttendance;
}

/** A blank of six characters, underlined, to write a name on. */
const BLANK = '\u3000'.repeat(6);

/**
 * The day the meeting ran (its first event; the activity's planned date before it started), 9:00至12:10, or
 * 9:00开始 and how far the record goes while the meeting runs.
 */
function meetingTime(ctx: InquiryDocContext, minutes: InquiryMinutes, options: MinutesOptions): string {
  const date = formatChineseDate(minutes.meetingDate ?? ctx.activity.date);
  const { startedAt, endedAt } = minutes.totals;
  if (startedAt === null) return date;
  const start = clockTime(startedAt, options.timeZone);
  if (endedAt !== null) return `${date}${start}至${clockTime(endedAt, options.timeZone)}`;
  return `${date}${start}开始（会议尚未结束，本记录截至${clockTime(options.now, options.timeZone)}）`;
}

/** Askers in the order they first asked; everyone the activity lists when nobody has asked yet. */
function askerIds(ctx: InquiryDocContext, minutes: InquiryMinutes): string[] {
  const asked = [...new Set(minutes.asked.map((m) => m.question.askerId))];
  return asked.length > 0 ? asked : [...ctx.activity.participantIds];
}

/** 出席, 列席 and 记录人: as given, else the chair and the 询问人, the units' 应询人, and a blank. */
function attendance(ctx: InquiryDocContext, minutes: InquiryMinutes, options: MinutesOptions): FileChild[] {
  const { fonts } = ctx;
  const names = namesOf(ctx);
  const given = options.attendance ?? {};
  const chairId = ctx.activity.chairId;
  const present =
    given.present ??
    [...new Set([...(chairId ? [chairId] : []), ...askerIds(ctx, minutes)])].map((id) => names.person(id));
  const attending =
    given.attending ?? ctx.activity.units.map((u) => u.respondentName).filter((name) => name !== '');
  const count = (list: readonly string[]) => (list.length > 1 ? `（共${list.length}人）` : '');
  const recorder = given.recorder?.trim() ?? '';
  return [
    wrappedLine('出席：', nameList(present, count(present)), fonts, { hanging: true }),
    wrappedLine('列席：', nameList(attending, count(attending)), fonts, { hanging: true }),
    recorder
      ? wrappedLine('记录人：', nameList([recorder]), fonts, { hanging: true })
      : line('记录人：', BLANK, fonts, { hanging: true, underline: true }),
  ];
}

function facts(ctx: InquiryDocContext, minutes: InquiryMinutes, options: MinutesOptions): FileChild[] {
  const { fonts } = ctx;
  const names = namesOf(ctx);
  const { totals } = minutes;
  const out: FileChild[] = [
    line('时间：', meetingTime(ctx, minutes, options), fonts, { before: 1, hanging: true }),
  ];
  if (ctx.activity.venue) out.push(line('地点：', ctx.activity.venue, fonts, { hanging: true }));
  const chair = names.chair();
  if (chair) {
    const [name = '', title = ''] = chair.split(/(?=（)/);
    out.push(wrappedLine('主持人：', [...nameList([name]), text(title)], fonts, { hanging: true }));
  }
  out.push(...attendance(ctx, minutes, options));
  const units = ctx.activity.units;
  out.push(line('应询单位及应询人：', units.length === 0 ? '无' : '', fonts, { keepNext: units.length > 0 }));
  units.forEach((unit, i) => {
    out.push(wrappedLine(`${i + 1}.`, unitRespondent(unit, names), fonts, { indent: 4, hanging: true }));
  });
  const askers = askerIds(ctx, minutes);
  out.push(
    wrappedLine(
      '询问人：',
      nameList(
        askers.map((id) => names.person(id)),
        `（共${askers.length}人）`,
      ),
      fonts,
      {
        hanging: true,
      },
    ),
  );
  const meeting =
    totals.meetingSeconds === null ? [] : [text('会议时长'), duration(totals.meetingSeconds), text('；')];
  out.push(
    wrappedLine(
      '用时：',
      [
        ...meeting,
        text(`询问${totals.questionsAsked}题；各项计划用时`),
        duration(totals.plannedSeconds),
        text('，实际用时'),
        duration(totals.actualSeconds),
        text('，超时'),
        overDuration(totals.overtimeSeconds),
        text('。'),
      ],
      fonts,
      { hanging: true },
    ),
  );
  return out;
}

/** Overtime in running text: the time over, kept whole, or —. */
function overDuration(seconds: number): Piece {
  return seconds > 0 ? duration(seconds) : text(overText(seconds));
}

const STATUS_NOTES: Partial<Record<QuestionMinutes['status'], string>> = {
  current: '记录时仍在询问。',
  deferred: '暂缓后尚未继续询问。',
  pending: '尚未询问完毕。',
};

/** 追问2次，有补充回答；暂缓1次。 — what happened beyond 提问 and 回答, or nothing. */
function questionNote(m: QuestionMinutes): string {
  const parts: string[] = [];
  if (m.followUps > 0) parts.push(`追问${m.followUps}次`);
  if (m.supplement) parts.push('有补充回答');
  if (m.deferrals > 0) parts.push(`暂缓${m.deferrals}次`);
  const status = STATUS_NOTES[m.status] ?? '';
  return parts.length > 0 ? `${parts.join('，')}。${status}` : status;
}

function questionRecord(
  m: QuestionMinutes,
  index: number,
  ctx: InquiryDocContext,
  names: DocNames,
): FileChild[] {
  const { fonts } = ctx;
  const q = m.question;
  const number = q.unplanned ? '会上临时增加' : `第${q.order}题`;
  const respondents = questionRespondents(q, ctx.activity.units, names);
  const out: FileChild[] = [
    sectionHeading(
      2,
      `${levelNumber(2, index + 1)}${names.person(q.askerId)}询问${names.unitsShort(q.unitIds)}`,
      fonts,
      {
        after: `（${number}）`,
      },
    ),
    wrappedLine('应询人：', respondents.length > 0 ? respondents : [text('未指定')], fonts, {
      keepNext: true,
      hanging: true,
    }),
    line('询问内容：', q.text || '（未记录）', fonts),
  ];
  const note = questionNote(m);
  if (note) out.push(line('', note, fonts, { keepNext: true }));
  out.push(phasesTable(m, fonts), gap());
  return out;
}

function totalsSection(ctx: InquiryDocContext, minutes: InquiryMinutes, names: DocNames): FileChild[] {
  const { fonts } = ctx;
  const { totals } = minutes;
  const out: FileChild[] = [];
  let sub = 0;
  const subHeading = (text: string) => sectionHeading(2, `${levelNumber(2, ++sub)}${text}`, fonts);
  out.push(subHeading('逐项用时'));
  out.push(rowsTable(minutes, names, fonts), gap());
  if (minutes.byUnit.length > 0) {
    out.push(subHeading('按应询单位合计'));
    out.push(unitTotalsTable(unitRows(minutes.byUnit, ctx.activity.units), names, fonts), gap());
    if (minutes.asked.some((m) => m.question.unitIds.length > 1)) {
      out.push(
        bodyParagraph('同时询问几个单位的问题，计入每个单位的合计，各单位合计之和可能大于会议合计。', fonts),
      );
    }
    out.push(subHeading('按询问人合计'));
    out.push(askerTotalsTable(minutes.byAsker, names, fonts), gap());
  }
  if (minutes.agenda.length > 0) {
    out.push(subHeading('议程用时'));
    out.push(agendaTimesTable(minutes.agenda, fonts), gap());
  }
  out.push(
    wrappedLine(
      '',
      [
        text('各项合计计划用时'),
        duration(totals.plannedSeconds),
        text('，实际用时'),
        duration(totals.actualSeconds),
        text('，超时'),
        overDuration(totals.overtimeSeconds),
        ...(totals.meetingSeconds === null
          ? [text('。')]
          : [text('；会议时长'), duration(totals.meetingSeconds), text('。')]),
      ],
      fonts,
    ),
  );
  return out;
}

/** The minutes of the inquiry meeting as a Word document. */
export function minutesDocument(
  ctx: InquiryDocContext,
  minutes: InquiryMinutes,
  options: MinutesOptions,
): Document {
  const { fonts } = ctx;
  const names = namesOf(ctx);
  let section = 0;
  const heading = (text: string) =>
    sectionHeading(1, `${levelNumber(1, ++section)}${text}`, fonts, { before: 1 });
  const children: FileChild[] = [...facts(ctx, minutes, options)];
  children.push(heading('询问情况'));
  if (minutes.asked.length === 0) children.push(line('', '会议尚未询问。', fonts));
  minutes.asked.forEach((m, i) => children.push(...questionRecord(m, i, ctx, names)));
  children.push(heading('用时统计'));
  children.push(...totalsSection(ctx, minutes, names));
  if (minutes.notAsked.length > 0) {
    children.push(heading('未询问的问题'));
    children.push(notAskedTable(minutes.notAsked, names, fonts));
  }
  return meetingPaper(fonts, inquiryTitle(ctx, '会议记录'), children);
}
