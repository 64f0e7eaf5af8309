// The rules of one ballot round. Every rule that changes a number is here, is a visible setting, and is printed
// under the result by describeRules (domain.md §3).

import { DEFAULT_TIER_SETTINGS, type TierSettings } from './tiers';

/** 'tiers': satisfaction tiers (满意度测评). 'scoreSheet': criteria with points (评分表). */
export type VoteForm = 'tiers' | 'scoreSheet';

/** The denominator of a rate or score: 应到 / 实到 / 收回 / 有效. */
export type Denominator = 'entitled' | 'present' | 'returned' | 'valid';

export const DENOMINATOR_LABELS: Record<Denominator, string> = {
  entitled: '应到人数',
  present: '实到人数',
  returned: '收回票数',
  valid: '有效票数',
};

/** What subjects are ranked by. A score sheet has no rate, so it always ranks by score. */
export type RankKey = 'score' | 'satisfactionRate';

export const RANK_KEY_LABELS: Record<RankKey, string> = {
  score: '得分',
  satisfactionRate: '满意率',
};

/** 常委会组成人员, 人大代表, 服务对象 ...; weights are fractions (0.5 = 50%). */
export interface RaterGroup {
  id: string;
  name: string;
  weight: number;
}

/** One line of a score sheet, e.g. 依法履职, 25 points. */
export interface Criterion {
  id: string;
  name: string;
  max: number;
}

export interface RoundRules {
  form: VoteForm;
  /** Tier scheme, points and 不了解 (form 'tiers'). */
  tiers: TierSettings;
  /** At least one. With more than one, weights sum to 1 (within 0.001); the composite divides by their sum. */
  groups: RaterGroup[];
  /** Denominator of the satisfaction rate, the satisfied rate and the score (form 'tiers'). */
  denominator: Denominator;
  /** Denominator of the outcome (等次) of a vote on a report; null: no outcome is determined. */
  outcomeDenominator: Denominator | null;
  /** Present raters must be more than half of those entitled, in every group, or no vote is held. */
  requireQuorum: boolean;
  rankBy: RankKey;
  /** Among equal keys: more 满意 votes first, then fewer 不满意 votes (summed over groups). Tiers only. */
  tieBreaker: boolean;
  /** How many subjects at the bottom are flagged 排名靠后 (ties at the cut-off are all flagged). */
  bottomN: number;
  /** Decimals printed for scores and for percentages (rounded half up). */
  decimals: number;
  /** false: rank by exact values. true: rank by the values as printed (rounded to `decimals`). */
  rankByPrintedValue: boolean;
  /** Score sheet lines (form 'scoreSheet'). */
  criteria: Criterion[];
  /** Drop the single highest and the single lowest total (only when there are at least 3). */
  trimExtremes: boolean;
}

export const DEFAULT_GROUP: RaterGroup = { id: 'members', name: '常委会组成人员', weight: 1 };

/** The example of domain.md §2; the ids are fixed so a new round's defaults are reproducible. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'c1', name: '依法履职', max: 25 },
  { id: 'c2', name: '服务效能', max: 25 },
  { id: 'c3', name: '作风建设', max: 25 },
  { id: 'c4', name: '落实审议意见', max: 25 },
];

export function defaultRules(form: VoteForm = 'tiers'): RoundRules {
  return {
    form,
    tiers: { ...DEFAULT_TIER_SETTINGS, weights: { ...DEFAULT_TIER_SETTINGS.weights } },
    groups: [{ ...DEFAULT_GROUP }],
    denominator: 'valid',
    outcomeDenominator: form === 'tiers' ? 'entitled' : null,
    requireQuorum: true,
    rankBy: 'score',
    tieBreaker: false,
    bottomN: 3,
    decimals: 2,
    rankByPrintedValue: false,
    criteria: DEFAULT_CRITERIA.map((criterion) => ({ ...criterion })),
    trimExtremes: false,
  };
}

/** Maximum points a criterion may carry, and the decimals a point value may have. */
export const MAX_CRITERION_POINTS = 1000;
export const POINT_DECIMALS = 1;
/** Tolerance when checking that group weights sum to 1 (0.333 + 0.333 + 0.334 is fine; 0.3 × 3 is not). */
export const WEIGHT_SUM_TOLERANCE = 0.001;
