// Numbers of a result as printed: exact fractions rounded half up to the round's decimals; "—" when none.

import { formatDecimal, formatPercent, type Fraction } from '../../domain/votes/fraction';
import { TIER_LABELS, type ScoredTierId } from '../../domain/votes/tiers';

export function rateText(value: Fraction | null, decimals: number): string {
  return value ? formatPercent(value, decimals) : '—';
}

export function scoreText(value: Fraction | null, decimals: number): string {
  return value ? formatDecimal(value, decimals) : '—';
}

export function outcomeText(outcome: ScoredTierId | null): string {
  return outcome ? TIER_LABELS[outcome] : '—';
}

/** The local date and time of an instant: 2026-11-29 16:00. */
export { timeText } from '../../domain/votes/timeText';
