// The vote on a rectification report: 开始测评 creates a ballot round of the votes feature (subject kind 'report',
// one subject: this item's report, refId = the item id) and moves the item to 测评中 in the same transaction;
// 登记测评结果 reads the published round's frozen result (reportVoteOutcome) and moves the item on.

import type { Instant } from '../../domain/time';
import {
  defaultRules,
  type RoundInput,
  type RoundRules,
  type ScoredTierId,
  type VoteRound,
} from '../../domain/votes';
import { refusal, reportVoteOutcome, type RectificationItem } from '../../domain/rectification';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { applyInTransaction, loadItem, loadRectificationSettings, RectificationError } from './rectification';
import { createRound } from './votes';
import { roundTables } from './votesLog';

/** 县住房和城乡建设局整改情况报告满意度测评, with （第2次） from the second vote on. */
export function reportRoundTitle(unitName: string, voteNumber: number): string {
  return `${unitName}整改情况报告满意度测评${voteNumber > 1 ? `（第${voteNumber}次）` : ''}`;
}

/**
 * The round for a vote on one item's report: the standing committee's members vote (one group), with the default
 * rules, whose outcome (等次) is taken over 应到: "for votes of the standing committee the denominator is usually
 * all members" (domain.md §3).
 */
export function reportRoundRules(): RoundRules {
  return { ...defaultRules('tiers'), outcomeDenominator: 'entitled', bottomN: 0 };
}

export function reportRoundInput(item: RectificationItem, unitName: string): RoundInput {
  return {
    title: reportRoundTitle(unitName, item.round + 1),
    subjectKind: 'report',
    subjects: [{ name: `${unitName}整改情况报告`, refId: item.id }],
    rules: reportRoundRules(),
  };
}

/** 开始测评: creates the round (in draft, to be opened on the round page) and puts the item in 测评中. */
export async function startReportVote(
  db: XunpingDb,
  itemId: string,
  date: string,
  now: Instant,
): Promise<{ item: RectificationItem; round: VoteRound }> {
  return db.transaction(
    'rw',
    [db.rectificationItems, db.units, db.activities, db.settings, ...roundTables(db)],
    async () => {
      const settings = await loadRectificationSettings(db);
      const item = await loadItem(db, itemId);
      if (item.status !== 'reported') throw new RectificationError(refusal('startVote', item.status));
      if (item.activityId === null) {
        throw new RectificationError('该事项不属于任何活动，无法新建测评；请在活动的“整改”页添加整改事项');
      }
      const unit = await db.units.get(item.unitId);
      const round = await createRound(
        db,
        item.activityId,
        reportRoundInput(item, unit?.shortName ?? '（已删除的单位）'),
        now,
      );
      const action = { type: 'startVote', date, roundId: round.id } as const;
      const moved = await applyInTransaction(db, item, action, now, settings);
      return { item: moved, round };
    },
  );
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
  if (!round) return { error: '该测评已被删除；请将本次测评作废后重新开始测评' };
  if (round.stage !== 'published' || !round.published) {
    return { error: '测评结果尚未公布：请在测评页录入测评票、结束并公布结果' };
  }
  return reportVoteOutcome(round.published.result, round.subjects, itemId, round.rules.decimals);
}

/**
 * 登记测评结果: the outcome and figures come from the published round, read in the same transaction.
 * Satisfied → 办结; 不满意 → back to 整改中 with a new report due (default: date + the reportMonths setting).
 */
export async function recordReportVote(
  db: XunpingDb,
  itemId: string,
  input: { date: string; reportDue?: string },
  now: Instant,
): Promise<RectificationItem> {
  return db.transaction('rw', [db.rectificationItems, db.voteRounds, db.settings], async () => {
    const settings = await loadRectificationSettings(db);
    const item = await loadItem(db, itemId);
    if (item.status !== 'voting' || item.voteRoundId === null) {
      throw new RectificationError(refusal('recordVoteOutcome', item.status));
    }
    const round = await db.voteRounds.get(item.voteRoundId);
    const read = outcomeOfRound(round, item.id);
    if ('error' in read) throw new RectificationError(read.error);
    return applyInTransaction(
      db,
      item,
      {
        type: 'recordVoteOutcome',
        date: input.date,
        roundId: item.voteRoundId,
        outcome: read.outcome,
        figures: read.figures,
        ...(input.reportDue ? { reportDue: input.reportDue } : {}),
      },
      now,
      settings,
    );
  });
}

/** The round an item is voting in, for the item page. */
export async function voteRoundOf(db: XunpingDb, item: RectificationItem): Promise<VoteRound | null> {
  if (item.voteRoundId === null) return null;
  const round = await db.voteRounds.get(item.voteRoundId);
  if (!round) throw new NotFoundError('该测评');
  return round;
}
