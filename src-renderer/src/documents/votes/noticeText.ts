// The sentences of a 测评结果通报, as plain strings: the document only lays them out.
import { DEFAULT_RECTIFICATION_SETTINGS } from '../../domain/rectification/dueDates';
import { isSatisfiedOutcome } from '../../domain/rectification/transitions';
import { formatChineseDate } from '../../domain/time';
import { formatDecimal, formatPercent } from '../../domain/votes/fraction';
import type { RoundResult, SubjectResult } from '../../domain/votes/result';
import { tableNotes } from '../../domain/votes/resultTable';
import { ballotTiers, TIER_LABELS } from '../../domain/votes/tiers';
import {
  evaluationDate,
  isReportRevote,
  organShortName,
  reportUnit,
  subjectNoun,
  type VotesDocContext,
} from './context';

/** Names joined the Chinese way: 甲、乙和丙. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}和${names.at(-1) ?? ''}`;
}

/** The published result; the notice is only written for a published round. */
export function publishedResult(ctx: Pick<VotesDocContext, 'round'>): RoundResult {
  const published = ctx.round.stage === 'published' ? ctx.round.published : null;
  if (!published) throw new Error('只有已公布的测评才能生成结果通报');
  return published.result;
}

/**
 * What was evaluated and when (the meeting's date, evaluationDate), short enough that the results table starts
 * on the first page: 2026年10月30日，宜丰县人大常委会组织开展…，测评对象为县发展和改革委员会等16个单位。经计票，现将
 * 测评结果通报如下。A single report's vote: …组织开展县…整改情况报告满意度测评。
 */
export function openingParagraph(ctx: VotesDocContext): string {
  const { round } = ctx;
  const date = formatChineseDate(evaluationDate(ctx));
  const organ = organShortName(ctx.orgName);
  if (isReportRevote(round)) return `${date}，${organ}组织开展${round.title}。${countsParagraph(ctx)}`;
  const [first] = round.subjects;
  const n = round.subjects.length;
  const noun = subjectNoun(round);
  const subjects = n === 1 ? (first?.name ?? '') : `${first?.name ?? ''}等${n}个${noun}`;
  return `${date}，${organ}组织开展${round.title}，测评对象为${subjects}。经计票，现将测评结果通报如下。`;
}

/** 常委会组成人员应到28人，实到25人，发出测评票25张，收回25张；人大代表应到20人，…。 */
export function countsParagraph(ctx: Pick<VotesDocContext, 'round'>): string {
  const { round } = ctx;
  const counts = round.rules.groups.map((group) => {
    const c = round.counts[group.id] ?? { entitled: 0, present: 0, issued: 0, returned: 0 };
    const who = round.rules.groups.length > 1 ? group.name : `参加测评的${group.name}`;
    return `${who}应到${c.entitled}人，实到${c.present}人，发出测评票${c.issued}张，收回${c.returned}张`;
  });
  return `${round.rules.groups.length > 1 ? '本次测评，' : ''}${counts.join('；')}。`;
}

/**
 * Notes under the results table: how shared ranks are listed, and the notes of the count (a group left out of the
 * composite, no trimming ...), one sentence each.
 */
export function resultNotes(ctx: Pick<VotesDocContext, 'round'>): string[] {
  const result = publishedResult(ctx);
  return [
    ...tableNotes(result).map((note) => note.replace(/。$/, '')),
    ...result.notes,
    ...result.subjects.flatMap((s) => s.notes.map((note) => `${s.name}：${note}`)),
  ];
}

/** The bottom-ranked subjects, in rank order. */
export function bottomNames(ctx: VotesDocContext): string[] {
  return publishedResult(ctx)
    .subjects.filter((s) => s.bottom)
    .map((s) => s.name);
}

/**
 * The bottom units and what follows (domain.md §2 and §4): their heads are called in (约谈) and ordered to
 * rectify, with a plan within 15 days and a report within 3 months, on which the committee votes again.
 * null when no subject is flagged.
 */
