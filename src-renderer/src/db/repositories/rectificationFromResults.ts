// Draft items proposed from what an activity produced: a published evaluation round (bottom-ranked units and any
// 不满意, with their figures) or an inquiry's questions (gathered per unit). The screen shows the proposals, the
// secretary ticks the ones to keep, and createItems stores them.

import {
  draftsFromEvaluation,
  draftsFromInquiry,
  type ItemDraft,
  type RectificationItem,
} from '../../domain/rectification';
import type { VoteRound } from '../../domain/votes';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listQuestions } from './questions';
import { RectificationError, listActivityItems, loadRectificationSettings } from './rectification';

export interface DraftProposal {
  draft: ItemDraft;
  /** An item for this unit from the same round (or the same inquiry) exists already. */
  existing: boolean;
}

/** The rounds whose results can give items: published rounds on units. */
export function isSourceRound(round: VoteRound): boolean {
  return round.subjectKind === 'unit' && round.stage === 'published' && round.published !== null;
}

function sameSource(item: RectificationItem, draft: ItemDraft): boolean {
  if (item.unitId !== draft.unitId || item.source.kind !== draft.source.kind) return false;
  return draft.source.kind !== 'evaluation' || item.source.roundId === draft.source.roundId;
}

async function proposals(db: XunpingDb, activityId: string, drafts: ItemDraft[]): Promise<DraftProposal[]> {
  const items = await listActivityItems(db, activityId);
  return drafts.map((draft) => ({ draft, existing: items.some((item) => sameSource(item, draft)) }));
}

/** One draft per bottom-ranked or 不满意 unit of a published round of the activity; 整改要求 state the set periods. */
export async function evaluationProposals(
  db: XunpingDb,
  activityId: string,
  roundId: string,
): Promise<DraftProposal[]> {
  const round = await db.voteRounds.get(roundId);
  if (!round || round.activityId !== activityId) throw new NotFoundError('该测评');
  if (!isSourceRound(round) || !round.published) {
    throw new RectificationError('只能根据已公布的、以单位为测评对象的测评结果生成整改事项');
  }
  const result = draftsFromEvaluation(round.published.result, {
    activityId,
    roundId,
    roundTitle: round.title,
    subjects: round.subjects,
    units: await db.units.toArray(),
    decimals: round.rules.decimals,
    settings: await loadRectificationSettings(db),
  });
  if ('error' in result) throw new RectificationError(result.error);
  return proposals(db, activityId, result.drafts);
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
  return proposals(db, activityId, drafts);
}
