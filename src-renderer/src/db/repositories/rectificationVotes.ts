// The vote on a rectification report, read and written: 开始测评 creates a ballot round of the votes feature and
// moves the item to 测评中 in the same transaction; 登记测评结果 reads the published round and moves the item on.
// The rules (the round's shape, when a vote may start, how the outcome is read) are the domain's (reportVote.ts).

import type { Instant } from '../../domain/time';
import type { VoteRound } from '../../domain/votes';
import {
  assertCanStartVote,
  recordOutcomeAction,
  reportRoundInput,
  type RectificationItem,
} from '../../domain/rectification';
import { nameOr } from '../../domain/names';
import type { XunpingDb } from '../database';
import { applyInTransaction, loadItem, loadRectificationSettings } from './rectification';
import { createRound } from './votes';
import { roundTables } from './votesLog';

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
      assertCanStartVote(item);
      const unit = await db.units.get(item.unitId);
      const round = await createRound(
        db,
        item.activityId,
        reportRoundInput(item, nameOr(unit, 'shortName')),
        now,
      );
      const action = { type: 'startVote', date, roundId: round.id } as const;
      const moved = await applyInTransaction(db, item, action, now, settings);
      return { item: moved, round };
    },
  );
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
    const round = item.voteRoundId === null ? undefined : await db.voteRounds.get(item.voteRoundId);
    return applyInTransaction(db, item, recordOutcomeAction(item, round, input), now, settings);
  });
}
