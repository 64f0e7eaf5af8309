// 询问会议程: what the secretary prints for the meeting — when, where, who presides, the items in order with
// their planned start times and minutes and speakers, and under the inquiry item the units with the people who answer for them.
import { TabStopType, TextRun, type Document, type FileChild, type Paragraph } from 'docx';
import type { ActivityUnit } from '../../domain/activity/activity';
import { agendaPlannedMinutes, agendaStartTimes, type AgendaItem } from '../../domain/inquiry/agenda';
import { formatChineseDate } from '../../domain/time';
import { CHAR, paragraph, runFonts, TEXT_WIDTH, type DocumentFonts } from '../gbt9704';
import { inquiryTitle, namesOf, type DocNames, type InquiryDocContext } from './context';
import { levelNumber, line, meetingPaper, minutesText } from './paper';

const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * 县自然资源局局长黎志远: the respondent the way an agenda names a person, title before name. A title that
 * does not name the unit gets the unit in front; without a title the unit and the name stand apart.
 */
export function respondentWithUnit(unit: ActivityUnit, names: DocNames): string {
  const short = names.unitShort(unit.unitId);
  const full = names.unitFull(unit.unitId);
  const { respondentName: name, respondentTitle: title } = unit;
  if (!name) return short;
  if (!title) return `${short}${IDEOGRAPHIC_SPACE}${name}`;
  const namesUnit = title.startsWith(short) || title.startsWith(full);
  return `${namesUnit ? '' : short}${title}${name}`;
}

/** 一、09:00 开场（主持人介绍应询人员）, the start when the agenda has one, and its planned minutes flush right. */
function agendaItemLine(
  number: string,
  item: AgendaItem,
  start: string | undefined,
  fonts: DocumentFonts,
  keepNext: boolean,
): Paragraph {
  const run = (text: string) => new TextRun({ text, font: runFonts(fonts.body, fonts) });
  return paragraph({
    indent: { firstLine: 2 * CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    ...(keepNext ? { keepNext: true } : {}),
    children: [
      run(`${number}${start ? `${start}${IDEOGRAPHIC_SPACE}` : ''}${item.title}`),
      run(`\t${minutesText(item.plannedMinutes)}`),
    ],
  });
}

/** The agenda of the inquiry meeting as a Word document. */
export function agendaDocument(ctx: InquiryDocContext, agenda: readonly AgendaItem[]): Document {
  const { fonts } = ctx;
  const names = namesOf(ctx);
  const items = [...agenda].sort((a, b) => a.order - b.order);
  const planned = items.length > 0 ? `（计划用时${minutesText(agendaPlannedMinutes(items))}）` : '';
  const starts = agendaStartTimes(items, ctx.activity.agendaStart);
  const startText = ctx.activity.agendaStart ? ` ${ctx.activity.agendaStart}` : '';
  const facts: [string, string][] = [
    ['时间：', `${formatChineseDate(ctx.activity.date)}${startText}${planned}`],
  ];
  if (ctx.activity.venue) facts.push(['地点：', ctx.activity.venue]);
  const chair = names.chair();
  if (chair) facts.push(['主持人：', chair]);

  const children: FileChild[] = facts.map(([label, text], i) =>
    line(label, text, fonts, { before: i === 0 ? 1 : 0, hanging: true }),
  );
  children.push(line('会议议程：', '', fonts, { before: 1, keepNext: true, labelFont: fonts.heading1 }));
  if (items.length === 0) children.push(line('', '（议程尚未安排）', fonts));
  const units = ctx.activity.units;
  items.forEach((item, index) => {
    const withUnits = item.kind === 'inquiry' && units.length > 0;
    const speaker = item.speaker ?? '';
    children.push(
      agendaItemLine(
        levelNumber(1, index + 1),
        item,
        starts.get(item.id),
        fonts,
        withUnits || speaker !== '',
      ),
    );
    if (speaker) {
      children.push(line('发言人：', speaker, fonts, { indent: 4, hanging: true, keepNext: withUnits }));
    }
    if (!withUnits) return;
    children.push(line('应询单位及应询人：', '', fonts, { indent: 4, keepNext: true }));
    units.forEach((unit, i) => {
      const keepNext = i < units.length - 1;
      children.push(
        line(`${i + 1}.`, respondentWithUnit(unit, names), fonts, { indent: 4, hanging: true, keepNext }),
      );
    });
  });
  return meetingPaper(fonts, inquiryTitle(ctx, '会议程'), children);
}
