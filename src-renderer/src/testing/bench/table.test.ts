import { describe, expect, it } from 'vitest';
import { cellsOf, formatTable, median, percentile, ratioOf, withinBudget, type MeasuredRow } from './table';

const row = (over: Partial<MeasuredRow> = {}): MeasuredRow => ({
  figure: 'tally 16 units',
  unit: 'ms',
  samples: [30, 10, 20],
  baselineLabel: 'plain loop',
  baseline: [4, 5, 6],
  budget: { kind: 'under', limit: 50 },
  ...over,
});

describe('the bench table', () => {
  it('takes the median of odd and even sample counts, and percentiles between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('divides the figure by the baseline, and has no ratio without one', () => {
    expect(ratioOf(20, 5)).toBe(4);
    expect(ratioOf(20, 0)).toBeNull();
    expect(ratioOf(20, Number.NaN)).toBeNull();
  });

  it('checks a limit, a multiple of the baseline, or nothing', () => {
    expect(withinBudget({ kind: 'under', limit: 50 }, 49, null)).toBe(true);
    expect(withinBudget({ kind: 'under', limit: 50 }, 50, null)).toBe(false);
    expect(withinBudget({ kind: 'ratioUnder', limit: 10 }, 900, 9)).toBe(true);
    expect(withinBudget({ kind: 'ratioUnder', limit: 10 }, 900, 11)).toBe(false);
    expect(withinBudget({ kind: 'ratioUnder', limit: 10 }, 900, null)).toBeNull();
    expect(withinBudget({ kind: 'none', text: 'n/a' }, 1, 1)).toBeNull();
  });

  it('shows the statistic, the baseline, the ratio, the budget and the verdict', () => {
    expect(cellsOf(row())).toEqual([
      'tally 16 units',
      '20.0 ms (median of 3)',
      'plain loop: 5.00 ms',
      '4.0×',
      '< 50.0 ms',
      'yes',
    ]);
    expect(cellsOf(row({ samples: [60, 70, 80] }))[5]).toBe('NO');
    const p95 = cellsOf(
      row({ statistic: 'p95', samples: [1, 2, 3, 4, 100], budget: { kind: 'ratioUnder', limit: 2 } }),
    );
    expect(p95.slice(1)).toEqual(['80.8 ms (p95 of 5)', 'plain loop: 5.90 ms', '14×', '< 2× baseline', 'NO']);
  });

  it('prints one aligned table, with skipped rows saying why and notes below', () => {
    const text = formatTable([
      row({ note: 'Node, no IndexedDB' }),
      { figure: '扫码测评 submit p95', reason: 'not applicable: no 扫码测评' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^\| figure +\| measured +\| baseline \(same run\) +\| ratio \| budget +\| within\? \|$/,
    );
    expect(lines[3]).toMatch(/^\| 扫码测评 submit p95 +\| not applicable: no 扫码测评 +\| - /);
    // Every table line is as wide as the header, counting a CJK character as two columns.
    const w = (s: string) => [...s].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(new Set(lines.slice(0, 4).map(w)).size).toBe(1);
    expect(lines.at(-1)).toBe('- tally 16 units: Node, no IndexedDB');
  });
});
