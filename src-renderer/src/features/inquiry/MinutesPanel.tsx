import { EmptyState, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ActivityRecord } from '../../app/queries';
import {
  computeMinutes,
  formatDuration,
  type QuestionMinutes,
  type TotalFigures,
} from '../../domain/inquiry/minutes';
import { useNow } from '../../app/runtime';
import { useConsole } from './console/useConsole';

function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack gap={0} role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </Stack>
  );
}

const over = (s: number) =>
  s > 0 ? (
    <Text span c="red.8">
      {formatDuration(s)}
    </Text>
  ) : (
    '—'
  );

function phasesText(m: QuestionMinutes): string {
  return m.phases
    .filter((p) => p.count > 0)
    .map((p) => `${p.label}${p.count > 1 ? `×${p.count}` : ''} ${formatDuration(p.actualSeconds)}`)
    .join('，');
}

function TotalsTable({
  label,
  rows,
  name,
}: {
  label: string;
  rows: TotalFigures[];
  name: (id: string) => string;
}) {
  return (
    <Table aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{label.replace('按', '').replace('合计', '')}</Table.Th>
          <Table.Th>问题数</Table.Th>
          <Table.Th>追问</Table.Th>
          <Table.Th>计划</Table.Th>
          <Table.Th>实际</Table.Th>
          <Table.Th>超时</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td fw={600}>{name(r.id)}</Table.Td>
            <Table.Td>{r.questions}</Table.Td>
            <Table.Td>{r.followUps}</Table.Td>
            <Table.Td>{formatDuration(r.plannedSeconds)}</Table.Td>
            <Table.Td>{formatDuration(r.actualSeconds)}</Table.Td>
            <Table.Td>{over(r.overtimeSeconds)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 会议记录: planned and actual time per question, per unit and per asker, from the console's log. */
export function MinutesPanel({ activity, actions }: { activity: ActivityRecord; actions?: ReactNode }) {
  const { state, people, units, names } = useConsole(activity.id);
  const now = useNow(1000);
  if (!state || !people || !units) return <Loader />;
  const minutes = computeMinutes(state, now);
  const { totals } = minutes;

  if (minutes.asked.length === 0 && minutes.statements.length === 0) {
    return (
      <EmptyState
        mt="lg"
        title="会议还没有开始"
        description="在会议控制台计时后，这里会按问题列出计划和实际用时，并按单位、按询问人合计，可导出会议记录。"
      />
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Group justify="space-between" align="flex-start">
          <SimpleGrid cols={5} style={{ flex: 1 }}>
            <Figure label="已询问" value={`${totals.questionsAsked} 题`} />
            <Figure label="计划用时" value={formatDuration(totals.plannedSeconds)} />
            <Figure label="实际用时" value={formatDuration(totals.actualSeconds)} />
            <Figure label="超时合计" value={formatDuration(totals.overtimeSeconds)} />
            <Figure
              label="会议时长"
              value={totals.meetingSeconds === null ? '—' : formatDuration(totals.meetingSeconds)}
            />
          </SimpleGrid>
          {actions}
        </Group>
      </Paper>
      <div>
        <Title order={4} mb="xs">
          逐题记录
        </Title>
        <Table aria-label="逐题记录" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>顺序</Table.Th>
              <Table.Th w={60}>题号</Table.Th>
              <Table.Th>询问人 → 应询单位</Table.Th>
              <Table.Th>各阶段实际用时</Table.Th>
              <Table.Th w={90}>计划</Table.Th>
              <Table.Th w={90}>实际</Table.Th>
              <Table.Th w={90}>超时</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {minutes.asked.map((m, i) => (
              <Table.Tr key={m.question.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{m.question.order}</Table.Td>
                <Table.Td fw={600}>
                  {names.asker(m.question)} → {names.units(m.question)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{phasesText(m)}</Text>
                </Table.Td>
                <Table.Td>{formatDuration(m.plannedSeconds)}</Table.Td>
                <Table.Td>{formatDuration(m.actualSeconds)}</Table.Td>
                <Table.Td>{over(m.overtimeSeconds)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {minutes.skipped.length > 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            跳过：{minutes.skipped.map((q) => `第 ${q.order} 题`).join('、')}
          </Text>
        ) : null}
      </div>
      <SimpleGrid cols={2}>
        <div>
          <Title order={4} mb="xs">
            按单位合计
          </Title>
          <TotalsTable label="按单位合计" rows={minutes.byUnit} name={names.unit} />
        </div>
        <div>
          <Title order={4} mb="xs">
            按询问人合计
          </Title>
          <TotalsTable label="按询问人合计" rows={minutes.byAsker} name={names.person} />
        </div>
      </SimpleGrid>
    </Stack>
  );
}
