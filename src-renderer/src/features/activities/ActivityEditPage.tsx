import { Loader } from '@mantine/core';
import { useLocation } from 'wouter';
import { appDb } from '../../db/appDb';
import { useActivity, usePeople, useSettings, useUnits } from '../../db/live';
import { createActivity, updateActivity } from '../../db/repositories/activities';
import type { ActivityInput } from '../../domain/activity/activity';
import { toIsoDate } from '../../domain/dates';
import { notifySuccess } from '../../ui/notify';
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
        date: toIsoDate(new Date()),
        venue: '',
        chairId: null,
        units: [],
        participantIds: [],
        timerMinutes: settings.timerMinutes,
        status: 'planning',
      };

  const save = async (input: ActivityInput) => {
    const saved = activity
      ? await updateActivity(appDb, activity.id, input, new Date())
      : await createActivity(appDb, input, new Date());
    notifySuccess(activity ? '活动已保存' : `已创建：${saved.title}`);
    navigate(`/activities/${saved.id}`);
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
        onSave={save}
        onCancel={() => navigate(activity ? `/activities/${activity.id}` : '/activities')}
      />
    </>
  );
}
