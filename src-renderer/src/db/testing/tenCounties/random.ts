// Seeded randomness for the ten-county set: the same seed gives the same rows, ids included, on every machine.
import { mulberry32 } from '../../demo/demoRoundsBallots';

export interface Seeded {
  /** Uniform in [0, 1). */
  random: () => number;
  /** An integer in [0, n). */
  below: (n: number) => number;
  /** A random-looking UUID (version 4 layout), from the seed. */
  id: () => string;
  pick: <T>(items: readonly T[]) => T;
}

export function seeded(seed: number): Seeded {
  const random = mulberry32(seed);
  const below = (n: number) => Math.floor(random() * n);
  const hex = (digits: number) => Array.from({ length: digits }, () => below(16).toString(16)).join('');
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + below(4)).toString(16)}${hex(3)}-${hex(12)}`;
  const pick = <T>(items: readonly T[]): T => {
    const item = items[below(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { random, below, id, pick };
}
