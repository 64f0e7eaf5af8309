import { Alert, Button, Group, List, NumberInput, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { saveTotals } from '../../app/commands/votesEntry';
import type { GroupTotalsRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { ballotTiers, TIER_LABELS, type TierId } from '../../domain/votes/tiers';
import { checkTotals, subjectTotalCount, type GroupTotals } from '../../domain/votes/totals';

type Column = TierId | 'abstain' | 'void';
type Cells = Record<string, Partial<Record<Column, number | string>>>;

const num = (value: number | string | undefined) => (typeof value === 'number' ? value : 0);

function toTotals(groupId: string, cells: Cells, wholeVoid: number | string, columns: Column[]): GroupTotals {
  const subjects = Object.fromEntries(
    Object.entries(cells).map(([subjectId, row]) => {
      const tiers = Object.fromEntries(
        columns
          .filter((c): c is TierId => c !== 'abstain' && c !== 'void')
          .map((tier) => [tier, num(row[tier])]),
      );
      return [subjectId, { tiers, abstain: num(row.abstain), void: num(row.void) }];
    }),
  );
  return { groupId, wholeVoid: num(wholeVoid), subjects };
}

function fromTotals(round: VoteRound, stored: GroupTotals | undefined): Cells {
  return Object.fromEntries(
    round.subjects.map((subject) => {
      const s = stored?.subjects[subject.id];
      return [subject.id, s ? { ...s.tiers, abstain: s.abstain, void: s.void } : {}];
    }),
  );
}

/** 录入汇总数: one group's hand-counted votes, subjects × (tiers + 弃权 + 无效), checked live against 收回. */
export function TotalsEntry({
  round,
  groupId,
  stored,
}: {
  round: VoteRound;
  groupId: string;
  stored?: GroupTotalsRecord;
}) {
  const columns: Column[] = [...ballotTiers(round.rules.tiers), 'abstain', 'void'];
  const counts = round.counts[groupId];
  const [cells, setCells] = useState<Cells>(() => fromTotals(round, stored));
  const [returned, setReturned] = useState<number | string>(counts?.returned || '');
  const [wholeVoid, setWholeVoid] = useState<number | string>(stored?.wholeVoid ?? 0);
  const { run, busy } = useCommand();
  const totals = toTotals(groupId, cells, wholeVoid, columns);
  const problems =
    returned === '' ? ['请填写收回票数'] : checkTotals(totals, num(returned), round.rules, round.subjects);
  const label = (c: Column) => (c === 'abstain' ? '弃权' : c === 'void' ? '无效' : TIER_LABELS[c]);

  const save = () =>
    run(
      saveTotals,
      { roundId: round.id, groupId, totals, returned: num(returned) },
      { success: '汇总数已保存', failTitle: '汇总数未保存' },
    );

  return (
    <>
      <Group mb="sm" align="flex-end">
        <NumberInput
          label="收回票数"
          w={140}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={returned}
          onChange={setReturned}
        />
        <NumberInput
          label="废票（整张无效）"
          w={160}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={wholeVoid}
          onChange={setWholeVoid}
        />
        <Text size="sm" c="dimmed" pb={8}>
          发出 {counts?.issued ?? 0} 张。每个测评对象的各档票数、弃权和无效之和应等于收回票数减废票。
        </Text>
      </Group>
      <Table withTableBorder verticalSpacing={2} aria-label="汇总数">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>序号</Table.Th>
            <Table.Th>测评对象</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} w={100}>
                {label(c)}
              </Table.Th>
            ))}
            <Table.Th w={70}>合计</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.subjects.map((subject, index) => {
            const sum = subjectTotalCount(totals.subjects[subject.id] ?? { tiers: {}, abstain: 0, void: 0 });
            const bad = returned !== '' && sum !== num(returned) - num(wholeVoid);
            return (
              <Table.Tr key={subject.id}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td>{subject.name}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c}>
                    <NumberInput
                      size="xs"
                      hideControls
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      aria-label={`${subject.name}${label(c)}`}
                      value={cells[subject.id]?.[c] ?? ''}
                      onChange={(value) =>
                        setCells({ ...cells, [subject.id]: { ...cells[subject.id], [c]: value } })
                      }
                    />
                  </Table.Td>
                ))}
                <Table.Td c={bad ? 'red' : undefined} fw={600}>
                  {sum}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {problems.length > 0 ? (
        <Alert color="orange" mt="sm" title="汇总数还对不上" role="alert">
          <List size="sm">
            {problems.slice(0, 6).map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
          {problems.length > 6 ? <Text size="sm">……共 {problems.length} 处</Text> : null}
        </Alert>
      ) : (
        <Text c="green.8" size="sm" mt="sm">
          各测评对象的票数均与收回票数相符。
        </Text>
      )}
      <Group mt="sm">
        <Button onClick={() => void save()} loading={busy}>
          保存汇总数
        </Button>
        <Text size="xs" c="dimmed">
          对不上也可以先保存，结束测评时必须全部相符。
        </Text>
      </Group>
    </>
  );
}
