// Use cases of scoring mode (评分模式): entering and leaving it (logged, without names) and one member's vote
// (a check-in and an anonymous ballot, neither with a time; the ballot's id is a fresh random one).
import * as scoring from '../../db/repositories/votesScoring';
import type { ScoringBallot } from '../../db/repositories/votesScoring';
import type { Command } from '../runtime/services';

export const enterScoringMode: Command<{ roundId: string; groupId: string }, void> = (
  { db, clock },
  { roundId, groupId },
) => scoring.enterScoringMode(db, roundId, groupId, clock.now());

export const leaveScoringMode: Command<{ roundId: string }, void> = ({ db, clock }, { roundId }) =>
  scoring.leaveScoringMode(db, roundId, clock.now());

/** One member's vote; refused when they have voted, are not on the list, or the ballots are used up. */
export const submitScoringBallot: Command<
  { roundId: string; personId: string; ballot: ScoringBallot },
  void
> = ({ db, ids }, { roundId, personId, ballot }) =>
  scoring.submitScoringBallot(db, roundId, personId, ballot, ids.next());
