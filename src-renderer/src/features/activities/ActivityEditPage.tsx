import { Loader } from '@mantine/core';
import { useLocation } from 'wouter';
import { useActivity, usePeople, useSettings, useUnits } from '../../app/queries';
import { saveActivity } from '../../app/commands/activities';
import { useCommand, useToday, type RunOptions } from '../../app/runtime';
import type { ActivityInput } from '../../domain/activity/activity';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { ActivityForm } from './ActivityForm';

/** id null: a new activity. */
export function ActivityEditPage({ id }: { id: string | null }) {
  const [, navigate] = useLocation();
  const activity = useActivity(id ?? '');
  const people = usePeople();
  const units = useUnits();
  const settings = useSettings();
  const today = useToday();
  const { run, busy } = useCommand();

  if (!people || !units || !settings || (id !== null && activity === undefined)) return <Loader />;
  if (id !== null && activity === null) return <NotFoundPage />;

  const initial: ActivityInput = activity
    ? {
        kind: activity.kind,
        title: activity.title,
        date: activity.date,
        venue: activity.venue,
        chairId: activity.chairId,
        units: activity.units,
        participantIds: activity.participantIds,
        timerMinutes: activity.timerMinutes,
        status: activity.status,
      }
    : {
        kind: 'inquiry',
        title: '',
        date: today,
        venue: '',
        chairId: null,
        units: [],
        participantIds: [],
        timerMinutes: settings.timerMinutes,
        status: 'planning',
      };

  const save = async (input: ActivityInput, form: NonNullable<RunOptions['form']>) => {
    const result = await run(
      saveActivity,
      { id: activity?.id ?? null, input },
      { form, failTitle: '活动未保存', success: activity ? '活动已保存' : `已创建：${input.title}` },
    );
    if (result.ok) navigate(`/activities/${result.value.id}`);
  };

  return (
    <>
      <PageHeader title={activity ? `编辑：${activity.title}` : '新建活动'} />
      <ActivityForm
        key={activity?.id ?? 'new'}
        initial={initial}
        isNew={!activity}
        people={people}
        units={units}
        saving={busy}
        onSave={save}
        onCancel={() => navigate(activity ? `/activities/${activity.id}` : '/activities')}
      />
    </>
  );
}
