import { Paper, Table, Text, Title } from '@mantine/core';
import { useRoundLog } from '../../app/queries';
import { PROJECT_ROUND_LOG_LABELS } from '../../domain/projects/projectLog';
import type { ProjectRound } from '../../domain/projects/projectRound';
import { timeText } from '../../domain/votes/timeText';

/** 操作记录 of a project round: opened, ballots deleted, 复核裁定, closed, 作废重投 with the reason, published. */
export function ProjectRoundLog({ round }: { round: ProjectRound }) {
  const log = useRoundLog(round.id);
  if (!log || log.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        操作记录：{round.title}
      </Title>
      <Table aria-label={`操作记录：${round.title}`} verticalSpacing={4} fz="sm">
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
              <Table.Td>{PROJECT_ROUND_LOG_LABELS[entry.action]}</Table.Td>
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
