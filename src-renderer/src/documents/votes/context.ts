// What the votes documents need: the organ and fonts from the settings, the activity and the round. Plain
// values, no database: the round page hands in what its hooks already read.
import type { Activity } from '../../domain/activity/activity';
import type { RectificationSettings } from '../../domain/rectification/dueDates';
import type { DocumentFonts } from '../../domain/settings/settings';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { safeFileName } from '../../domain/fileName';
import type { RoundRules } from '../../domain/votes/rules';
import { TITLE_MAX_CHARS, widthInChars } from '../gbt9704';

// The notice's date and default addressee are facts of the round, defined in the domain.
export { defaultAddressee, isReportRevote, publishedDate, reportUnit } from '../../domain/votes/notice';
import { publishedDate } from '../../domain/votes/notice';

export interface VotesDocContext {
  /** Settings.orgName, e.g. 宜丰县人民代表大会常务委员会 */
  orgName: string;
  fonts: DocumentFonts;
  activity: Pick<Activity, 'kind' | 'title' | 'date'>;
  round: VoteRound;
  /** Settings.rectification: the periods the results notice gives the bottom units (defaults when absent). */
  rectification?: Pick<RectificationSettings, 'planDays' | 'reportMonths'>;
  /**
   * The date of the meeting that voted, when it is not the activity's: a vote on a rectification report is held
   * at a later meeting (the item's 开始测评 date). See evaluationDate.
   */
  voteDate?: string;
}

/** 宜丰县人民代表大会常务委员会 → 宜丰县人大常委会, the form titles and running text use. */
export function organShortName(orgName: string): string {
  return orgName.replace(/人民代表大会常务委员会$/, '人大常委会');
}

/** What a subject is called in a column head: 被评议单位, 应询单位, 测评对象 or 整改情况报告. */
export function subjectHeader(ctx: Pick<VotesDocContext, 'activity' | 'round'>): string {
  if (ctx.round.subjectKind === 'unit') return ctx.activity.kind === 'evaluation' ? '被评议单位' : '应询单位';
  if (ctx.round.subjectKind === 'project') return '民生实事项目';
  return ctx.round.subjectKind === 'report' ? '整改情况报告' : '测评对象';
}

/** What a subject is called in running text: 单位, or 测评对象 for answers and reports. */
export function subjectNoun(round: Pick<VoteRound, 'subjectKind'>): string {
  return round.subjectKind === 'unit' ? '单位' : '测评对象';
}

/**
 * The ballot form's title: 优化营商环境工作评议满意度测评表 (the round's title with 表); a score sheet is a 评分表
 * (优化营商环境工作评议测评评分 → 优化营商环境工作评议评分表).
 */
export function ballotFormTitle(
  round: Pick<VoteRound, 'title'> & { rules?: Pick<RoundRules, 'form'> },
): string {
  if (round.rules?.form === 'scoreSheet') {
    if (round.title.endsWith('评分表')) return round.title;
    return `${round.title.replace(/(?:满意度测评表?|测评评分|测评表|评分|测评)$/, '')}评分表`;
  }
  return round.title.endsWith('表') ? round.title : `${round.title}表`;
}

/**
 * The date the evaluation was held, for the text of a notice: the activity's (the meeting's) date; for a vote on a
 * rectification report, held at a later meeting, ctx.voteDate, else the day the result was published.
 */
export function evaluationDate(ctx: Pick<VotesDocContext, 'activity' | 'round' | 'voteDate'>): string {
  if (ctx.round.subjectKind !== 'report') return ctx.activity.date;
  return ctx.voteDate ?? publishedDate(ctx.round) ?? ctx.activity.date;
}

/** The notice's title: 关于优化营商环境工作评议满意度测评结果的通报. */
export function noticeTitle(round: Pick<VoteRound, 'title'>): string {
  return `关于${round.title}结果的通报`;
}

/**
 * A title too long for one line, broken where its words stay whole: after 专题询问 or 工作评议, or before
 * 满意度测评 or 测评, whichever gives the most even lines that fit (关于优化营商环境工作评议 / 满意度测评结果的通报).
 * Without such a place the title layout balances it (splitTitle).
 */
export function breakTitle(text: string, maxChars: number = TITLE_MAX_CHARS): string {
  if (widthInChars(text) <= maxChars) return text;
  const cuts = [
    ...['专题询问', '工作评议'].map((word) => text.indexOf(word) + (text.includes(word) ? word.length : -1)),
    ...['满意度测评', '测评'].map((word) => text.lastIndexOf(word)),
  ].filter((at) => at > 2 && at < text.length - 2);
  const widest = (at: number) => Math.max(widthInChars(text.slice(0, at)), widthInChars(text.slice(at)));
  const best = cuts.filter((at) => widest(at) <= maxChars).sort((a, b) => widest(a) - widest(b))[0];
  return best === undefined ? text : `${text.slice(0, best)}\n${text.slice(best)}`;
}

/** A file name without the characters Windows refuses. */
export function docxFileName(title: string): string {
  return safeFileName(`${title}.docx`);
}
