import { Alert, Button, Group, List, NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { openRound } from '../../app/commands/votesLifecycle';
import { usePeople, type ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { Person } from '../../domain/directory/person';
import { checkOpening, type OpeningCounts } from '../../domain/votes/lifecycle';
import { problemsOf } from '../../domain/votes/roundActionError';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { errorMessage } from '../../ui/notify';
import { numberOf } from './setupValues';

type Row = Record<'entitled' | 'present' | 'issued', number | string>;

/** 应到 defaults to the activity's participants in the group (by category or group name). */
function defaultEntitled(groupName: string, activity: ActivityRecord, people: Person[]): number | string {
  const n = people.filter(
    (p) =>
      activity.participantIds.includes(p.id) && (p.category === groupName || p.groups.includes(groupName)),
  ).length;
  return n > 0 ? n : '';
}

/** 开始测评: per group 应到 / 实到 / 发出, with the quorum checked live. */
export function OpenRoundPanel({ round, activity }: { round: VoteRound; activity: ActivityRecord }) {
  const people = usePeople();
  const [rows, setRows] = useState<Record<string, Row> | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const { run, busy } = useCommand();
  if (!people) return null;
  const current: Record<string, Row> =
    rows ??
    Object.fromEntries(
      round.rules.groups.map((g) => [
        g.id,
        { entitled: defaultEntitled(g.name, activity, people), present: '', issued: '' },
      ]),
    );
  const counts: OpeningCounts = Object.fromEntries(
    Object.entries(current).map(([id, r]) => [
      id,
      { entitled: numberOf(r.entitled), present: numberOf(r.present), issued: numberOf(r.issued) },
    ]),
  );
  const filled = Object.values(current).every(
    (r) => r.entitled !== '' && r.present !== '' && r.issued !== '',
  );
  const live = filled ? checkOpening(round, counts) : [];

  const set = (groupId: string, key: keyof Row, value: number | string) => {
    const row = current[groupId] ?? { entitled: '', present: '', issued: '' };
    const next = { ...row, [key]: value };
    // 发出 usually equals 实到: follow it until the secretary types another number.
    if (key === 'present' && (row.issued === '' || row.issued === row.present)) next.issued = value;
    setRows({ ...current, [groupId]: next });
    setProblems([]);
  };
  const open = async () => {
    const opened = await run(
      openRound,
      { roundId: round.id, counts },
      { success: '测评已开始，可以录入测评票', quiet: true },
    );
    if (!opened.ok) setProblems(problemsOf(opened.error, errorMessage));
  };
  const shown = problems.length > 0 ? problems : live;

  return (
    <Paper withBorder p="md" component="section" aria-label="开始测评">
      <Title order={4} mb="xs">
        开始测评
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        发放测评票前，登记各测评组的应到人数、实到人数和发出票数。实到人数须超过应到人数的一半
        {round.rules.requireQuorum ? '' : '（本轮已关闭法定人数检查）'}。开始后测评对象和计票规则不能再修改。
      </Text>
      <Table withTableBorder maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>测评组</Table.Th>
            <Table.Th w={130}>应到（人）</Table.Th>
            <Table.Th w={130}>实到（人）</Table.Th>
            <Table.Th w={130}>发出（张）</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.rules.groups.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td fw={600}>{group.name}</Table.Td>
              {(['entitled', 'present', 'issued'] as const).map((key) => (
                <Table.Td key={key}>
                  <NumberInput
                    size="sm"
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    aria-label={`${group.name}${{ entitled: '应到人数', present: '实到人数', issued: '发出票数' }[key]}`}
                    value={current[group.id]?.[key] ?? ''}
                    onChange={(value) => set(group.id, key, value)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown.length > 0 ? (
        <Alert color="red" mt="sm" role="alert" title="还不能开始测评">
          <List size="sm">
            {shown.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group mt="md">
        <Button onClick={() => void open()} loading={busy} disabled={!filled || live.length > 0}>
          开始测评
        </Button>
      </Group>
    </Paper>
  );
}
