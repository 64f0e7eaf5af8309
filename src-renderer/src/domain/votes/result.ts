// What a tally returns: everything a results table, a projector slide or a printed 测评结果通报 needs.

import type { Fraction } from './fraction';
import type { TierMeasures } from './measures';
import type { GroupCounts } from './round';
import type { SheetScore } from './sheets';
import type { ScoredTierId } from './tiers';

/**
 * 'counted': final, may be published. 'incomplete': fewer ballots entered than returned; the numbers are
 * provisional (for a live view during entry). 'invalid': rules, counts or entries are wrong, nothing is counted.
 * 'noQuorum': no vote may be held. 'void': more ballots returned than issued, vote again.
 */
export type TallyStatus = 'counted' | 'incomplete' | 'invalid' | 'noQuorum' | 'void';

export const TALLY_STATUS_LABELS: Record<TallyStatus, string> = {
  counted: '已计票',
  incomplete: '录入未完成',
  invalid: '数据有误',
  noQuorum: '不足法定人数',
  void: '本轮无效',
};

export interface GroupSummary {
  groupId: string;
  name: string;
  /** The weight as set in the rules. */
  weight: number;
  counts: GroupCounts;
  /** How this group's votes were entered; 'none' while nothing is entered. */
  entry: 'ballots' | 'totals' | 'none';
  /** Ballots entered (ballots) or returned (totals). */
  entered: number;
  /** Wholly void ballots (废票). */
  wholeVoid: number;
  /** Ballots that count for the subjects: entered minus wholly void. */
  ballots: number;
}

/** One subject in one rater group. Tier fields are 0 / null for score sheets, `sheet` is null for tiers. */
/**
 * One subject in one rater group: the tier measures (for score sheets `valid` counts the valid sheets and
 * `denominator` the totals averaged), the sheet score, and whether the group entered the composite.
 */
export interface GroupSubjectResult extends Omit<TierMeasures, 'outcomeShares'> {
  groupId: string;
  sheet: SheetScore | null;
  /** Whether this group entered the composite for this subject. */
  included: boolean;
}

export interface SubjectResult {
  subjectId: string;
  name: string;
  /** In the order of rules.groups. */
  groups: GroupSubjectResult[];
  /** Composite over groups (with one group: that group's values). null: not computable. */
  score: Fraction | null;
  satisfactionRate: Fraction | null;
  satisfiedRate: Fraction | null;
  outcome: ScoredTierId | null;
  /** Group id → the weight actually used (rescaled to sum 1 over the included groups). */
  weights: Record<string, Fraction>;
  /** 满意 and 不满意 votes summed over groups (the tie-breaker's numbers). */
  satisfiedVotes: number;
  unsatisfiedVotes: number;
  /** 1-based and shared by equal subjects; null: not ranked (no valid votes). */
  rank: number | null;
  /** 排名靠后 */
  bottom: boolean;
  /** Chinese notes to print beside this subject (a group left out, no trimming, ...). */
  notes: string[];
}

export interface RoundResult {
  status: TallyStatus;
  /** Chinese reasons why the result is not final (empty when counted). */
  problems: string[];
  /** Chinese notes for the whole round (a group left out of the composite ...). */
  notes: string[];
  groups: GroupSummary[];
  /** In table order: by rank, equal ranks by name, unranked last. Empty unless counted or incomplete. */
  subjects: SubjectResult[];
  /** describeRules(rules): print under the result. */
  rules: string[];
}
