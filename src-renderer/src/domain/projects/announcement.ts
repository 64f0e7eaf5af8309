// The text of a 票决结果公告 before any document is made: the title, the paragraphs, the table of every
// candidate with its votes and result, and the rules printed under it. The documents layer lays it out.
import type { DocumentFonts } from '../settings/settings';
import type { GroupCounts } from '../votes/round';
import { formatChineseDate, type CalendarDate } from '../time';
import { formatBudgetWan, type ProjectCandidate } from './candidate';
import type { ProjectDecision } from './projectDecision';
import { describeProjectRules, type ProjectRoundRules } from './projectRules';
import type { ProjectCounts } from './projectTally';

export interface AnnouncementInput {
  /** e.g. 2027年度宜丰县民生实事项目 */
  subject: string;
  /** e.g. 宜丰县第十八届人民代表大会第二次会议 */
  meetingName: string;
  meetingDate: CalendarDate;
  candidates: readonly Pick<ProjectCandidate, 'id' | 'name' | 'unitId' | 'budgetWan'>[];
  unitName: (id: string) => string;
  rules: ProjectRoundRules;
  round: GroupCounts;
  counts: ProjectCounts;
  decision: ProjectDecision;
  /** A 再次票决: the names of the projects the earlier votes of the same activity chose, in order. */
  earlierChosen?: readonly string[];
}

/**
 * What a numbered 票决结果公告 prints besides its round (whose counts and decision are frozen at 公布): stored with
 * its number at the export that takes it, so the same number always prints the same 公告, whatever the 机关, the
 * fonts, the activity or a unit's name say since. Unit names are kept as printed.
 */
export interface AnnouncementSnapshot {
  orgName: string;
  fonts: DocumentFonts;
  subject: string;
  meetingName: string;
  meetingDate: CalendarDate;
  candidates: { id: string; name: string; unitId: string; unit: string; budgetWan: number | null }[];
  /** A 再次票决: the projects the earlier votes chose, as printed. */
  earlierChosen?: string[];
}

export interface AnnouncementContent {
  title: string;
  paragraphs: string[];
  table: { headers: string[]; rows: string[][] };
  rules: string[];
}

export const ANNOUNCEMENT_HEADERS = ['序号', '项目名称', '承办单位', '预算（万元）', '同意票', '结果'];

function resultText(c: ProjectDecision['candidates'][number], places: number): string {
  if (c.chosen) return '当选';
  if (c.tied) return '得票相同，另行票决';
  if (c.passed) return `通过，未进入前 ${places} 项`;
  return '未过半数';
}

/** “甲”、“乙” */
function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join('、');
}

export function announcementContent(input: AnnouncementInput): AnnouncementContent {
  const { decision, counts, round, rules } = input;
  const nameOf = new Map(input.candidates.map((c) => [c.id, c.name]));
  const voided = counts.overMarked + counts.voidOther;
  const chosenNames = quoted(decision.chosen.map((id) => nameOf.get(id) ?? ''));
  const what = rules.runoff
    ? `对${input.subject}中得票相同的 ${input.candidates.length} 个候选项目进行了再次票决`
    : `对${input.subject}的 ${input.candidates.length} 个候选项目进行了票决`;
  const paragraphs = [
    `${formatChineseDate(input.meetingDate)}，${input.meetingName}${what}。应到 ${round.entitled} 人，实到 ${round.present} 人，发出票 ${round.issued} 张，收回 ${counts.returned} 张，其中有效票 ${counts.valid} 张，无效票 ${voided} 张${counts.overMarked > 0 ? `（多选 ${counts.overMarked} 张）` : ''}。`,
  ];
  if (decision.chosen.length > 0) {
    paragraphs.push(
      `根据票决办法，${chosenNames}共 ${decision.chosen.length} 个项目获得${decision.passVotes === null ? '最多' : '过半数'}同意票，确定为${input.subject}。`,
    );
  }
  const earlier = input.earlierChosen ?? [];
  if (earlier.length > 0) {
    paragraphs.push(
      `连同此前票决确定的${quoted(earlier)}，共确定 ${earlier.length + decision.chosen.length} 个项目为${input.subject}。`,
    );
  }
  if (decision.runoff) {
    const tied = quoted(decision.runoff.candidateIds.map((id) => nameOf.get(id) ?? ''));
    paragraphs.push(`${tied}得票相同，对其另行票决，确定剩余的 ${decision.runoff.places} 个项目。`);
  }
  if (decision.placesLeft > 0) {
    paragraphs.push(`过半数的项目不足 ${rules.places} 项，尚余 ${decision.placesLeft} 个名额未确定。`);
  }
  paragraphs.push('现予公告。');
  const rows = decision.candidates.map((c, i) => {
    const candidate = input.candidates.find((x) => x.id === c.id);
    return [
      String(i + 1),
      candidate?.name ?? '',
      candidate ? input.unitName(candidate.unitId) : '',
      formatBudgetWan(candidate?.budgetWan ?? null),
      String(c.votes),
      resultText(c, rules.places),
    ];
  });
  return {
    title: `关于${input.subject}${rules.runoff ? '再次' : ''}票决结果的公告`,
    paragraphs,
    table: { headers: ANNOUNCEMENT_HEADERS, rows },
    rules: [
      ...describeProjectRules(rules, input.candidates.length),
      ...(decision.passVotes === null
        ? []
        : [`本次过半数为 ${decision.passVotes} 票（${decision.denominator} 的半数以上）。`]),
    ],
  };
}
