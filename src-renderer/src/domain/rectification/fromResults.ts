// Draft items prefilled from what an activity produced: an evaluation round's result (the bottom-ranked units and
// any unit rated 不满意, with their figures) or an inquiry's questions (gathered per unit). Also: reading the
// outcome of a vote on a rectification report, to move its item on.

import { formatDecimal, formatPercent } from '../votes/fraction';
import type { RoundResult, SubjectResult } from '../votes/result';
import { TIER_LABELS, type ScoredTierId } from '../votes/tiers';
import { DEFAULT_RECTIFICATION_SETTINGS, type RectificationSettings } from './dueDates';
import { emptyDraft, type ItemDraft } from './item';
import { problemFromQuestionText } from './questionProblem';
import { cleanParagraphs } from './text';

/** A subject of the round and what it stands for (a unit id, or an item id for a vote on reports). */
export interface SubjectRef {
  id: string;
  refId: string | null;
}

/** The unit fields used to prefill the 分管领导 (a directory Unit fits). */
export interface UnitRef {
  id: string;
  supervisorName: string;
  supervisorTitle: string;
}

function deadlines(settings: RectificationSettings): string {
  return `自交办之日起${settings.planDays}日内报送整改方案，${settings.reportMonths}个月内报送整改情况报告。`;
}

export function evaluationRequirements(
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): string {
  return `针对评议中指出的问题，深入查找原因，制定整改方案，明确整改措施、责任人和完成时限，${deadlines(settings)}`;
}

export function inquiryRequirements(
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): string {
  return `针对专题询问中提出的问题，认真研究，逐项整改，${deadlines(settings)}`;
}

function withUnit(draft: ItemDraft, unitId: string, units: readonly UnitRef[]): ItemDraft {
  const unit = units.find((candidate) => candidate.id === unitId);
  if (!unit) return { ...draft, unitId };
  return { ...draft, unitId, supervisorName: unit.supervisorName, supervisorTitle: unit.supervisorTitle };
}

/** 排名第5名（共6个单位）/ 排名并列第5名（共6个单位）, 满意率66.67%, 得分61.33 (parts that exist). */
function figureParts(subject: SubjectResult, result: RoundResult, decimals: number): string[] {
  const parts: string[] = [];
  if (subject.rank !== null) {
    const ranked = result.subjects.filter((other) => other.rank !== null).length;
    const tied = result.subjects.some((other) => other !== subject && other.rank === subject.rank);
    parts.push(`排名${tied ? '并列' : ''}第${subject.rank}名（共${ranked}个单位）`);
  }
  if (subject.satisfactionRate !== null)
    parts.push(`满意率${formatPercent(subject.satisfactionRate, decimals)}`);
  if (subject.score !== null) parts.push(`得分${formatDecimal(subject.score, decimals)}`);
  return parts;
}

export interface EvaluationDraftOptions {
  activityId: string | null;
  roundId: string;
  /** The round's title, printed in the problem, e.g. 优化营商环境工作评议满意度测评. */
  roundTitle: string;
  /** The round's subjects (RoundSubject): refId is the unit id. */
  subjects: readonly SubjectRef[];
  units?: readonly UnitRef[];
  /** Decimals of the figures; use the round's rules.decimals. Default 2. */
  decimals?: number;
  settings?: RectificationSettings;
}

/**
 * One draft per subject that is bottom-ranked (排名靠后) or whose outcome is 不满意, in the result's table order.
 * Refused unless the result is counted (final).
 */
export function draftsFromEvaluation(
  result: RoundResult,
  options: EvaluationDraftOptions,
): { drafts: ItemDraft[] } | { error: string } {
  if (result.status !== 'counted') return { error: '测评结果尚未计票完成，不能据此生成整改事项' };
  const decimals = options.decimals ?? 2;
  const settings = options.settings ?? DEFAULT_RECTIFICATION_SETTINGS;
  const title = cleanParagraphs(options.roundTitle);
  const where = title === '' ? '在本次工作评议中' : `在“${title}”中`;
  const drafts = result.subjects
    .filter((subject) => subject.bottom || subject.outcome === 'unsatisfied')
    .map((subject) => {
      const reasons = [
        subject.bottom ? '排名靠后' : '',
        subject.outcome === 'unsatisfied' ? '测评等次为不满意' : '',
      ]
        .filter((reason) => reason !== '')
        .join('且');
      const parts = figureParts(subject, result, decimals);
      const problem = parts.length > 0 ? `${where}${reasons}：${parts.join('，')}。` : `${where}${reasons}。`;
      const outcome = subject.outcome === null ? [] : [`等次为${TIER_LABELS[subject.outcome]}`];
      const unitId = options.subjects.find((ref) => ref.id === subject.subjectId)?.refId ?? '';
      const draft: ItemDraft = {
        ...emptyDraft(options.activityId),
        problems: [problem],
        requirements: evaluationRequirements(settings),
        source: {
          kind: 'evaluation',
          roundId: options.roundId,
          ...(subject.rank !== null && { rank: subject.rank }),
          figures: [...parts, ...outcome].join('，'),
        },
      };
      return withUnit(draft, unitId, options.units ?? []);
    });
  return { drafts };
}

