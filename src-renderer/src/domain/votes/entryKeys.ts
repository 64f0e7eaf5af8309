// Keyboard entry of paper ballots: one key per box on the ballot, 0 for nothing marked (弃权), 9 for more than
// one box marked (无效), X for a wholly void ballot (废票). Every subject must be keyed, so a skipped row is
// never silently an abstention.

import { countTierMark, type Subject, type TierBallot } from './ballots';
import { ballotTiers, TIER_LABELS, type TierId, type TierSettings } from './tiers';

/** What the secretary keyed for one subject. */
export type KeyedMark = { kind: 'tier'; tier: TierId } | { kind: 'abstain' } | { kind: 'void' };

export interface EntryKey {
  key: string;
  mark: KeyedMark;
  label: string;
}

export const ABSTAIN_KEY = '0';
export const VOID_KEY = '9';
/** Marks the whole ballot void (torn, unreadable, not the official form). */
export const WHOLE_VOID_KEY = 'X';

/** The keys of a ballot: 1..n for its boxes in printed order, then 0 and 9. */
export function entryKeys(tiers: TierSettings): EntryKey[] {
  const boxes = ballotTiers(tiers).map((tier, index): EntryKey => ({
    key: String(index + 1),
    mark: { kind: 'tier', tier },
    label: TIER_LABELS[tier],
  }));
  return [
    ...boxes,
    { key: ABSTAIN_KEY, mark: { kind: 'abstain' }, label: '弃权（未画记号）' },
    { key: VOID_KEY, mark: { kind: 'void' }, label: '无效（多选）' },
  ];
}

/** The mark a key stands for, or null when the key means nothing on this ballot. */
export function markForKey(tiers: TierSettings, key: string): KeyedMark | null {
  return entryKeys(tiers).find((entry) => entry.key === key)?.mark ?? null;
}

/** The short word shown in a subject's cell: 满意 / 弃权 / 无效. */
export function keyedLabel(mark: KeyedMark): string {
  if (mark.kind === 'tier') return TIER_LABELS[mark.tier];
  return mark.kind === 'abstain' ? '弃权' : '无效';
}

/**
 * The boxes stored for a keyed mark. The paper's several ticks are stored as the first two boxes: which boxes
 * were ticked changes no count (the subject is 无效 either way), and the fingerprint stays reproducible.
 */
export function ticksOf(mark: KeyedMark, tiers: TierSettings): TierId[] {
  if (mark.kind === 'tier') return [mark.tier];
  if (mark.kind === 'abstain') return [];
  return ballotTiers(tiers).slice(0, 2);
}

/** One entry per subject, in printed order; null: not keyed yet. */
export type BallotDraft = (KeyedMark | null)[];

export function emptyDraft(subjects: readonly Subject[]): BallotDraft {
  return subjects.map(() => null);
}

export type DraftOutcome = { ballot: TierBallot } | { problem: string; index: number };

/** Builds the ballot to save, or says which subject has not been keyed. */
export function ballotFromDraft(
  draft: BallotDraft,
  subjects: readonly Subject[],
  tiers: TierSettings,
  id: string,
  groupId: string,
): DraftOutcome {
  const marks: Record<string, TierId[]> = {};
  for (const [index, subject] of subjects.entries()) {
    const mark = draft[index] ?? null;
    if (mark === null) {
      return {
        index,
        problem: `第 ${index + 1} 项“${subject.name}”还没有录入；未画记号的请按 0（弃权），多选的请按 9（无效）`,
      };
    }
    const ticks = ticksOf(mark, tiers);
    if (ticks.length > 0) marks[subject.id] = ticks;
  }
  return { ballot: { form: 'tiers', id, groupId, wholeVoid: false, marks } };
}

/** A saved ballot back in the entry form, for a correction. */
export function draftFromBallot(ballot: TierBallot, subjects: readonly Subject[]): BallotDraft {
  return subjects.map((subject): KeyedMark => {
    const count = countTierMark(ballot.marks[subject.id]);
    return count.kind === 'tier' ? { kind: 'tier', tier: count.tier } : count;
  });
}

/** The key that stands for a mark on this ballot ("?" when the mark is not on it). */
export function keyOf(mark: KeyedMark, tiers: TierSettings): string {
  const found = entryKeys(tiers).find(
    (entry) =>
      entry.mark.kind === mark.kind &&
      (mark.kind !== 'tier' || (entry.mark.kind === 'tier' && entry.mark.tier === mark.tier)),
  );
  return found?.key ?? '?';
}

/** A ballot as the keys typed, in groups of five for reading back: "11210 11190 1" or "废票（整张无效）". */
export function ballotLine(ballot: TierBallot, subjects: readonly Subject[], tiers: TierSettings): string {
  if (ballot.wholeVoid) return '废票（整张无效）';
  const keys = draftFromBallot(ballot, subjects).map((mark) => (mark === null ? '?' : keyOf(mark, tiers)));
  return keysLine(keys);
}

/** Keys in groups of five, the way a paper is read aloud: "11211 12111 3". */
export function keysLine(keys: readonly string[]): string {
  const groups: string[] = [];
  for (let start = 0; start < keys.length; start += 5) groups.push(keys.slice(start, start + 5).join(''));
  return groups.join(' ');
}
