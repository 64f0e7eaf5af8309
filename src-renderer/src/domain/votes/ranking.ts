// Ranking: exact comparison, shared ranks (1, 2, 2, 4), an optional tie-breaker, and the bottom N flag.

import { compareByStroke } from '../collation';
import { compare, roundHalfUp, type Fraction } from './fraction';

export interface RankItem {
  subjectId: string;
  name: string;
  /** The ranking key (composite score or rate); null: no valid votes, not ranked. */
  key: Fraction | null;
  /** 满意 votes summed over groups, for the tie-breaker. */
  satisfiedVotes: number;
  /** 不满意 votes summed over groups, for the tie-breaker. */
  unsatisfiedVotes: number;
}

export interface RankOptions {
  tieBreaker: boolean;
  bottomN: number;
  /** Compare keys rounded half up to this many decimals; null: compare exact values. */
  roundTo: number | null;
}

export interface Ranked {
  subjectId: string;
  /** 1-based, shared by equal subjects (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  /**
   * Flagged 排名靠后: fewer than bottomN ranked subjects are strictly below it, more than bottomN subjects are
   * ranked, and at least one ranked subject is above it.
   */
  bottom: boolean;
}

/** Negative when a ranks before b, 0 when they share a rank. */
function byStanding(a: RankItem, b: RankItem, options: RankOptions): number {
  if (!a.key || !b.key) return 0;
  const keyA = options.roundTo === null ? a.key : roundHalfUp(a.key, options.roundTo);
  const keyB = options.roundTo === null ? b.key : roundHalfUp(b.key, options.roundTo);
  const byKey = compare(keyB, keyA);
  if (byKey !== 0 || !options.tieBreaker) return byKey;
  if (a.satisfiedVotes !== b.satisfiedVotes) return b.satisfiedVotes - a.satisfiedVotes;
  return a.unsatisfiedVotes - b.unsatisfiedVotes;
}

/** Code-unit order, for ids. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether bottom-N flags anyone: not when the ranked subjects are no more than N (a "bottom 3 of 3" is not a
 * finding, domain.md §2).
 */
export function flagsBottom(rankedCount: number, bottomN: number): boolean {
  return bottomN > 0 && rankedCount > bottomN;
}

/**
 * Ranks subjects; the output is in table order: by rank, equal ranks in the usual name order (stroke
 * collation, compareByStroke) then by id, unranked last. Neither the ranks nor this order depend on the order
 * of the input.
 */
export function rankSubjects(items: readonly RankItem[], options: RankOptions): Ranked[] {
  const ranked = items.filter((item) => item.key !== null);
  const unranked = items.filter((item) => item.key === null);
  const order = (a: RankItem, b: RankItem): number =>
    byStanding(a, b, options) || compareByStroke(a.name, b.name) || byText(a.subjectId, b.subjectId);
  const flags = flagsBottom(ranked.length, options.bottomN);
  const rows = ranked.map((item) => {
    const above = ranked.filter((other) => byStanding(other, item, options) < 0).length;
    const below = ranked.filter((other) => byStanding(other, item, options) > 0).length;
    return { item, rank: above + 1, bottom: flags && above > 0 && below < options.bottomN };
  });
  rows.sort((a, b) => a.rank - b.rank || order(a.item, b.item));
  return [
    ...rows.map(({ item, rank, bottom }) => ({ subjectId: item.subjectId, rank, bottom })),
    ...[...unranked].sort(order).map((item) => ({ subjectId: item.subjectId, rank: null, bottom: false })),
  ];
}
