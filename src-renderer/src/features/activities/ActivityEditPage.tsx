import { Loader } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useActivity, usePeople, useSettings, useUnits } from '../../app/queries';
import { countUnaskedToRetime, saveActivity } from '../../app/commands/activities';
import { useCommand, useToday, type RunOptions } from '../../app/runtime';
import { normalizeActivity, validateActivity, type ActivityInput } from '../../domain/activity/activity';
import { lengthChanges } from '../../domain/inquiry/retime';
import { hasErrors } from '../../domain/validation';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { ActivityForm } from './ActivityForm';
import { RetimeDialog } from './RetimeDialog';

/** An edit waiting for the secretary's answer: update the questions not yet asked too, or not. */
interface PendingSave {
  input: ActivityInput;
  form: NonNullable<RunOptions['form']>;
  count: number;
}

/** id null: a new activity. */
export function ActivityEditPage({ id }: { id: string | null }) {
  const [, navigate] = useLocation();
  const activity = useActivity(id ?? '');
  const people = usePeople();
  const units = useUnits();
  const settings = useSettings();
  const today = useToday();
  const { run, busy } = useCommand();
  const [pending, setPending] = useState<PendingSave | null>(null);

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
        ...(activity.project ? { project: activity.project } : {}),
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

  const store = async (
    input: ActivityInput,
    form: NonNullable<RunOptions['form']>,
    retimeUnasked = false,
  ) => {
    const result = await run(
      saveActivity,
      { id: activity?.id ?? null, input, retimeUnasked },
      {
        form,
        failTitle: '活动未保存',
        success: !activity
          ? `已创建：${input.title}`
          : retimeUnasked
            ? '活动已保存，未询问的问题已按新的时长计时'
            : '活动已保存',
      },
    );
    setPending(null);
    if (result.ok) navigate(`/activities/${result.value.id}`);
  };

  // Changed lengths of a valid edit: ask first whether the questions not yet asked follow them.
  const save = async (input: ActivityInput, form: NonNullable<RunOptions['form']>) => {
    const clean = normalizeActivity(input);
    if (activity && input.kind === 'inquiry' && !hasErrors(validateActivity(clean))) {
      if (lengthChanges(activity.timerMinutes, clean.timerMinutes).length > 0) {
        const count = await run(
          countUnaskedToRetime,
          { id: activity.id, timerMinutes: clean.timerMinutes },
          { quiet: true },
        );
        if (count.ok && count.value > 0) {
          setPending({ input, form, count: count.value });
          return;
        }
      }
    }
    await store(input, form);
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
      {pending && activity ? (
        <RetimeDialog
          changes={lengthChanges(activity.timerMinutes, normalizeActivity(pending.input).timerMinutes)}
          count={pending.count}
          busy={busy}
          onChoose={(retimeUnasked) => void store(pending.input, pending.form, retimeUnasked)}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
