import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { saveQuestion } from '../../app/commands/inquiryQuestions';
import type { ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import {
  defaultRespondent,
  newQuestion,
  PHASE_LABELS,
  QUESTION_PHASES,
  type Question,
  type QuestionInput,
} from '../../domain/inquiry/question';
import { namesById } from '../../domain/names';
import { minutesToSeconds } from '../../domain/settings/timerLength';
import { DurationInput } from '../../ui/DurationInput';
import { personOptions } from '../activities';

/** Minutes in the form (text that is not a length stays text until it is fixed), seconds in the record. */
type FormValues = Omit<QuestionInput, 'plannedSeconds'> & {
  minutes: Record<(typeof QUESTION_PHASES)[number], number | string>;
};

function toForm(q: QuestionInput): FormValues {
  const { plannedSeconds, ...rest } = q;
  const minutes: FormValues['minutes'] = { ask: 0, answer: 0, followUp: 0, supplement: 0 };
  for (const phase of QUESTION_PHASES) minutes[phase] = plannedSeconds[phase] / 60;
  return { ...rest, minutes };
}

function fromForm(values: FormValues): QuestionInput {
  const { minutes, ...rest } = values;
  const plannedSeconds = { ask: 0, answer: 0, followUp: 0, supplement: 0 };
  for (const phase of QUESTION_PHASES) {
    const value = minutes[phase];
    plannedSeconds[phase] = typeof value === 'number' ? minutesToSeconds(value) : NaN;
  }
  return { ...rest, plannedSeconds };
}

export function QuestionFormModal({
  activity,
  question,
  people,
  units,
  onClose,
}: {
  activity: ActivityRecord;
  question: Question | null;
  people: Person[];
  units: Unit[];
  onClose: () => void;
}) {
  const initial: QuestionInput = question ?? newQuestion('', 0, activity.timerMinutes);
  const form = useForm<FormValues>({ initialValues: toForm(initial) });
  const { run, busy } = useCommand();
  const unitName = namesById(units, 'shortName');
  const askers = people.filter((p) => activity.participantIds.includes(p.id));
  const others = people.filter((p) => !activity.participantIds.includes(p.id));

  const chooseUnits = (unitIds: string[]) => {
    form.setFieldValue('unitIds', unitIds);
    if (!form.values.respondentName) {
      const respondent = defaultRespondent(activity.units, unitIds);
      form.setFieldValue('respondentName', respondent.respondentName);
      form.setFieldValue('respondentTitle', respondent.respondentTitle);
    }
  };

  const submit = async (values: FormValues) => {
    const result = await run(
      saveQuestion,
      { activityId: activity.id, id: question?.id ?? null, input: fromForm(values) },
      {
        success: question ? '问题已保存' : '问题已添加',
        failTitle: '问题未保存',
        form,
        fieldKey: (key) => key.replace('plannedSeconds.', 'minutes.'),
      },
    );
    if (result.ok) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={question ? `编辑第 ${question.order} 题` : '添加问题'} size="xl">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <Select
              label="询问人"
              withAsterisk
              searchable
              data={[
                ...personOptions(askers, [form.values.askerId]).map((g) => ({
                  ...g,
                  group: `本次询问人 · ${g.group}`,
                })),
                ...personOptions(others, [form.values.askerId]),
              ]}
              nothingFoundMessage="没有找到这个人"
              {...form.getInputProps('askerId')}
            />
            <MultiSelect
              label="应询单位"
              withAsterisk
              searchable
              data={activity.units.map((u) => ({
                value: u.unitId,
                label: unitName(u.unitId),
              }))}
              value={form.values.unitIds}
              onChange={chooseUnits}
              error={form.errors.unitIds}
              nothingFoundMessage="活动中没有这个单位"
            />
            <TextInput label="应询人" {...form.getInputProps('respondentName')} />
            <TextInput label="应询人职务" {...form.getInputProps('respondentTitle')} />
          </SimpleGrid>
          <Textarea
            label="询问内容"
            withAsterisk={!form.values.unplanned}
            autosize
            minRows={4}
            maxRows={10}
            {...form.getInputProps('text')}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              计划时长（分钟或 分:秒，0 为不限时）
            </Text>
            <SimpleGrid cols={4}>
              {QUESTION_PHASES.map((phase) => (
                <DurationInput
                  key={phase}
                  label={PHASE_LABELS[phase]}
                  value={form.values.minutes[phase]}
                  onChange={(v) => form.setFieldValue(`minutes.${phase}`, v)}
                  error={form.errors[`minutes.${phase}`]}
                />
              ))}
            </SimpleGrid>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
