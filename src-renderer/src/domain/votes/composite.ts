// Combining rater groups: Σ weight × value over the groups that have a value, weights rescaled to sum 1.

import { add, div, formatWeight, mul, sum, ZERO, type Fraction } from './fraction';

export interface GroupValue {
  groupId: string;
  name: string;
  weight: Fraction;
  /** null: the group has no value for this subject and is left out. */
  value: Fraction | null;
}

export interface Combined {
  /** null when no group has a value, or the groups that have one all weigh 0. */
  value: Fraction | null;
  /** Group id → rescaled weight, for the groups used. */
  weights: Record<string, Fraction>;
  /** Groups left out (no value). */
  leftOut: string[];
}

export function combine(values: readonly GroupValue[]): Combined {
  const used = values.filter((item): item is GroupValue & { value: Fraction } => item.value !== null);
  const leftOut = values.filter((item) => item.value === null).map((item) => item.groupId);
  const total = sum(used.map((item) => item.weight));
  if (total.n === 0n) return { value: null, weights: {}, leftOut };
  const weights: Record<string, Fraction> = {};
  let value = ZERO;
  for (const item of used) {
    const weight = div(item.weight, total);
    weights[item.groupId] = weight;
    value = add(value, mul(weight, item.value));
  }
  return { value, weights, leftOut };
}

/** "常委会组成人员 62.5%、服务对象 37.5%" */
export function describeWeights(values: readonly GroupValue[], weights: Record<string, Fraction>): string {
  return values
    .flatMap((item) => {
      const weight = weights[item.groupId];
      return weight ? [`${item.name} ${formatWeight(weight)}`] : [];
    })
    .join('、');
}
