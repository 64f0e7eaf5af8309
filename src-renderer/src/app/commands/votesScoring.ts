// Use cases of scoring mode (评分模式): entering it (the sign-in and a PIN) and leaving it (with the PIN), both
// logged without names, and one member's vote (a check-in and an anonymous ballot, neither with a time; the
// ballot's id is a fresh random one).
import * as scoring from '../../db/repositories/votesScoring';
import type { ScoringBallot } from '../../db/repositories/votesScoring';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { PIN_PATTERN, pinHash } from '../../domain/votes/scoringSession';
import { RoundActionError } from '../../domain/votes/roundActionError';
import type { Command } from '../runtime/services';

/** presentIds: the group's raters ticked at the sign-in; pin: 4 to 6 digits, needed to leave. */
export const enterScoringMode: Command<
  { roundId: string; groupId: string; presentIds: readonly string[]; pin: string },
  VoteRound
> = async ({ db, clock }, { roundId, groupId, presentIds, pin }) => {
  if (!PIN_PATTERN.test(pin)) throw new RoundActionError('votes.badPin');
  const hash = await pinHash(roundId, pin);
  return scoring.enterScoringMode(db, roundId, { groupId, presentIds, pinHash: hash }, clock.now());
};

/** Refused with 'votes.wrongPin' unless the PIN is the one chosen when entering. */
export const leaveScoringMode: Command<{ roundId: string; pin: string }, void> = async (
  { db, clock },
  { roundId, pin },
) => scoring.leaveScoringMode(db, roundId, await pinHash(roundId, pin), clock.now());

/** One member's vote; refused when they have voted, are not signed in, or the ballots are used up. */
export const submitScoringBallot: Command<
  { roundId: string; personId: string; ballot: ScoringBallot },
  void
> = ({ db, ids }, { roundId, personId, ballot }) =>
  scoring.submitScoringBallot(db, roundId, personId, ballot, ids.next());