export function bottomParagraph(ctx: VotesDocContext): string | null {
  const names = bottomNames(ctx);
  if (names.length === 0) return null;
  const organ = organShortName(ctx.orgName);
  const noun = subjectNoun(ctx.round);
  const key =
    ctx.round.rules.form === 'tiers' && ctx.round.rules.rankBy === 'satisfactionRate' ? '满意率' : '得分';
  const which = names.length > 1 ? `${joinNames(names)}等${names.length}个${noun}` : joinNames(names);
  const { planDays, reportMonths } = ctx.rectification ?? DEFAULT_RECTIFICATION_SETTINGS;
  return (
    `按照${key}排名，${which}排名靠后。${organ}将约谈上述${noun}主要负责人，并责令限期整改：` +
    `整改方案于约谈后${planDays}日内、整改情况报告于${reportMonths}个月内书面报送${organ}，${organ}将听取整改情况报告并进行满意度测评。` +
    `其他${noun}也要针对测评中反映的问题，认真研究改进。`
  );
}

/** 满意17票，基本满意6票，不满意1票，弃权0票，无效0票 (summed over the groups). */
function tierCounts(subject: SubjectResult, ctx: Pick<VotesDocContext, 'round'>): string {
  const add = (pick: (g: SubjectResult['groups'][number]) => number) =>
    subject.groups.reduce((total, g) => total + pick(g), 0);
  const tiers = ballotTiers(ctx.round.rules.tiers).map(
    (tier) => `${TIER_LABELS[tier]}${add((g) => g.tierCounts[tier])}票`,
  );
  return [...tiers, `弃权${add((g) => g.abstain)}票`, `无效${add((g) => g.void)}票`].join('，');
}

/**
 * The result of a vote on one rectification report, in a few sentences: the votes, the rate and score, and what
 * the outcome means for the item (满意 … 办结, or back to rectification with a new report due).
 */
export function reportResultParagraph(ctx: VotesDocContext): string {
  const result = publishedResult(ctx);
  const [subject] = result.subjects;
  const [printed] = ctx.round.subjects;
  if (!subject || !printed) return '';
  const d = ctx.round.rules.decimals;
  const several = ctx.round.rules.groups.length > 1 ? '综合' : '';
  const figures = [
    ctx.round.rules.form === 'tiers' ? tierCounts(subject, ctx) : '',
    subject.satisfactionRate ? `${several}满意率${formatPercent(subject.satisfactionRate, d)}` : '',
    subject.score ? `${several}得分${formatDecimal(subject.score, d)}` : '',
  ].filter((part) => part !== '');
  const text = `经计票，${printed.name}${figures.length > 0 ? `：${figures.join('；')}` : ''}。`;
  if (!subject.outcome) return text;
  const outcome = `测评结果为“${TIER_LABELS[subject.outcome]}”`;
  const unit = reportUnit(printed.name);
  if (isSatisfiedOutcome(subject.outcome)) return `${text}${outcome}，${unit}的整改事项办结。`;
  const organ = organShortName(ctx.orgName);
  const { reportMonths } = ctx.rectification ?? DEFAULT_RECTIFICATION_SETTINGS;
  return (
    `${text}${outcome}。请${unit}继续整改，于${reportMonths}个月内再次书面报送整改情况报告，` +
    `${organ}将再次进行满意度测评。`
  );
}

/** The label of the fingerprint line; the 64 hex digits follow it. */
export const FINGERPRINT_LABEL = '测评票校验码（SHA-256）：';

/** What the fingerprint is, printed under it. */
export const FINGERPRINT_NOTE =
  '校验码由本次测评的计票规则、人数和全部测评票按固定格式计算得出；用同样的测评票和规则重新计票，校验码应与此一致，' +
  '测评票、人数或规则有任何改动，校验码即不相同。';
