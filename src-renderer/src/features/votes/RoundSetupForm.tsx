import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { describeRules } from '../../domain/votes/describeRules';
import { setupErrors } from '../../domain/votes/lifecycle';
import type { RoundInput } from '../../domain/votes/roundRecord';
import type { VoteForm } from '../../domain/votes/rules';
import { setupWarnings } from '../../domain/votes/setupWarnings';
import { hasErrors } from '../../domain/validation';
import { RulesCountFields } from './RulesCountFields';
import { RulesCriteriaFields } from './RulesCriteriaFields';
import { RulesGroupFields } from './RulesGroupFields';
import { RulesTierFields } from './RulesTierFields';
import { RulesUsed } from './RulesUsed';
import { toInput, toValues, type SetupValues } from './setupValues';
import { SubjectsEditor, type SubjectOption } from './SubjectsEditor';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * The setup of a round: title, form, subjects and every counting rule, with the rules' messages beside the
 * fields and the printed rules ("本轮使用的计票规则") updated as the secretary types.
 */
export function RoundSetupForm({
  initial,
  options,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: RoundInput;
  options: SubjectOption[];
  submitLabel: string;
  onSubmit: (input: RoundInput) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<SetupValues>({ initialValues: toValues(initial) });
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  const input = toInput(form.values);
  const subjects = input.subjects.map((s, i) => ({ ...s, id: s.id ?? `s${i}` }));
  const errors = setupErrors({ ...input, subjects });
  const warnings = setupWarnings(input.rules, subjects);
  const ruleErrors = Object.keys(errors).some((key) => key.startsWith('rules.'));
  const isTiers = form.values.rules.form === 'tiers';

  const setForm = (value: VoteForm) => {
    form.setFieldValue('rules.form', value);
    if (value === 'scoreSheet') form.setFieldValue('rules.rankBy', 'score');
  };
  const submit = async () => {
    setTried(true);
    if (hasErrors(errors)) return;
    setSaving(true);
    try {
      await onSubmit(input);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={7}>
        <Stack>
          <Section title="基本信息">
            <Stack gap="sm">
              <TextInput
                label="测评名称"
                withAsterisk
                {...form.getInputProps('title')}
                error={errors.title}
              />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  测评形式
                </Text>
                <SegmentedControl
                  aria-label="测评形式"
                  data={[
                    { value: 'tiers', label: '满意度测评（满意 / 基本满意 / 不满意）' },
                    { value: 'scoreSheet', label: '评分表（按项目打分）' },
                  ]}
                  value={form.values.rules.form}
                  onChange={(value) => setForm(value)}
                />
              </div>
              <Checkbox
                label="双人复核"
                description="每张纸质测评票由第二人按票号再录入一遍；两次录入不一致的须核对原票后裁定，全部一致后才能结束测评。开始测评后不能关闭。"
                {...form.getInputProps('doubleEntry', { type: 'checkbox' })}
              />
            </Stack>
          </Section>
          <Section title="测评对象">
            <SubjectsEditor
              form={form}
              options={options}
              error={tried || subjects.length > 0 ? errors.subjects : undefined}
            />
          </Section>
          {isTiers ? (
            <Section title="档次与分值">
              <RulesTierFields form={form} errors={errors} />
            </Section>
          ) : (
            <Section title="评分表">
              <RulesCriteriaFields form={form} errors={errors} />
            </Section>
          )}
          <Section title="测评组及权重">
            <RulesGroupFields form={form} errors={errors} />
          </Section>
          <Section title="计票与排名">
            <RulesCountFields form={form} errors={errors} />
            {warnings.length > 0 ? (
              <Alert color="yellow" mt="sm" title="请注意">
                {warnings.map((warning) => (
                  <Text key={warning} size="sm">
                    {warning}
                  </Text>
                ))}
              </Alert>
            ) : null}
          </Section>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              取消
            </Button>
            <Button onClick={() => void submit()} loading={saving}>
              {submitLabel}
            </Button>
          </Group>
          {tried && hasErrors(errors) ? (
            <Alert color="red" role="alert" title="还不能保存">
              {Object.values(errors)[0]}
            </Alert>
          ) : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={5}>
        <div style={{ position: 'sticky', top: 72 }}>
          {ruleErrors ? (
            <Alert color="red" title="本轮使用的计票规则">
              计票规则有误，请先改正左侧标红的设置。
            </Alert>
          ) : (
            <RulesUsed lines={describeRules(input.rules)} />
          )}
        </div>
      </Grid.Col>
    </Grid>
  );
}
