import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  decimalPlaces,
  div,
  formatDecimal,
  formatPercent,
  formatWeight,
  frac,
  fromDecimal,
  mul,
  roundHalfUp,
} from './fraction';

describe('fractions', () => {
  it('reduce and keep the denominator positive', () => {
    expect(frac(6, -8)).toEqual({ n: -3n, d: 4n, value: -0.75 });
    expect(frac(0, 5)).toEqual({ n: 0n, d: 1n, value: 0 });
    expect(() => frac(1, 0)).toThrow(RangeError);
  });

  it('read decimals exactly from their shortest form', () => {
    expect(fromDecimal(0.3)).toEqual(frac(3, 10));
    expect(fromDecimal(23.5)).toEqual(frac(47, 2));
    expect(fromDecimal(1e-7)).toEqual(frac(1, 10_000_000));
    expect(fromDecimal(1e21)).toEqual(frac(10n ** 21n));
    expect(decimalPlaces(0.125)).toBe(3);
    expect(decimalPlaces(40)).toBe(0);
    expect(() => fromDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('add without float noise: 0.1 + 0.2 is exactly 0.3', () => {
    expect(compare(add(fromDecimal(0.1), fromDecimal(0.2)), fromDecimal(0.3))).toBe(0);
    expect(mul(frac(2, 3), frac(3, 4))).toEqual(frac(1, 2));
    expect(div(frac(1, 2), frac(1, 4))).toEqual(frac(2));
  });

  it('compare by cross-multiplication', () => {
    expect(compare(frac(11, 12), frac(12, 13))).toBe(-1);
    expect(compare(frac(2, 4), frac(1, 2))).toBe(0);
    expect(compare(frac(-1, 3), frac(-1, 2))).toBe(1);
  });

  it('round half up and format with trailing zeros', () => {
    expect(formatDecimal(frac(245, 3), 2)).toBe('81.67');
    expect(formatDecimal(fromDecimal(81.665), 2)).toBe('81.67');
    expect(formatDecimal(fromDecimal(2.5), 0)).toBe('3');
    expect(formatDecimal(frac(80), 2)).toBe('80.00');
    expect(formatDecimal(frac(1, 200), 2)).toBe('0.01');
    expect(formatDecimal(frac(-5, 3), 1)).toBe('-1.7');
    expect(roundHalfUp(frac(2, 3), 3)).toEqual(frac(667, 1000));
  });

  it('format rates and weights as percentages', () => {
    expect(formatPercent(frac(11, 12), 2)).toBe('91.67%');
    expect(formatPercent(frac(1), 2)).toBe('100.00%');
    expect(formatWeight(frac(1, 2))).toBe('50%');
    expect(formatWeight(frac(5, 8))).toBe('62.5%');
    expect(formatWeight(frac(5, 7))).toBe('71.43%');
    expect(formatWeight(frac(1))).toBe('100%');
  });
});