/** The question fields used (an inquiry Question fits). */
export interface QuestionRef {
  id: string;
  order: number;
  unitIds: readonly string[];
  text: string;
}

export interface InquiryDraftOptions {
  activityId: string | null;
  /** The activity's units in their order; units not listed follow in order of first question. */
  unitOrder?: readonly string[];
  units?: readonly UnitRef[];
  settings?: RectificationSettings;
}

/**
 * One draft per unit asked: its problems are the texts of the questions put to it (in question order, identical
 * texts once), source 'inquiry' with those question ids. A question to several units goes to each of them.
 */
export function draftsFromInquiry(
  questions: readonly QuestionRef[],
  options: InquiryDraftOptions,
): ItemDraft[] {
  const settings = options.settings ?? DEFAULT_RECTIFICATION_SETTINGS;
  const sorted = [...questions].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byUnit = new Map<string, { problems: string[]; questionIds: string[] }>();
  for (const unitId of options.unitOrder ?? []) byUnit.set(unitId, { problems: [], questionIds: [] });
  for (const question of sorted) {
    // restated as a problem: without 请问, whom it addresses and the question mark (edited further in the 样稿)
    const text = problemFromQuestionText(cleanParagraphs(question.text));
    if (text === '') continue;
    for (const unitId of new Set(question.unitIds)) {
      const entry = byUnit.get(unitId) ?? { problems: [], questionIds: [] };
      if (!entry.problems.includes(text)) entry.problems.push(text);
      entry.questionIds.push(question.id);
      byUnit.set(unitId, entry);
    }
  }
  return [...byUnit]
    .filter(([, entry]) => entry.problems.length > 0)
    .map(([unitId, entry]) => {
      const draft: ItemDraft = {
        ...emptyDraft(options.activityId),
        problems: entry.problems,
        requirements: inquiryRequirements(settings),
        source: { kind: 'inquiry', questionIds: entry.questionIds },
      };
      return withUnit(draft, unitId, options.units ?? []);
    });
}

/**
 * The outcome of a vote on rectification reports for one item (the subject whose refId is the item id), with its
 * figures (votes per tier, satisfaction rate), ready for the recordVoteOutcome action.
 */
export function reportVoteOutcome(
  result: RoundResult,
  subjects: readonly SubjectRef[],
  itemId: string,
  decimals = 2,
): { outcome: ScoredTierId; figures: string } | { error: string } {
  if (result.status !== 'counted') return { error: '测评结果尚未计票完成，不能登记测评结果' };
  const ref = subjects.find((subject) => subject.refId === itemId);
  const subject = ref && result.subjects.find((candidate) => candidate.subjectId === ref.id);
  if (!subject) return { error: '本轮测评中没有该事项的整改报告' };
  if (subject.outcome === null)
    return { error: '本轮测评没有得出等次（未设定等次的计算基数或没有有效票），无法判定是否满意' };
  const votes = (tier: ScoredTierId) =>
    subject.groups.reduce((sum, group) => sum + group.tierCounts[tier], 0);
  const tiers: ScoredTierId[] = ['satisfied', 'fairly', 'basic', 'unsatisfied'];
  const parts = tiers
    .filter((tier) => tier !== 'fairly' || votes(tier) > 0)
    .map((tier) => `${TIER_LABELS[tier]}${votes(tier)}票`);
  if (subject.satisfactionRate !== null)
    parts.push(`满意率${formatPercent(subject.satisfactionRate, decimals)}`);
  return { outcome: subject.outcome, figures: parts.join('，') };
}
