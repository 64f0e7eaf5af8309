import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUSES,
  defaultProjectVoteSettings,
  participantLabel,
  respondentLabel,
  unitsLabel,
  type ActivityInput,
} from '../../domain/activity/activity';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import type { RunOptions } from '../../app/runtime';
import { PROJECT_DENOMINATOR_LABELS } from '../../domain/projects/projectRules';
import type { Denominator } from '../../domain/votes/rules';
import { TimerLengthFields } from '../../ui/TimerLengthFields';
import { ParticipantsField } from './ParticipantsField';
import { personOptions } from './peopleOptions';
import { UnitsField } from './UnitsField';

const PLACEHOLDERS = {
  inquiry: '促进绿色矿山建设',
  evaluation: '优化营商环境',
  project: '2027年民生实事项目票决',
} as const;

const DENOMINATORS: Denominator[] = ['valid', 'returned', 'present', 'entitled'];

export function ActivityForm({
  initial,
  isNew,
  people,
  units,
  saving,
  onSave,
  onCancel,
}: {
  initial: ActivityInput;
  isNew: boolean;
  people: Person[];
  units: Unit[];
  saving: boolean;
  /** Saves; a failure is shown beside the form's fields through `form`. */
  onSave: (input: ActivityInput, form: NonNullable<RunOptions['form']>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<ActivityInput>({ initialValues: initial });
  const kind = form.values.kind;

  return (
    <form onSubmit={form.onSubmit((values) => void onSave(values, form))} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Stack>
            <div>
              <Text size="sm" fw={500} mb={4}>
                活动类型
              </Text>
              <SegmentedControl
                disabled={!isNew}
                data={[
                  { value: 'inquiry', label: '专题询问' },
                  { value: 'evaluation', label: '工作评议' },
                  { value: 'project', label: '民生实事项目票决' },
                ]}
                value={kind}
                onChange={(v) => {
                  form.setFieldValue('kind', v);
                  if (v === 'project' && !form.values.project) {
                    form.setFieldValue('project', defaultProjectVoteSettings(form.values.date));
                  }
                }}
              />
              {!isNew ? (
                <Text size="xs" c="dimmed" mt={4}>
                  活动建立后不能改类型
                </Text>
              ) : null}
            </div>
            <TextInput
              label="主题"
              placeholder={PLACEHOLDERS[kind]}
              withAsterisk
              data-autofocus
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={3}>
              <TextInput type="date" label="日期" withAsterisk {...form.getInputProps('date')} />
              <TextInput label="地点" placeholder="县人大常委会会议室" {...form.getInputProps('venue')} />
              <Select
                label="状态"
                data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s] }))}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            <Select
              label="主持人"
              placeholder="选择主持会议的主任或副主任"
              data={personOptions(people, form.values.chairId ? [form.values.chairId] : [])}
              searchable
              clearable
              nothingFoundMessage="没有找到这个人"
              {...form.getInputProps('chairId')}
            />
          </Stack>
        </Paper>

        {kind === 'project' ? (
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              票决规则
            </Title>
            <SimpleGrid cols={3}>
              <NumberInput
                label="项目年度"
                description="票决的是哪一年的民生实事项目"
                withAsterisk
                allowDecimal={false}
                min={2000}
                max={2100}
                value={form.values.project?.year ?? ''}
                onChange={(v) => form.setFieldValue('project.year', typeof v === 'number' ? v : Number.NaN)}
                error={form.errors['project.year']}
              />
              <NumberInput
                label="限选项数"
                description="每张票最多同意几项，也是最多选出几项"
                withAsterisk
                allowDecimal={false}
                min={1}
                value={form.values.project?.places ?? ''}
                onChange={(v) => form.setFieldValue('project.places', typeof v === 'number' ? v : Number.NaN)}
                error={form.errors['project.places']}
              />
              <Select
                label="过半数的基数"
                description="项目获得其过半数同意票为通过"
                allowDeselect={false}
                data={DENOMINATORS.map((d) => ({ value: d, label: PROJECT_DENOMINATOR_LABELS[d] }))}
                value={form.values.project?.denominator ?? 'valid'}
                onChange={(v) => form.setFieldValue('project.denominator', v ?? 'valid')}
              />
            </SimpleGrid>
            <TextInput
              mt="sm"
              label="票决会议"
              description="印在选票和票决结果公告上，例如：宜丰县第十八届人民代表大会第二次会议"
              value={form.values.project?.meetingName ?? ''}
              onChange={(e) => form.setFieldValue('project.meetingName', e.currentTarget.value)}
              error={form.errors['project.meetingName']}
            />
            {form.errors.project ? (
              <Text c="red" size="sm" mt="xs">
                {form.errors.project}
              </Text>
            ) : null}
          </Paper>
        ) : null}

        {kind === 'project' ? null : (
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              {unitsLabel(kind)}
            </Title>
            <UnitsField
              label={unitsLabel(kind)}
              respondentLabel={respondentLabel(kind)}
              units={units}
              value={form.values.units}
              onChange={(v) => form.setFieldValue('units', v)}
              error={form.errors.units as string | undefined}
            />
          </Paper>
        )}

        <Paper withBorder p="lg">
          <Title order={4} mb="sm">
            {participantLabel(kind)}
          </Title>
          <ParticipantsField
            label={participantLabel(kind)}
            kind={kind}
            chairId={form.values.chairId}
            people={people}
            quickCategories={
              kind === 'inquiry'
                ? ['常委会组成人员']
                : kind === 'project'
                  ? ['人大代表']
                  : ['常委会组成人员', '人大代表', '服务对象']
            }
            value={form.values.participantIds}
            onChange={(v) => form.setFieldValue('participantIds', v)}
            error={form.errors.participantIds as string | undefined}
          />
        </Paper>

        {/* The timer is the inquiry console's: a 工作评议 has none. */}
        {kind === 'inquiry' ? (
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              计时时长
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              填分钟数（如 3）或 分:秒（如 1:30）；0 表示不限时，计时从零往上数，不提醒也不算超时。
            </Text>
            <TimerLengthFields
              values={form.values.timerMinutes}
              errors={(key) => form.errors[`timerMinutes.${key}`]}
              onChange={(key, v) => form.setFieldValue(`timerMinutes.${key}`, v)}
            />
          </Paper>
        ) : null}

        <Group>
          <Button type="submit" loading={saving}>
            {isNew ? '创建活动' : '保存修改'}
          </Button>
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
