// Use cases of a ballot round's setup (测评): create, edit while in draft, delete while in draft.
import * as rounds from '../../db/repositories/votes';
import type { RoundInput, VoteRound } from '../../domain/votes/roundRecord';
import type { Command } from '../runtime/services';

/** Creates a round of the activity in draft when roundId is null, else saves the edited setup. */
export const saveRound: Command<
  { activityId: string; roundId: string | null; input: RoundInput },
  VoteRound
> = ({ db, clock }, { activityId, roundId, input }) =>
  roundId === null
    ? rounds.createRound(db, activityId, input, clock.now())
    : rounds.updateRoundSetup(db, roundId, input, clock.now());

/** Deletes a round in draft with its log; an opened round must be reset first. */
export const deleteRound: Command<{ roundId: string }, void> = ({ db }, { roundId }) =>
  rounds.deleteRound(db, roundId);
