// One subject in one rater group, satisfaction tiers: rates, score and outcome from the counts (domain.md §3).

import { add, compare, div, frac, fromDecimal, mul, ZERO, type Fraction } from './fraction';
import type { GroupCounts } from './round';
import type { Denominator, RoundRules } from './rules';
import { positiveTiers, scoredTiers, TIER_ORDER, type ScoredTierId, type TierId } from './tiers';
import type { SubjectTotals } from './totals';

export interface TierMeasures {
  /** Votes per tier, every tier present (0 when not on the ballot). */
  tierCounts: Record<TierId, number>;
  abstain: number;
  void: number;
  /** Marks in a scored tier: not 弃权, not 无效, not 不了解. */
  valid: number;
  unknown: number;
  /** The value of rules.denominator used for the rates and the score, 不了解 already taken out. */
  denominator: number;
  /** (满意 + 基本满意 [+ 比较满意]) ÷ denominator; null when the denominator is 0. */
  satisfactionRate: Fraction | null;
  /** 满意 ÷ denominator; null when the denominator is 0. */
  satisfiedRate: Fraction | null;
  /** Σ tier points × votes ÷ denominator; null when the denominator is 0. */
  score: Fraction | null;
  /** The value of rules.outcomeDenominator (不了解 taken out); null when no outcome is determined. */
  outcomeDenominator: number | null;
  /** Per positive tier, best first: (votes in this tier or a better one) ÷ outcome denominator. */
  outcomeShares: Partial<Record<ScoredTierId, Fraction>> | null;
  outcome: ScoredTierId | null;
}

/**
 * 有效 is the valid marks. 应到 / 实到 / 收回 are people or ballots, from which the 不了解 votes are taken out,
 * because 不了解 is "not in the denominator" whichever denominator is chosen.
 */
export function denominatorValue(
  denominator: Denominator,
  counts: GroupCounts,
  valid: number,
  unknown: number,
): number {
  if (denominator === 'valid') return valid;
  return Math.max(0, counts[denominator] - unknown);
}

function ratio(numerator: Fraction, denominator: number): Fraction | null {
  return denominator > 0 ? div(numerator, frac(denominator)) : null;
}

/** The best positive tier whose cumulative share is more than half; otherwise 不满意. */
export function outcomeFromShares(
  shares: Partial<Record<ScoredTierId, Fraction>>,
  rules: RoundRules,
): ScoredTierId {
  const half = frac(1, 2);
  for (const tier of positiveTiers(rules.tiers)) {
    const share = shares[tier];
    if (share && compare(share, half) > 0) return tier;
  }
  return 'unsatisfied';
}

function cumulativeShares(
  tierCounts: Record<TierId, number>,
  denominator: number,
  rules: RoundRules,
): Partial<Record<ScoredTierId, Fraction>> {
  const shares: Partial<Record<ScoredTierId, Fraction>> = {};
  let cumulative = 0;
  for (const tier of positiveTiers(rules.tiers)) {
    cumulative += tierCounts[tier];
    shares[tier] = frac(cumulative, denominator);
  }
  return shares;
}

export function tierMeasures(totals: SubjectTotals, counts: GroupCounts, rules: RoundRules): TierMeasures {
  const tierCounts = Object.fromEntries(TIER_ORDER.map((tier) => [tier, totals.tiers[tier] ?? 0])) as Record<
    TierId,
    number
  >;
  const scored = scoredTiers(rules.tiers);
  const valid = scored.reduce((total, tier) => total + tierCounts[tier], 0);
  const unknown = rules.tiers.allowUnknown ? tierCounts.unknown : 0;
  const denominator = denominatorValue(rules.denominator, counts, valid, unknown);
  const positive = positiveTiers(rules.tiers).reduce((total, tier) => total + tierCounts[tier], 0);
  const points = scored.reduce(
    (total, tier) => add(total, mul(fromDecimal(rules.tiers.weights[tier]), frac(tierCounts[tier]))),
    ZERO,
  );
  const outcomeDenominator =
    rules.outcomeDenominator === null
      ? null
      : denominatorValue(rules.outcomeDenominator, counts, valid, unknown);
  const outcomeShares =
    outcomeDenominator !== null && outcomeDenominator > 0
      ? cumulativeShares(tierCounts, outcomeDenominator, rules)
      : null;
  return {
    tierCounts,
    abstain: totals.abstain,
    void: totals.void,
    valid,
    unknown,
    denominator,
    satisfactionRate: ratio(frac(positive), denominator),
    satisfiedRate: ratio(frac(tierCounts.satisfied), denominator),
    score: ratio(points, denominator),
    outcomeDenominator,
    outcomeShares,
    outcome: outcomeShares ? outcomeFromShares(outcomeShares, rules) : null,
  };
}
