// Satisfaction tiers: the boxes on a ballot, their labels and their points.

/** Stable ids; stored in ballots and printed nowhere (the UI shows TIER_LABELS). */
export type TierId = 'satisfied' | 'fairly' | 'basic' | 'unsatisfied' | 'unknown';

/** Tiers that carry points and enter the denominator; 不了解 (unknown) is neither. */
export type ScoredTierId = Exclude<TierId, 'unknown'>;

/** 'three': 满意 / 基本满意 / 不满意. 'four': 满意 / 比较满意 / 基本满意 / 不满意. */
export type TierScheme = 'three' | 'four';

export const TIER_LABELS: Record<TierId, string> = {
  satisfied: '满意',
  fairly: '比较满意',
  basic: '基本满意',
  unsatisfied: '不满意',
  unknown: '不了解',
};

/** Every tier, best first, then 不了解: the order of boxes on a ballot and of columns in a result table. */
export const TIER_ORDER: readonly TierId[] = ['satisfied', 'fairly', 'basic', 'unsatisfied', 'unknown'];

export const SCHEME_TIERS: Record<TierScheme, readonly ScoredTierId[]> = {
  three: ['satisfied', 'basic', 'unsatisfied'],
  four: ['satisfied', 'fairly', 'basic', 'unsatisfied'],
};

export const SCHEME_LABELS: Record<TierScheme, string> = {
  three: '三档（满意、基本满意、不满意）',
  four: '四档（满意、比较满意、基本满意、不满意）',
};

/**
 * Points per tier. 100 / 60 / 0 is the common three-tier practice (domain.md §3). The four-tier default keeps those
 * three and puts 比较满意 at 80, halfway between 满意 and 基本满意. All are settings (one province used 100 / 75 / 55).
 */
export const DEFAULT_TIER_WEIGHTS: Readonly<Record<ScoredTierId, number>> = {
  satisfied: 100,
  fairly: 80,
  basic: 60,
  unsatisfied: 0,
};

export interface TierSettings {
  scheme: TierScheme;
  /** Points per tier; the weight of a tier outside the scheme (比较满意 in three tiers) is ignored. */
  weights: Record<ScoredTierId, number>;
  /** Adds a 不了解 box: not scored and left out of every denominator. */
  allowUnknown: boolean;
}

export const DEFAULT_TIER_SETTINGS: TierSettings = {
  scheme: 'three',
  weights: { ...DEFAULT_TIER_WEIGHTS },
  allowUnknown: false,
};

/** The scored tiers of a scheme, best first. */
export function scoredTiers(settings: TierSettings): readonly ScoredTierId[] {
  return SCHEME_TIERS[settings.scheme];
}

/** The boxes printed on a ballot, in order: the scored tiers, then 不了解 when allowed. */
export function ballotTiers(settings: TierSettings): readonly TierId[] {
  const scored: readonly TierId[] = scoredTiers(settings);
  return settings.allowUnknown ? [...scored, 'unknown'] : scored;
}

/**
 * Tiers that count towards the satisfaction rate (满意率): every scored tier except 不满意. With four tiers that is
 * 满意 + 比较满意 + 基本满意, so a four-tier rate means the same thing as a three-tier one: "not dissatisfied".
 */
export function positiveTiers(settings: TierSettings): readonly ScoredTierId[] {
  return scoredTiers(settings).filter((tier) => tier !== 'unsatisfied');
}

export function isTierId(value: unknown): value is TierId {
  return typeof value === 'string' && (TIER_ORDER as readonly string[]).includes(value);
}
