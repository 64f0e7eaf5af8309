// 满意度测评 started from the console: a round on the answer to a question, or on each of the activity's units.
// The round itself (counts, ballots or totals, publishing) runs on the round page.
import { NotFoundError } from '../../db/errors';
import { loadConsoleState } from '../../db/repositories/console';
import { createRound } from '../../db/repositories/votes';
import { namesById } from '../../domain/names';
import { answerRoundInput, unitRoundInput } from '../../domain/votes/roundDefaults';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { Command } from '../runtime/services';

/** questionId: the question whose answer is voted on (it may be one added at the meeting); null: each unit. */
export const createConsoleVote: Command<
  { activityId: string; questionId: string | null },
  VoteRound
> = async ({ db, clock }, { activityId, questionId }) => {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  const unitName = namesById(await db.units.toArray(), 'shortName');
  if (questionId === null) {
    const units = activity.units.map((u) => ({ unitId: u.unitId, name: unitName(u.unitId) }));
    return createRound(db, activityId, unitRoundInput(activity, units), clock.now());
  }
  const question = (await loadConsoleState(db, activityId)).questions.find((q) => q.id === questionId);
  if (!question) throw new NotFoundError('该问题');
  const input = answerRoundInput(activity, question, question.unitIds.map(unitName));
  return createRound(db, activityId, input, clock.now());
};
