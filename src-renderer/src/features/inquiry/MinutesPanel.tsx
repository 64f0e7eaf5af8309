import { EmptyState, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ActivityRecord } from '../../app/queries';
import {
  computeMinutes,
  formatDuration,
  type InquiryMinutes,
  type MinutesRow,
  type NotAskedQuestion,
  type QuestionMinutes,
  type TotalFigures,
} from '../../domain/inquiry/minutes';
import type { QuestionNames } from '../../domain/inquiry/questionNames';
import { formatChineseDate } from '../../domain/time';
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

function rowTitle(row: MinutesRow, names: QuestionNames): string {
  if (row.kind !== 'question') return row.title;
  const q = row.minutes.question;
  return `${names.asker(q)} → ${names.units(q)}`;
}

function rowNumber(row: MinutesRow): string {
  if (row.kind !== 'question') return '—';
  const q = row.minutes.question;
  return q.unplanned ? '临时' : String(q.order);
}

/** Every row of the meeting (questions, 表态发言, other agenda items) and the totals of its columns. */
function RowsTable({
  rows,
  names,
  totals,
}: {
  rows: MinutesRow[];
  names: QuestionNames;
  totals: Pick<InquiryMinutes['totals'], 'plannedSeconds' | 'actualSeconds' | 'overtimeSeconds'>;
}) {
  return (
    <Table aria-label="逐项记录" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>顺序</Table.Th>
          <Table.Th w={60}>题号</Table.Th>
          <Table.Th>事项（询问人 → 应询单位）</Table.Th>
          <Table.Th>各阶段实际用时</Table.Th>
          <Table.Th w={90}>计划</Table.Th>
          <Table.Th w={90}>实际</Table.Th>
          <Table.Th w={90}>超时</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={r.kind === 'question' ? r.minutes.question.id : `${r.kind}-${r.startedAt}`}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>{rowNumber(r)}</Table.Td>
            <Table.Td fw={600}>{rowTitle(r, names)}</Table.Td>
            <Table.Td>
              <Text size="sm">{r.kind === 'question' ? phasesText(r.minutes) : ''}</Text>
            </Table.Td>
            <Table.Td>{r.plannedSeconds === 0 ? '不限时' : formatDuration(r.plannedSeconds)}</Table.Td>
            <Table.Td>{formatDuration(r.actualSeconds)}</Table.Td>
            <Table.Td>{over(r.overtimeSeconds)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={4}>合计</Table.Th>
          <Table.Th>{formatDuration(totals.plannedSeconds)}</Table.Th>
          <Table.Th>{formatDuration(totals.actualSeconds)}</Table.Th>
          <Table.Th>{over(totals.overtimeSeconds)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function NotAskedTable({ rows, names }: { rows: NotAskedQuestion[]; names: QuestionNames }) {
  return (
    <Table aria-label="未询问的问题" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>题号</Table.Th>
          <Table.Th>询问人 → 应询单位</Table.Th>
          <Table.Th w={220}>情况</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((n) => (
          <Table.Tr key={n.question.id}>
            <Table.Td>{n.question.unplanned ? '临时' : n.question.order}</Table.Td>
            <Table.Td>
              {names.asker(n.question)} → {names.units(n.question)}
            </Table.Td>
            <Table.Td>
              {n.label}
              {n.timedSeconds > 0 ? `（暂缓前已计时 ${formatDuration(n.timedSeconds)}，不计入合计）` : ''}
            </Table.Td>
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

  if (minutes.rows.length === 0) {
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
          <SimpleGrid cols={6} style={{ flex: 1 }}>
            <Figure
              label="会议日期"
              value={minutes.meetingDate ? formatChineseDate(minutes.meetingDate) : '—'}
            />
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
          逐项记录
        </Title>
        <RowsTable rows={minutes.rows} names={names} totals={totals} />
      </div>
      {minutes.notAsked.length > 0 ? (
        <div>
          <Title order={4} mb="xs">
            未询问的问题（{minutes.notAsked.length} 题）
          </Title>
          <NotAskedTable rows={minutes.notAsked} names={names} />
        </div>
      ) : null}
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
