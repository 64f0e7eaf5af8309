// Warnings for the round setup screen: settings that are allowed but probably not meant. Unlike validateRules
// they do not stop the round from being opened.

import type { Subject } from './ballots';
import { flagsBottom } from './ranking';
import type { RoundRules } from './rules';

/**
 * When bottom N is not below the number of subjects, nobody can be flagged (flagsBottom): say so, or null. The
 * ranked subjects can only be fewer than the subjects, so this is the best case.
 */
export function bottomNWarning(bottomN: number, subjectCount: number): string | null {
  if (bottomN <= 0 || subjectCount <= 0 || flagsBottom(subjectCount, bottomN)) return null;
  return (
    `排名靠后的个数为 ${bottomN}，测评对象只有 ${subjectCount} 个：参加排名的不超过 ${bottomN} 个时不标记排名靠后，` +
    `本轮不会有排名靠后的测评对象。如需标记，请把个数改为小于 ${subjectCount}。`
  );
}

/** Every warning of a round's setup, in Chinese, for the screen to show beside the settings. */
export function setupWarnings(rules: RoundRules, subjects: readonly Subject[]): string[] {
  const bottom = bottomNWarning(rules.bottomN, subjects.length);
  return bottom ? [bottom] : [];
}
