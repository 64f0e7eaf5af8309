// Score sheets (评分表): how one rater's points for one subject count, and the subject's mean score.

import { add, compare, decimalPlaces, div, frac, fromDecimal, sum, type Fraction } from './fraction';
import { POINT_DECIMALS, type Criterion } from './rules';

/** Criterion id → the points written on the sheet; null or missing: left blank. */
export type SheetMark = Readonly<Record<string, number | null>>;

/**
 * How a sheet counts for one subject. Every criterion blank: 弃权. Some blank, or a number outside 0..max, or more
 * than one decimal: 无效 for that subject only, with the reason. Otherwise the total of the points.
 */
export type SheetMarkCount =
  { kind: 'scored'; total: Fraction } | { kind: 'abstain' } | { kind: 'void'; reason: string };

export function countSheetMark(mark: SheetMark | undefined, criteria: readonly Criterion[]): SheetMarkCount {
  const written = criteria.map((criterion) => mark?.[criterion.id] ?? null);
  if (written.every((points) => points === null)) return { kind: 'abstain' };
  let total = frac(0);
  for (const [index, criterion] of criteria.entries()) {
    const points = written[index] ?? null;
    if (points === null) return { kind: 'void', reason: `“${criterion.name}”未评分` };
    if (!Number.isFinite(points) || points < 0 || points > criterion.max) {
      return { kind: 'void', reason: `“${criterion.name}”的评分超出 0 至 ${criterion.max} 分` };
    }
    if (decimalPlaces(points) > POINT_DECIMALS) {
      return { kind: 'void', reason: `“${criterion.name}”的评分最多保留一位小数` };
    }
    total = add(total, fromDecimal(points));
  }
  return { kind: 'scored', total };
}

export interface SheetScore {
  /** Every valid total, lowest first. */
  totals: Fraction[];
  /** The totals the mean was taken over (without the dropped highest and lowest when trimmed). */
  used: number;
  /** True when the single highest and lowest were dropped. */
  trimmed: boolean;
  /** The mean; null when there is no valid total. */
  score: Fraction | null;
}

/** At least this many totals are needed before the highest and lowest are dropped. */
export const MIN_TOTALS_TO_TRIM = 3;

/** Mean of the totals; with trimExtremes and at least 3 totals, one highest and one lowest are dropped first. */
export function sheetScore(totals: readonly Fraction[], trimExtremes: boolean): SheetScore {
  const sorted = [...totals].sort(compare);
  const trimmed = trimExtremes && sorted.length >= MIN_TOTALS_TO_TRIM;
  const used = trimmed ? sorted.slice(1, -1) : sorted;
  return {
    totals: sorted,
    used: used.length,
    trimmed,
    score: used.length > 0 ? div(sum(used), frac(used.length)) : null,
  };
}
