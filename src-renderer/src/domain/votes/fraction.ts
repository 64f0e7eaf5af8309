// Exact rational numbers on bigint. Every count, rate, score and weight in a tally is a Fraction, so two results
// are equal exactly when they are equal as numbers: no float noise can split or merge a tie.

/** A reduced fraction n/d with d > 0. `value` is the nearest double, for charts and sorting in the UI only. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
  readonly value: number;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBig(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`not a safe integer: ${x}`);
  return BigInt(x);
}

/** n/d, reduced. Numbers must be safe integers; use fromDecimal for 0.3 or 23.5. */
export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = toBig(n);
  let den = toBig(d);
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  num /= g;
  den /= g;
  return { n: num, d: den, value: Number(num) / Number(den) };
}

export const ZERO = frac(0);
export const ONE = frac(1);

interface DecimalParts {
  negative: boolean;
  digits: bigint;
  /** value = digits × 10^exponent */
  exponent: number;
}

function decimalParts(x: number): DecimalParts {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`cannot read number: ${x}`);
  const [, sign = '', whole = '0', fractional = '', exp = '0'] = match;
  return {
    negative: sign === '-',
    digits: BigInt(whole + fractional),
    exponent: Number(exp) - fractional.length,
  };
}

/** The number of decimal places in the shortest decimal form of x (23.5 → 1, 0.125 → 3, 40 → 0). */
export function decimalPlaces(x: number): number {
  return Math.max(0, -decimalParts(x).exponent);
}

/** The exact value of x's shortest decimal form: 0.3 is 3/10, not the double nearest to it. */
export function fromDecimal(x: number): Fraction {
  const { negative, digits, exponent } = decimalParts(x);
  const signed = negative ? -digits : digits;
  return exponent >= 0 ? frac(signed * 10n ** BigInt(exponent)) : frac(signed, 10n ** BigInt(-exponent));
}

export function add(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.n, a.d * b.d);
}

export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return frac(a.n * b.d, a.d * b.n);
}

export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce(add, ZERO);
}

/** -1, 0 or 1, by cross-multiplication (denominators are positive). */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Fraction, b: Fraction): boolean {
  return compare(a, b) === 0;
}

/** Rounds half away from zero to `places` decimals (81.665 → 81.67), exactly. */
export function roundHalfUp(f: Fraction, places: number): Fraction {
  const scale = 10n ** BigInt(places);
  const magnitude = (f.n < 0n ? -f.n : f.n) * scale;
  const rounded = (2n * magnitude + f.d) / (2n * f.d);
  return frac(f.n < 0n ? -rounded : rounded, scale);
}

/** 245/3 with 2 places → "81.67". Rounds half away from zero; keeps trailing zeros ("80.00"). */
export function formatDecimal(f: Fraction, places: number): string {
  const rounded = roundHalfUp(f, places);
  const scaled = (rounded.n * 10n ** BigInt(places)) / rounded.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const decimals = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${negative ? '-' : ''}${whole}${decimals}`;
}

/** 11/12 with 2 places → "91.67%". */
export function formatPercent(f: Fraction, places: number): string {
  return `${formatDecimal(mul(f, frac(100)), places)}%`;
}

/** A weight as a short percentage without trailing zeros: 1/2 → "50%", 5/8 → "62.5%", 5/7 → "71.43%". */
export function formatWeight(f: Fraction): string {
  return `${formatDecimal(mul(f, frac(100)), 2).replace(/\.?0+$/, '')}%`;
}
