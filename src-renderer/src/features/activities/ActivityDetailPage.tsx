import { Alert, Button, Group, Loader, Tabs } from '@mantine/core';
import { useLocation } from 'wouter';
import { useActivity } from '../../app/queries';
import type { ActivityKind } from '../../domain/activity/activity';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { AgendaPanel } from '../inquiry';
import { AgendaActions, MinutesActions, QuestionListActions } from '../inquiry';
import { MinutesPanel } from '../inquiry';
import { QuestionListPanel } from '../inquiry';
import { RehearsalButton } from '../inquiry';
import { CandidatesPanel, FollowUpPanel, ProjectVotePanel } from '../projects';
import { ActivityRectificationPanel } from '../rectification';
import { RoundsPanel } from '../votes';
import { useActivityActions } from './activityActions';
import { KindBadge, StatusBadge } from './ActivityBadges';
import { ActivityOverview } from './ActivityOverview';

const TABS: Record<ActivityKind, { value: string; label: string }[]> = {
  inquiry: [
    { value: 'overview', label: '概况' },
    { value: 'questions', label: '询问提纲' },
    { value: 'agenda', label: '议程' },
    { value: 'minutes', label: '会议记录' },
    { value: 'votes', label: '测评' },
    { value: 'rectification', label: '整改' },
  ],
  evaluation: [
    { value: 'overview', label: '概况' },
    { value: 'votes', label: '测评' },
    { value: 'rectification', label: '整改' },
  ],
  project: [
    { value: 'overview', label: '概况' },
    { value: 'candidates', label: '候选项目' },
    { value: 'projectVote', label: '票决' },
    { value: 'followUp', label: '项目跟踪' },
    { value: 'votes', label: '满意度测评' },
  ],
};

export function ActivityDetailPage({ id, tab = 'overview' }: { id: string; tab?: string }) {
  const activity = useActivity(id);
  const [, navigate] = useLocation();
  const { confirmDelete, toggleArchived } = useActivityActions();

  if (activity === undefined) return <Loader />;
  if (activity === null) return <NotFoundPage />;
  const tabs = TABS[activity.kind];
  const current = tabs.some((t) => t.value === tab) ? tab : 'overview';

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            <KindBadge kind={activity.kind} />
            {activity.title}
            <StatusBadge status={activity.status} archived={activity.archived} />
          </Group>
        }
        actions={
          <>
            {activity.kind === 'inquiry' && !activity.archived ? (
              <>
                <Button color="green" onClick={() => navigate(`/console/${activity.id}`)}>
                  进入会议控制台
                </Button>
                <RehearsalButton activityId={activity.id} />
              </>
            ) : null}
            {activity.archived ? null : (
              <Button variant="default" onClick={() => navigate(`/activities/${activity.id}/edit`)}>
                编辑
              </Button>
            )}
            <Button variant="default" onClick={() => void toggleArchived(activity)}>
              {activity.archived ? '恢复' : '归档'}
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() => confirmDelete(activity, () => navigate('/activities'))}
            >
              删除
            </Button>
          </>
        }
      />
      {activity.archived ? (
        <Alert color="gray" mb="md" title="该活动已归档">
          已归档的活动不在活动列表中显示，只能查看，不能编辑或进入会议控制台；点“恢复”后可再修改。
        </Alert>
      ) : null}
      <Tabs
        value={current}
        onChange={(value) =>
          navigate(value === 'overview' ? `/activities/${id}` : `/activities/${id}/${value}`)
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <ActivityOverview activity={activity} />
        </Tabs.Panel>
        <Tabs.Panel value="questions">
          <QuestionListPanel activity={activity} actions={<QuestionListActions activity={activity} />} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <AgendaPanel activity={activity} actions={<AgendaActions activity={activity} />} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes">
          <MinutesPanel activity={activity} actions={<MinutesActions activity={activity} />} />
        </Tabs.Panel>
        <Tabs.Panel value="votes">
          <RoundsPanel activity={activity} />
        </Tabs.Panel>
        <Tabs.Panel value="rectification">
          <ActivityRectificationPanel activity={activity} />
        </Tabs.Panel>
        <Tabs.Panel value="candidates">
          <CandidatesPanel activity={activity} />
        </Tabs.Panel>
        <Tabs.Panel value="projectVote">
          <ProjectVotePanel activity={activity} />
        </Tabs.Panel>
        <Tabs.Panel value="followUp">
          <FollowUpPanel activity={activity} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
