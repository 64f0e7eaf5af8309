import { Paper, Table, Text, Title } from '@mantine/core';
import { useRoundLog } from '../../app/queries';
import { ROUND_LOG_LABELS } from '../../domain/votes/roundLog';
import { timeText } from './format';

/** 操作记录: every stage change, correction and deletion of the round. */
export function RoundLogList({ roundId }: { roundId: string }) {
  const log = useRoundLog(roundId);
  if (!log) return null;
  return (
    <Paper withBorder p="md" mt="lg">
      <Title order={5} mb="xs">
        操作记录
      </Title>
      <Table aria-label="操作记录" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>时间</Table.Th>
            <Table.Th w={110}>操作</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th w={220}>原因</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{timeText(entry.at)}</Table.Td>
              <Table.Td>{ROUND_LOG_LABELS[entry.action]}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {entry.summary}
                </Text>
              </Table.Td>
              <Table.Td>{entry.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
