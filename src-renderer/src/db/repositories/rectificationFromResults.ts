// Draft items proposed from what an activity produced: a published evaluation round (bottom-ranked units and any
// 不满意, with their figures) or an inquiry's questions (gathered per unit). This reads what the domain needs
// (fromResults.ts, proposals.ts); the screen shows the proposals and createItems stores the ticked ones.

import { DomainError } from '../../domain/errors';
import {
  draftsFromEvaluation,
  draftsFromInquiry,
  isSourceRound,
  proposalsOf,
  type DraftProposal,
} from '../../domain/rectification';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listQuestions } from './questions';
import { listActivityItems, loadRectificationSettings } from './rectification';

/** One draft per bottom-ranked or 不满意 unit of a published round of the activity; 整改要求 state the set periods. */
export async function evaluationProposals(
  db: XunpingDb,
  activityId: string,
  roundId: string,
): Promise<DraftProposal[]> {
  const round = await db.voteRounds.get(roundId);
  if (!round || round.activityId !== activityId) throw new NotFoundError('该测评');
  if (!isSourceRound(round) || !round.published) throw new DomainError('rectification.notSourceRound');
  const result = draftsFromEvaluation(round.published.result, {
    activityId,
    roundId,
    roundTitle: round.title,
    subjects: round.subjects,
    units: await db.units.toArray(),
    decimals: round.rules.decimals,
    settings: await loadRectificationSettings(db),
  });
  if ('error' in result) throw new DomainError('rectification.refused', { reason: result.error });
  return proposalsOf(result.drafts, await listActivityItems(db, activityId));
}

/** One draft per unit asked at the inquiry, its problems the questions put to it. */
export async function inquiryProposals(db: XunpingDb, activityId: string): Promise<DraftProposal[]> {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  const drafts = draftsFromInquiry(await listQuestions(db, activityId), {
    activityId,
    unitOrder: activity.units.map((unit) => unit.unitId),
    units: await db.units.toArray(),
    settings: await loadRectificationSettings(db),
  });
  return proposalsOf(drafts, await listActivityItems(db, activityId));
}
