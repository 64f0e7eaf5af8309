import { Paper, Table, Text, Title } from '@mantine/core';
import { useRoundLog } from '../../app/queries';
import { ROUND_LOG_LABELS, type RoundLogAction } from '../../domain/votes/roundLog';
import { timeText } from './format';

/**
 * 操作记录: every stage change, correction and deletion of a round — a 测评 round, or a project vote round in its
 * own words (`labels`, `title`; shown only once something is logged).
 */
export function RoundLogList({
  roundId,
  title,
  labels = ROUND_LOG_LABELS,
}: {
  roundId: string;
  title?: string;
  labels?: Readonly<Record<RoundLogAction, string>>;
}) {
  const log = useRoundLog(roundId);
  if (!log || (title !== undefined && log.length === 0)) return null;
  const heading = title === undefined ? '操作记录' : `操作记录：${title}`;
  return (
    <Paper withBorder p="md" mt={title === undefined ? 'lg' : 0}>
      <Title order={5} mb="xs">
        {heading}
      </Title>
      <Table aria-label={heading} verticalSpacing={4} fz="sm">
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
              <Table.Td>{labels[entry.action]}</Table.Td>
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
