import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { exportResults } from '../../app/commands/votesExport';
import { useCommand } from '../../app/runtime';
import type { RoundResult } from '../../domain/votes/result';
import { TALLY_STATUS_LABELS } from '../../domain/votes/result';
import { resultTable } from '../../domain/votes/resultTable';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { notifySuccess } from '../../ui/notify';
import { timeText } from './format';
import { GroupBreakdown } from './GroupBreakdown';
import { ResultsTable } from './ResultsTable';
import { RulesUsed } from './RulesUsed';

// The chart library (recharts, through @mantine/charts) is large: it is loaded when a result is first shown.
const ResultsChart = lazy(() => import('./ResultsChart').then((m) => ({ default: m.ResultsChart })));

/**
 * 测评结果: the table, the notes, the per-group breakdown, the chart, and the rules used with the fingerprint.
 * Before publication the result is labelled 未公布 · 临时结果 and has no fingerprint.
 */
export function ResultsPanel({ round, result }: { round: VoteRound; result: RoundResult }) {
  const published = round.stage === 'published' ? round.published : null;
  const counted = result.status === 'counted' || result.status === 'incomplete';
  const table = resultTable(result, round.rules);
  const notes = [
    ...table.notes,
    ...result.notes,
    ...result.subjects.flatMap((s) => s.notes.map((n) => `${s.name}：${n}`)),
  ];
  const { run, busy } = useCommand();
  const exportExcel = async () => {
    const saved = await run(exportResults, { round, result }, { failTitle: '导出失败' });
    if (saved.ok && saved.value) notifySuccess(saved.value);
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="测评结果">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={4}>测评结果</Title>
          {published ? (
            <Badge color="green" size="lg">
              已公布 · {timeText(published.publishedAt)}
            </Badge>
          ) : (
            <Badge color="orange" size="lg" variant="outline">
              未公布 · 临时结果
            </Badge>
          )}
        </Group>
        {counted ? (
          <Button variant="default" loading={busy} onClick={() => void exportExcel()}>
            导出 Excel
          </Button>
        ) : null}
      </Group>
      {result.problems.length > 0 ? (
        <Alert
          color={result.status === 'incomplete' ? 'yellow' : 'red'}
          mb="sm"
          title={TALLY_STATUS_LABELS[result.status]}
        >
          <List size="sm">
            {result.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {counted ? (
        <Stack>
          <ResultsTable table={table} label="测评结果表" />
          {round.rules.groups.length > 1 ? (
            <Text size="xs" c="dimmed">
              表中票数为各测评组合计；满意率、满意票率和得分为按权重计算的综合值。展开下方各组查看分组结果。
            </Text>
          ) : null}
          {notes.length > 0 ? (
            <Alert color="blue" title="说明">
              <List size="sm">
                {notes.map((n) => (
                  <List.Item key={n}>{n}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {round.rules.groups.length > 1 ? <GroupBreakdown result={result} rules={round.rules} /> : null}
          <div>
            <Title order={5} mb="xs">
              {round.rules.form === 'tiers' && round.rules.rankBy === 'satisfactionRate' ? '满意率' : '得分'}
              排名
            </Title>
            <Suspense fallback={<Loader size="sm" aria-label="正在载入结果图" />}>
              <ResultsChart result={result} rules={round.rules} />
            </Suspense>
          </div>
        </Stack>
      ) : null}
      <div style={{ marginTop: 16 }}>
        <RulesUsed lines={result.rules} fingerprint={published?.fingerprint ?? null} />
      </div>
    </Paper>
  );
}
