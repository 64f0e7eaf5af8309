// The bench's one table (`npm run bench`): each figure, its median (or a percentile) over several runs, the
// baseline measured in the same run, their ratio, the budget of issue 13 and whether the figure is within it.
// Pure: the rows come from the Node and browser measurements; timings never go into tests.

export type Unit = 'ms' | 'MB' | 'KB';

/** What the figure must stay under: a value in the row's unit, or a multiple of the baseline. */
export type Budget =
  { kind: 'under'; limit: number } | { kind: 'ratioUnder'; limit: number } | { kind: 'none'; text: string };

export interface MeasuredRow {
  figure: string;
  unit: Unit;
  /** Which statistic of the samples is shown: the median (p50) by default. */
  statistic?: 'median' | 'p95';
  samples: readonly number[];
  baselineLabel: string;
  /** Samples of the baseline in the same run; empty when the row has none. */
  baseline: readonly number[];
  budget: Budget;
  /** Anything the reader must know about how it was measured. */
  note?: string;
}

/** A figure that could not be measured, and why (shown in the measured column). */
export interface SkippedRow {
  figure: string;
  reason: string;
}

export type BenchRow = MeasuredRow | SkippedRow;

export function isSkipped(row: BenchRow): row is SkippedRow {
  return 'reason' in row;
}

/** The q-th percentile (0..1) by linear interpolation between the closest ranks; NaN for no samples. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function statisticOf(row: MeasuredRow, values: readonly number[]): number {
  return row.statistic === 'p95' ? percentile(values, 0.95) : median(values);
}

/** The figure divided by the baseline; null without a baseline (or a zero one). */
export function ratioOf(figure: number, baseline: number): number | null {
  if (!Number.isFinite(figure) || !Number.isFinite(baseline) || baseline === 0) return null;
  return figure / baseline;
}

/** True or false against the budget; null when the row has no budget to check. */
export function withinBudget(budget: Budget, figure: number, ratio: number | null): boolean | null {
  switch (budget.kind) {
    case 'under':
      return Number.isFinite(figure) ? figure < budget.limit : null;
    case 'ratioUnder':
      return ratio === null ? null : ratio < budget.limit;
    case 'none':
      return null;
  }
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '-';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function budgetText(budget: Budget, unit: Unit): string {
  switch (budget.kind) {
    case 'under':
      return `< ${formatValue(budget.limit, unit)}`;
    case 'ratioUnder':
      return `< ${budget.limit}× baseline`;
    case 'none':
      return budget.text;
  }
}

/** One row as the table's cells. */
export function cellsOf(row: BenchRow): string[] {
  if (isSkipped(row)) return [row.figure, row.reason, '-', '-', '-', '-'];
  const stat = row.statistic === 'p95' ? 'p95' : 'median';
  const figure = statisticOf(row, row.samples);
  const base = row.baseline.length > 0 ? statisticOf(row, row.baseline) : Number.NaN;
  const ratio = ratioOf(figure, base);
  const within = withinBudget(row.budget, figure, ratio);
  return [
    row.figure,
    `${formatValue(figure, row.unit)} (${stat} of ${row.samples.length})`,
    row.baseline.length > 0 ? `${row.baselineLabel}: ${formatValue(base, row.unit)}` : row.baselineLabel,
    ratio === null ? '-' : `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×`,
    budgetText(row.budget, row.unit),
    within === null ? '-' : within ? 'yes' : 'NO',
  ];
}

export const HEADERS = ['figure', 'measured', 'baseline (same run)', 'ratio', 'budget', 'within?'];

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/** The table as Markdown (readable as plain text too), with each row's note listed under it. */
export function formatTable(rows: readonly BenchRow[]): string {
  const body = rows.map(cellsOf);
  const widths = HEADERS.map((h, i) => Math.max(width(h), ...body.map((cells) => width(cells[i] ?? ''))));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ')} |`;
  const lines = [line(HEADERS), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const notes = rows.flatMap((row) => (!isSkipped(row) && row.note ? [`- ${row.figure}: ${row.note}`] : []));
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
