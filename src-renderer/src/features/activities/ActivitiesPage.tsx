import { Button, EmptyState, Group, SegmentedControl, Switch, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useActivities } from '../../app/queries';
import type { ActivityKind } from '../../domain/activity/activity';
import { filterActivities } from '../../domain/activity/listing';
import { formatChineseDate } from '../../domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { useActivityActions } from './activityActions';
import { KindBadge, StatusBadge } from './ActivityBadges';

export function ActivitiesPage() {
  const activities = useActivities();
  const [, navigate] = useLocation();
  const { confirmDelete, toggleArchived } = useActivityActions();
  const [kind, setKind] = useState<'all' | ActivityKind>('all');
  const [showArchived, setShowArchived] = useState(false);
  const shown = useMemo(
    () => filterActivities(activities ?? [], { kind, showArchived }),
    [activities, kind, showArchived],
  );

  if (activities === undefined) return null;
  return (
    <>
      <PageHeader
        title="活动"
        description="专题询问和工作评议，从筹备到整改跟踪"
        actions={
          <Button component={Link} href="/activities/new">
            新建活动
          </Button>
        }
      />
      {activities.length === 0 ? (
        <EmptyState
          mt="xl"
          title="还没有活动"
          description="新建一次专题询问或工作评议。参加的单位和人员从名册中选择，可以先到名册中添加或导入。"
        >
          <EmptyState.Actions>
            <Button component={Link} href="/activities/new">
              新建活动
            </Button>
            <Button variant="default" component={Link} href="/directory/units">
              去名册
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="sm">
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v)}
              data={[
                { value: 'all', label: '全部' },
                { value: 'inquiry', label: '专题询问' },
                { value: 'evaluation', label: '工作评议' },
                { value: 'project', label: '民生实事项目票决' },
              ]}
            />
            <Switch
              label="显示已归档"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
            />
          </Group>
          <Table striped highlightOnHover aria-label="活动列表" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>类型</Table.Th>
                <Table.Th>主题</Table.Th>
                <Table.Th w={150}>日期</Table.Th>
                <Table.Th w={90}>单位数</Table.Th>
                <Table.Th w={100}>状态</Table.Th>
                <Table.Th w={210}>操作</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <KindBadge kind={a.kind} />
                  </Table.Td>
                  <Table.Td>
                    <Text component={Link} href={`/activities/${a.id}`} fw={600} c="red.9">
                      {a.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatChineseDate(a.date)}</Table.Td>
                  <Table.Td>{a.units.length}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={a.status} archived={a.archived} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        disabled={a.archived}
                        title={a.archived ? '已归档的活动只能查看，恢复后才能编辑' : undefined}
                        onClick={() => navigate(`/activities/${a.id}/edit`)}
                      >
                        编辑
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="gray"
                        onClick={() => void toggleArchived(a)}
                      >
                        {a.archived ? '恢复' : '归档'}
                      </Button>
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => confirmDelete(a)}>
                        删除
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {shown.length === 0 ? (
            <Text c="dimmed" mt="sm">
              没有符合条件的活动
            </Text>
          ) : null}
        </>
      )}
    </>
  );
}
