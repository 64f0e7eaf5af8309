import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { RoundResult } from '../../domain/votes/result';
import type { RoundRules } from '../../domain/votes/rules';
import { roundHalfUp } from '../../domain/votes/fraction';

/** Horizontal bars of the ranking key (score or rate), in rank order; bottom-ranked subjects in red. */
export function ResultsChart({ result, rules }: { result: RoundResult; rules: RoundRules }) {
  const byRate = rules.form === 'tiers' && rules.rankBy === 'satisfactionRate';
  const key = byRate ? '满意率（%）' : '得分';
  const data = result.subjects
    .filter((s) => (byRate ? s.satisfactionRate : s.score) !== null)
    .map((s) => {
      const value = byRate ? s.satisfactionRate : s.score;
      const printed = value ? roundHalfUp(value, rules.decimals + (byRate ? 2 : 0)).value : 0;
      return {
        name: s.name,
        [key]: byRate ? Number((printed * 100).toFixed(rules.decimals)) : printed,
        // Mantine colours a bar by its row's `color`: bottom-ranked subjects in red.
        color: s.bottom ? 'red.6' : 'blue.6',
      };
    });
  return (
    <BarChart
      aria-label="结果图"
      h={Math.max(160, data.length * 30 + 50)}
      data={data}
      dataKey="name"
      orientation="vertical"
      series={[{ name: key, color: 'blue.6' }]}
      valueFormatter={(value) => value.toFixed(rules.decimals)}
      yAxisProps={{ width: 170 }}
      xAxisProps={{ domain: [0, byRate ? 100 : 'auto'], tickFormatter: (value: number) => String(value) }}
      withBarValueLabel
      valueLabelProps={{ position: 'right', fontSize: 12, fill: 'var(--mantine-color-dark-6)' }}
      barChartProps={{ margin: { right: 56 } }}
      gridAxis="x"
      tickLine="none"
    />
  );
}
