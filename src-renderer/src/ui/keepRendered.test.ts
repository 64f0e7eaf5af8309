import { describe, expect, it } from 'vitest';
import { keepRendered } from './keepRendered';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('keepRendered', () => {
  it('leaves the indexes as they are without a focused row, or with one among them', () => {
    expect(keepRendered(range(10, 20), null, 500, 40)).toEqual(range(10, 20));
    expect(keepRendered(range(10, 20), 15, 500, 40)).toEqual(range(10, 20));
  });

  it('reaches back to a focused row above, with every row between', () => {
    expect(keepRendered(range(50, 60), 30, 500, 40)).toEqual(range(30, 60));
  });

  it('reaches on to a focused row below, with every row between', () => {
    expect(keepRendered(range(50, 60), 100, 500, 40)).toEqual(range(50, 100));
  });

  it('lets go of a focused row farther than `within`, or one no longer in the list', () => {
    expect(keepRendered(range(100, 110), 59, 500, 40)).toEqual(range(100, 110));
    expect(keepRendered(range(100, 110), 151, 500, 40)).toEqual(range(100, 110));
    expect(keepRendered(range(0, 10), 600, 500, 40)).toEqual(range(0, 10));
  });

  it('renders nothing when there is nothing to render', () => {
    expect(keepRendered([], 3, 0, 40)).toEqual([]);
  });
});
