// The sentences and the results table of a 测评结果通报, as plain strings: the document only lays them out.
import { DEFAULT_RECTIFICATION_SETTINGS } from '../../domain/rectification/dueDates';
import { formatChineseDate } from '../../domain/time';
import { formatDecimal, formatPercent } from '../../domain/votes/fraction';
import type { RoundResult } from '../../domain/votes/result';
import { TIER_LABELS } from '../../domain/votes/tiers';
import type { TableSpec } from '../gbt9704';
import { organShortName, publishedDate, subjectNoun, type VotesDocContext } from './context';

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
 * What was evaluated, when and by whom: 2026年10月30日，宜丰县人大常委会组织开展…，测评对象为县发展和改革委员会等
 * 16个单位。常委会组成人员应到28人，实到25人，发出测评票25张，收回25张；…。现将测评结果通报如下。
 */
export function openingParagraph(ctx: VotesDocContext): string {
  const { round } = ctx;
  const date = formatChineseDate(publishedDate(round) ?? ctx.activity.date);
  const organ = organShortName(ctx.orgName);
  const [first] = round.subjects;
  const n = round.subjects.length;
  const noun = subjectNoun(round);
  const subjects = n === 1 ? (first?.name ?? '') : `${first?.name ?? ''}等${n}个${noun}`;
  const counts = round.rules.groups.map((group) => {
    const c = round.counts[group.id] ?? { entitled: 0, present: 0, issued: 0, returned: 0 };
    const who = round.rules.groups.length > 1 ? group.name : `参加测评的${group.name}`;
    return `${who}应到${c.entitled}人，实到${c.present}人，发出测评票${c.issued}张，收回${c.returned}张`;
  });
  return (
    `${date}，${organ}组织开展${round.title}，测评对象为${subjects}。${counts.join('；')}。` +
    '经计票，现将测评结果通报如下。'
  );
}

/** 名次, 单位, 满意率, 得分, 等次, 备注 (排名靠后), in rank order; a score sheet has no rate or outcome. */
export function noticeTable(ctx: VotesDocContext): Omit<TableSpec, 'fonts'> {
  const { rules } = ctx.round;
  const result = publishedResult(ctx);
  const d = rules.decimals;
  const several = rules.groups.length > 1 ? '综合' : '';
  const tiers = rules.form === 'tiers';
  const outcome = tiers && rules.outcomeDenominator !== null;
  const headers = [
    '名次',
    subjectNoun(ctx.round),
    ...(tiers ? [`${several}满意率`] : []),
    `${several}得分`,
    ...(outcome ? ['等次'] : []),
    '备注',
  ];
  const rows = result.subjects.map((s) => [
    s.rank ?? '—',
    s.name,
    ...(tiers ? [s.satisfactionRate ? formatPercent(s.satisfactionRate, d) : '—'] : []),
    s.score ? formatDecimal(s.score, d) : '—',
    ...(outcome ? [s.outcome ? TIER_LABELS[s.outcome] : '—'] : []),
    s.bottom ? '排名靠后' : s.rank === null ? '未排名' : '',
  ]);
  const weights = [1, 4.4, ...(tiers ? [2] : []), 1.7, ...(outcome ? [1.7] : []), 1.9];
  return {
    headers,
    rows,
    columnWeights: weights,
    align: headers.map((_, i) => (i === 1 ? 'left' : 'center')),
    cellSize: 12,
  };
}

/** Notes of the count (a group left out of the composite, no trimming ...), one sentence each. */
export function resultNotes(ctx: VotesDocContext): string[] {
  const result = publishedResult(ctx);
  return [...result.notes, ...result.subjects.flatMap((s) => s.notes.map((note) => `${s.name}：${note}`))];
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

/** The label of the fingerprint line; the 64 hex digits follow it. */
export const FINGERPRINT_LABEL = '测评票校验码（SHA-256）：';
