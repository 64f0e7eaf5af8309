import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { loadDemoData } from '../../app/commands/demo';
import { useActivities, useIsEmpty, usePeople, useUnits } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { isCurrent } from '../../domain/activity/listing';
import { formatChineseDate } from '../../domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { KindBadge, StatusBadge } from '../activities';
import { ProjectAttentionPanel } from '../projects';
import { AttentionPanel } from '../rectification';
import { ExportReminder, RestoreBackupButton } from '../settings';
import { FirstRunChecklist } from './FirstRunChecklist';

function Welcome() {
  const [, navigate] = useLocation();
  const { run, busy } = useCommand();
  const load = () =>
    run(loadDemoData, undefined, {
      success: '示例数据已加载：宜丰县人大常委会的名册、一次专题询问、一次工作评议和一次民生实事项目票决',
      failTitle: '示例数据未加载',
    });
  return (
    <EmptyState
      mt={60}
      size="lg"
      title="欢迎使用询评"
      description="这里还没有任何数据。可以先加载示例数据，看看宜丰县人大常委会“促进绿色矿山建设”专题询问、“优化营商环境”工作评议和民生实事项目票决是怎样组织的；也可以直接新建自己的活动；在新电脑上或数据被清除后，可以从备份文件恢复。所有数据只保存在本机。"
    >
      <EmptyState.Actions>
        <Button size="md" onClick={() => void load()} loading={busy}>
          加载示例数据
        </Button>
        <RestoreBackupButton size="md" />
        <Button size="md" variant="default" onClick={() => navigate('/activities/new')}>
          新建活动
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

function Overview() {
  const activities = useActivities();
  const people = usePeople();
  const units = useUnits();
  if (!activities || !people || !units) return <Loader />;
  const current = activities.filter(isCurrent);

  return (
    <Stack gap="lg">
      <ExportReminder />
      <FirstRunChecklist />
      <SimpleGrid cols={3}>
        <Card withBorder component={Link} href="/activities">
          <Text c="dimmed" size="sm">
            进行中和筹备中的活动
          </Text>
          <Text fz={32} fw={700}>
            {current.length}
          </Text>
        </Card>
        <Card withBorder component={Link} href="/directory/people">
          <Text c="dimmed" size="sm">
            名册人员
          </Text>
          <Text fz={32} fw={700}>
            {people.filter((p) => !p.archived).length}
          </Text>
        </Card>
        <Card withBorder component={Link} href="/directory/units">
          <Text c="dimmed" size="sm">
            名册单位
          </Text>
          <Text fz={32} fw={700}>
            {units.filter((u) => !u.archived).length}
          </Text>
        </Card>
      </SimpleGrid>
      <AttentionPanel />
      <ProjectAttentionPanel />
      <div>
        <Title order={4} mb="sm">
          当前活动
        </Title>
        {current.length === 0 ? (
          <Text c="dimmed">
            没有进行中或筹备中的活动。
            <Anchor component={Link} href="/activities/new">
              新建活动
            </Anchor>
          </Text>
        ) : (
          <SimpleGrid cols={2}>
            {current.map((a) => (
              <Card key={a.id} withBorder component={Link} href={`/activities/${a.id}`}>
                <Group justify="space-between" mb={6}>
                  <KindBadge kind={a.kind} />
                  <StatusBadge status={a.status} archived={a.archived} />
                </Group>
                <Text fw={700} fz="lg">
                  {a.title}
                </Text>
                <Text c="dimmed" size="sm">
                  {formatChineseDate(a.date)} · {a.venue || '地点未定'} ·{' '}
                  {a.project ? `限选 ${a.project.places} 项` : `${a.units.length} 个单位`}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </div>
    </Stack>
  );
}

export function HomePage() {
  const empty = useIsEmpty();
  if (empty === undefined) return <Loader />;
  if (empty)
    return (
      <Stack gap="lg">
        <Welcome />
        <FirstRunChecklist />
      </Stack>
    );
  return (
    <>
      <PageHeader
        title="首页"
        actions={
          <Button component={Link} href="/activities/new">
            新建活动
          </Button>
        }
      />
      <Overview />
    </>
  );
}
