// The rules of a project vote round: every one is a visible setting and is printed with the result.
import { DENOMINATOR_LABELS, type Denominator } from '../votes/rules';

export interface ProjectRoundRules {
  /** N: at most this many candidates may be marked on a ballot, and at most this many are chosen. */
  places: number;
  /** A candidate passes with more than half of this number (default: 有效票数, the valid ballots). */
  denominator: Denominator;
  /** Present deputies must be more than half of those entitled, or no vote is held. */
  requireQuorum: boolean;
  /**
   * A second vote among candidates tied at the cut-off: they already passed, so the places go to the most votes
   * with no majority needed (a new tie goes to another vote again).
   */
  runoff: boolean;
}

export function defaultProjectRules(places: number): ProjectRoundRules {
  return { places, denominator: 'valid', requireQuorum: true, runoff: false };
}

/** The denominator's label for a project vote, where 有效 means valid ballots, not valid marks. */
export const PROJECT_DENOMINATOR_LABELS: Record<Denominator, string> = {
  ...DENOMINATOR_LABELS,
  valid: '有效票数（不含多选等无效票）',
};

/** The rules in words, printed under the result and on the announcement. */
export function describeProjectRules(rules: ProjectRoundRules, candidateCount: number): string[] {
  const lines = [
    `候选项目 ${candidateCount} 个，限选 ${rules.places} 项，多选无效；不选任何项目的票为有效票。`,
    '收回票数多于发出票数的，本次票决无效，应重新投票。',
  ];
  if (rules.requireQuorum) lines.push('实到人数须超过应到人数的半数，方可进行票决。');
  if (rules.runoff) {
    lines.push(`本次为对得票相同项目的再次投票：按得票多少确定剩余的 ${rules.places} 个名额。`);
  } else {
    lines.push(
      `项目获得${PROJECT_DENOMINATOR_LABELS[rules.denominator]}的过半数同意票为通过；通过的项目按得票多少排序，超过 ${rules.places} 项时取前 ${rules.places} 项；末位得票相同的，对得票相同的项目再次投票。`,
    );
  }
  return lines;
}
