import { Badge, Button, EmptyState, Group, Loader, Table, Text } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { useRounds, type ActivityRecord } from '../../app/queries';
import { SUBJECT_KIND_LABELS } from '../../domain/votes/roundRecord';
import { timeText } from './format';
import { RoundStageBadge } from './RoundStageBadge';

/** 测评 tab of an activity: its ballot rounds, newest last. */
export function RoundsPanel({ activity }: { activity: ActivityRecord }) {
  const rounds = useRounds(activity.id);
  const [, navigate] = useLocation();
  const create = () => navigate(`/activities/${activity.id}/votes/new`);
  if (!rounds) return <Loader />;
  if (rounds.length === 0) {
    return (
      <EmptyState
        mt="lg"
        title="还没有测评"
        description={
          '一轮测评就是一次满意度测评或评分：选定测评对象（如各被评议单位）和计票规则，开始时登记应到、实到和发出票数，' +
          '收回后逐张录入测评票或录入汇总数，结束后计票、排名并公布结果。'
        }
      >
        <EmptyState.Actions>
          <Button onClick={create}>新建测评</Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          共 {rounds.length} 轮测评。每轮的计票规则都会印在结果下方。
        </Text>
        <Button onClick={create}>新建测评</Button>
      </Group>
      <Table aria-label="测评列表" highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>测评名称</Table.Th>
            <Table.Th w={120}>形式</Table.Th>
            <Table.Th w={140}>测评对象</Table.Th>
            <Table.Th w={110}>状态</Table.Th>
            <Table.Th w={170}>创建时间</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Td>
                <Link href={`/activities/${activity.id}/votes/${round.id}`}>
                  <Text fw={600} c="red.8" span>
                    {round.title}
                  </Text>
                </Link>
                {round.showOnProjector ? (
                  <Badge ml="xs" size="sm" color="grape">
                    大屏显示中
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{round.rules.form === 'tiers' ? '满意度测评' : '评分表'}</Table.Td>
              <Table.Td>
                {round.subjects.length} 个{SUBJECT_KIND_LABELS[round.subjectKind]}
              </Table.Td>
              <Table.Td>
                <RoundStageBadge stage={round.stage} />
              </Table.Td>
              <Table.Td>{timeText(round.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
