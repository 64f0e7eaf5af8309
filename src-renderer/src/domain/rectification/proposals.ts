// Draft items proposed from an activity's results, before the secretary ticks the ones to create: which rounds
// can give them, and which units already have an item from the same source (those start unticked).

import type { VoteRound } from '../votes/roundRecord';
import type { ItemDraft, RectificationItem } from './item';

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

/** The drafts, each marked when one of the activity's items already comes from the same source. */
export function proposalsOf(
  drafts: readonly ItemDraft[],
  items: readonly RectificationItem[],
): DraftProposal[] {
  return drafts.map((draft) => ({ draft, existing: items.some((item) => sameSource(item, draft)) }));
}

/** The proposals ticked at first: those without an item from the same source. */
export function initiallyTicked(proposals: readonly DraftProposal[]): Set<number> {
  return new Set(proposals.flatMap((proposal, index) => (proposal.existing ? [] : [index])));
}
