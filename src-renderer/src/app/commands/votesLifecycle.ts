// Use cases of a round's life (测评): open, close (or void), publish, reopen, reset, show on the projector.
// Each is logged in the round's log at the clock's time; refusals are RoundActionErrors (DomainError codes votes.*).
// Closing and publishing ask for an automatic backup once done (not waited for).
import * as rounds from '../../db/repositories/votes';
import type { OpeningCounts } from '../../domain/votes/lifecycle';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { Command } from '../runtime/services';

type Returned = Readonly<Record<string, number>>;

/** 开始测评: 应到 / 实到 / 发出 per group; refused without a quorum. */
export const openRound: Command<{ roundId: string; counts: OpeningCounts }, VoteRound> = (
  { db, clock },
  { roundId, counts },
) => rounds.openRound(db, roundId, counts, clock.now());

/** 收回并结束: 收回 per group; a void round (收回 > 发出) is refused with the code votes.void. */
export const closeRound: Command<{ roundId: string; returned: Returned }, VoteRound> = async (
  { db, clock, autoBackups },
  { roundId, returned },
) => {
  const round = await rounds.closeRound(db, roundId, returned, clock.now());
  autoBackups.request('close');
  return round;
};

/** A void round: logs the counts that voided it, deletes what was entered, back to draft. */
export const voidRound: Command<{ roundId: string; returned: Returned }, VoteRound> = (
  { db, clock },
  { roundId, returned },
) => rounds.voidRound(db, roundId, returned, clock.now());

/** 公布: counts the round and freezes the result with its fingerprint. */
export const publishRound: Command<{ roundId: string }, VoteRound> = async (
  { db, clock, autoBackups },
  { roundId },
) => {
  const round = await rounds.publishRound(db, roundId, clock.now());
  autoBackups.request('publish');
  return round;
};

/** 重新开启 (with a reason): back to entry; a published result is withdrawn. */
export const reopenRound: Command<{ roundId: string; reason: string }, VoteRound> = (
  { db, clock },
  { roundId, reason },
) => rounds.reopenRound(db, roundId, reason, clock.now());

/** 重置为设置中 (with a reason): deletes what was entered. */
export const resetRound: Command<{ roundId: string; reason: string }, VoteRound> = (
  { db, clock },
  { roundId, reason },
) => rounds.resetRound(db, roundId, reason, clock.now());

/** 在大屏显示 / 取消大屏显示: at most one published round of an activity is shown. */
export const showOnProjector: Command<{ roundId: string; show: boolean }, void> = (
  { db, clock },
  { roundId, show },
) => rounds.setShowOnProjector(db, roundId, show, clock.now());
