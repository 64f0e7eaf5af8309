// Scoring mode (评分模式): members vote one after another on the machine. Who may vote (the check-in list) and
// how a member's choices become a ballot. The check-in and the ballot are stored apart (see votesScoring.ts).

import type { Subject, TierBallot } from './ballots';
import { ballotTiers, TIER_LABELS, type TierId, type TierSettings } from './tiers';

/** What the check-in list needs of a person. */
export interface ScoringPerson {
  id: string;
  name: string;
  category: string;
  groups: readonly string[];
}

/** A person belongs to a rater group by a tag (测评组) of that name, or by a category of that name. */
export function inRaterGroup(person: Pick<ScoringPerson, 'category' | 'groups'>, groupName: string): boolean {
  return person.category === groupName || person.groups.includes(groupName);
}

/**
 * Who may vote in a group in scoring mode: the activity's participants of that group (the same people the 应到
 * count starts from); when none of them carries the group's name, every participant (a group named freely,
 * e.g. 企业代表, that nobody is tagged with yet). In the participants' order.
 */
export function scoringRaters<P extends ScoringPerson>(participants: readonly P[], groupName: string): P[] {
  const tagged = participants.filter((person) => inRaterGroup(person, groupName));
  return tagged.length > 0 ? tagged : [...participants];
}

/** Names containing the search text (spaces ignored); an empty search matches everyone. */
export function matchesName(name: string, search: string): boolean {
  const needle = search.replace(/\s+/g, '');
  return needle === '' || name.includes(needle);
}

/** One subject on the screen ballot: a tier, explicitly left blank (弃权), or not chosen yet (null). */
export type ScreenChoice = TierId | 'blank' | null;

export type ScreenBallotOutcome =
  { ballot: Pick<TierBallot, 'form' | 'marks'> } | { problem: string; index: number };

/**
 * The marks of a screen ballot, or the first subject still without a choice: on the screen every subject needs
 * a tier or an explicit 不评（弃权）, so nothing is skipped by mistake. A screen ballot is never void.
 */
export function screenBallot(
  choices: readonly ScreenChoice[],
  subjects: readonly Subject[],
  tiers: TierSettings,
): ScreenBallotOutcome {
  const allowed = ballotTiers(tiers);
  const marks: Record<string, TierId[]> = {};
  for (const [index, subject] of subjects.entries()) {
    const choice = choices[index] ?? null;
    if (choice === null) {
      return { index, problem: `第 ${index + 1} 项“${subject.name}”还没有选择；不评价的请选“弃权”` };
    }
    if (choice === 'blank') continue;
    if (!allowed.includes(choice)) {
      return { index, problem: `“${TIER_LABELS[choice]}”不是本轮测评票上的档次` };
    }
    marks[subject.id] = [choice];
  }
  return { ballot: { form: 'tiers', marks } };
}

/** "满意 12 个，基本满意 3 个，弃权 1 个": what the member is about to submit, for the confirmation. */
export function screenBallotSummary(choices: readonly ScreenChoice[], tiers: TierSettings): string {
  const parts: string[] = [];
  for (const tier of ballotTiers(tiers)) {
    const n = choices.filter((choice) => choice === tier).length;
    if (n > 0) parts.push(`${TIER_LABELS[tier]} ${n} 个`);
  }
  const blank = choices.filter((choice) => choice === 'blank').length;
  if (blank > 0) parts.push(`弃权 ${blank} 个`);
  return parts.join('，');
}
