// Use cases of the vote on a rectification report: 开始测评 (a new ballot round on the report, the item to
// 测评中) and 登记测评结果 (the published outcome moves the item to 办结, or back to 整改中).
import {
  recordReportVote as recordVote,
  startReportVote as startVote,
} from '../../db/repositories/rectificationVotes';
import type { RectificationItem } from '../../domain/rectification';
import type { VoteRound } from '../../domain/votes';
import type { Command } from '../runtime/services';
import { assertFingerprintIntact } from './votesFingerprint';

export const startReportVote: Command<
  { itemId: string; date: string },
  { item: RectificationItem; round: VoteRound }
> = ({ db, clock }, { itemId, date }) => startVote(db, itemId, date, clock.now());

/**
 * reportDue: the new report deadline after 不满意 (default: date + the reportMonths setting). Refused when the
 * round's ballots no longer give the fingerprint frozen at 公布: the outcome would rest on a result not proven.
 * The re-vote is closed with it: an automatic backup follows.
 */
export const recordReportVote: Command<
  { itemId: string; date: string; reportDue?: string },
  RectificationItem
> = async (services, { itemId, ...input }) => {
  const roundId = (await services.db.rectificationItems.get(itemId))?.voteRoundId ?? null;
  if (roundId !== null) await assertFingerprintIntact(services, roundId);
  const item = await recordVote(services.db, itemId, input, services.clock.now());
  services.autoBackups.request('close');
  return item;
};
