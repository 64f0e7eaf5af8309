// The vote on a rectification report (整改情况报告满意度测评): the round it needs, when it may start, how its
// published result is read, and what 登记测评结果 then does to the item. The repository only reads and writes.

import { DomainError, messageFor } from '../errors';
import { addMonths, toCalendarDate } from '../time';
import type { RoundInput, VoteRound } from '../votes/roundRecord';
import { defaultRules, type RoundRules } from '../votes/rules';
import type { ScoredTierId } from '../votes/tiers';
import type { RectificationSettings } from './dueDates';
import { reportVoteOutcome } from './fromResults';
import type { RectificationItem } from './item';
import { refusal } from './transitions';
import type { ItemAction } from './workflow';

/** 县住房和城乡建设局整改情况报告满意度测评, with （第2次） from the second vote on. */
export function reportRoundTitle(unitName: string, voteNumber: number): string {
  return `${unitName}整改情况报告满意度测评${voteNumber > 1 ? `（第${voteNumber}次）` : ''}`;
}

/**
 * The standing committee's members vote (one group), with the default rules, whose outcome (等次) is taken over
 * 应到: "for votes of the standing committee the denominator is usually all members" (domain.md §3).
 */
export function reportRoundRules(): RoundRules {
  return { ...defaultRules('tiers'), outcomeDenominator: 'entitled', bottomN: 0 };
}

/** The round for a vote on one item's report: one subject, the report, whose refId is the item's id. */
export function reportRoundInput(item: RectificationItem, unitName: string): RoundInput {
  return {
    title: reportRoundTitle(unitName, item.round + 1),
    subjectKind: 'report',
    subjects: [{ name: `${unitName}整改情况报告`, refId: item.id }],
    rules: reportRoundRules(),
  };
}

/**
 * 开始测评 is allowed on a report received (已报告) of an item that belongs to an activity (the round is created in
 * it). Throws the reason otherwise.
 */
export function assertCanStartVote(item: RectificationItem): asserts item is RectificationItem & {
  activityId: string;
} {
  if (item.status !== 'reported') {
    throw new DomainError('rectification.refused', { reason: refusal('startVote', item.status) });
  }
  if (item.activityId === null) throw new DomainError('rectification.noActivityForVote');
}

export interface VoteOutcome {
  outcome: ScoredTierId;
  figures: string;
}

/** The outcome for this item of a round, when the round is published; else the reason it cannot be read yet. */
export function outcomeOfRound(
  round: VoteRound | null | undefined,
  itemId: string,
): VoteOutcome | { error: string } {
  if (!round) return { error: messageFor('rectification.voteRoundDeleted') };
  if (round.stage !== 'published' || !round.published) {
    return { error: messageFor('rectification.voteNotPublished') };
  }
  return reportVoteOutcome(round.published.result, round.subjects, itemId, round.rules.decimals);
}

/**
 * 登记测评结果: the workflow action for the outcome the published round gives this item. Satisfied → 办结;
 * 不满意 → back to 整改中 with `reportDue` (the workflow defaults it to date + reportMonths). Throws when the
 * item is not voting in that round or the outcome cannot be read.
 */
export function recordOutcomeAction(
  item: RectificationItem,
  round: VoteRound | null | undefined,
  input: { date: string; reportDue?: string },
): ItemAction {
  if (item.status !== 'voting' || item.voteRoundId === null) {
    throw new DomainError('rectification.refused', { reason: refusal('recordVoteOutcome', item.status) });
  }
  const read = outcomeOfRound(round, item.id);
  if ('error' in read) throw new DomainError('rectification.refused', { reason: read.error });
  return {
    type: 'recordVoteOutcome',
    date: input.date,
    roundId: item.voteRoundId,
    outcome: read.outcome,
    figures: read.figures,
    ...(input.reportDue ? { reportDue: input.reportDue } : {}),
  };
}

/**
 * What 登记测评结果 proposes: the day the result was published (else today) and, for 不满意, the new report
 * deadline that many months later (the reportMonths setting).
 */
export function outcomeDefaults(
  round: VoteRound | null | undefined,
  today: string,
  settings: RectificationSettings,
): { date: string; reportDue: string } {
  const publishedAt = round?.published?.publishedAt;
  const date = publishedAt === undefined ? today : toCalendarDate(publishedAt);
  return { date, reportDue: addMonths(date, settings.reportMonths) };
}

/** The ids of the rounds the items are voting in (to load them). */
export function votingRoundIds(items: readonly RectificationItem[]): string[] {
  return items.flatMap((item) => (item.voteRoundId === null ? [] : [item.voteRoundId]));
}

/** The items whose report vote is published and waits to be recorded (测评结果已公布，待登记). */
export function awaitingOutcome<T extends RectificationItem>(
  items: readonly T[],
  rounds: readonly VoteRound[],
): T[] {
  const published = new Set(rounds.filter((round) => round.stage === 'published').map((round) => round.id));
  return items.filter((item) => item.voteRoundId !== null && published.has(item.voteRoundId));
}
