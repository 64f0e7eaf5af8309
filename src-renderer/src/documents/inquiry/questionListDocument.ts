// 询问题目单: the question list grouped by unit, for the units to prepare and for the meeting. A question put to
// several units is printed in full under the first unit it names (the one that answers first), and the other
// units get a line pointing to it, so every unit finds all of its questions without any text printed twice.
import type { Document, FileChild } from 'docx';
import type { ActivityUnit } from '../../domain/activity/activity';
import type { Question } from '../../domain/inquiry/question';
import { bodyParagraph } from '../gbt9704';
import { inquiryTitle, namesOf, respondentText, type InquiryDocContext } from './context';
import { levelNumber, line, meetingPaper, sectionHeading } from './paper';

export interface UnitQuestions {
  unitId: string;
  /** the unit as the activity lists it, or null for a unit the activity no longer has */
  activityUnit: ActivityUnit | null;
  /** questions whose first unit is this one, by planned order */
  own: Question[];
  /** questions that name this unit after another one, by planned order */
  shared: Question[];
}

/**
 * The questions by unit, in the activity's unit order; units that questions name but the activity no longer
 * lists come after, in the order of their first question.
 */
export function questionsByUnit(
  units: readonly ActivityUnit[],
  questions: readonly Question[],
): UnitQuestions[] {
  const sorted = [...questions].sort((a, b) => a.order - b.order);
  const unitIds = units.map((u) => u.unitId);
  for (const q of sorted) for (const id of q.unitIds) if (!unitIds.includes(id)) unitIds.push(id);
  return unitIds.map((unitId) => ({
    unitId,
    activityUnit: units.find((u) => u.unitId === unitId) ?? null,
    own: sorted.filter((q) => q.unitIds[0] === unitId),
    shared: sorted.filter((q) => q.unitIds.indexOf(unitId) > 0),
  }));
}

function questionBlocks(
  q: Question,
  group: UnitQuestions,
  ctx: InquiryDocContext,
  names: ReturnType<typeof namesOf>,
): FileChild[] {
  const { fonts } = ctx;
  const notes: string[] = [names.personWithTitle(q.askerId)];
  const others = q.unitIds.slice(1);
  if (others.length > 0) notes.push(`同时询问${names.unitsShort(others)}`);
  const unitRespondent = group.activityUnit?.respondentName ?? '';
  if (q.respondentName && q.respondentName !== unitRespondent) {
    notes.push(`应询人：${respondentText(q)}`);
  }
  if (q.unplanned) notes.push('会上临时增加');
  return [
    line(`${q.order}.`, `询问人：${notes.join('；')}`, fonts, { hanging: true, keepNext: true }),
    bodyParagraph(q.text || '（未记录询问内容）', fonts),
  ];
}

/** The question list of the inquiry, grouped by unit, as a Word document. */
export function questionListDocument(ctx: InquiryDocContext, questions: readonly Question[]): Document {
  const { fonts } = ctx;
  const names = namesOf(ctx);
  const groups = questionsByUnit(ctx.activity.units, questions).filter(
    (g) => g.activityUnit !== null || g.own.length > 0 || g.shared.length > 0,
  );
  const children: FileChild[] = [
    line(
      '',
      `共${questions.length}题，按应询单位分列，题号为询问提纲中的序号。` +
        '同时询问几个单位的问题，题目列在第一个单位下，其他单位处注明所在部分。',
      fonts,
      { before: 1 },
    ),
  ];
  const section = new Map(groups.map((g, i) => [g.unitId, levelNumber(1, i + 1).replace('、', '')]));
  groups.forEach((group, index) => {
    const heading = `${levelNumber(1, index + 1)}${names.unitShort(group.unitId)}`;
    const respondent = group.activityUnit ? respondentText(group.activityUnit) : '';
    children.push(sectionHeading(1, heading, fonts, { before: 1 }));
    if (respondent) children.push(line('应询人：', respondent, fonts, { keepNext: true, hanging: true }));
    const all = [...group.own, ...group.shared].sort((a, b) => a.order - b.order);
    for (const q of all) {
      const first = q.unitIds[0] ?? '';
      if (first === group.unitId) {
        children.push(...questionBlocks(q, group, ctx, names));
        continue;
      }
      const where = `与${names.unitShort(first)}共同应询，题目见第${section.get(first) ?? ''}部分`;
      children.push(
        line(`${q.order}.`, `${names.person(q.askerId)}询问，${where}。`, fonts, { hanging: true }),
      );
    }
    if (all.length === 0) children.push(line('', '暂无询问问题。', fonts));
  });
  return meetingPaper(fonts, inquiryTitle(ctx, '题目单'), children);
}
