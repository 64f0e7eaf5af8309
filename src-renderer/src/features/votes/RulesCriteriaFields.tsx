import { ActionIcon, Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../domain/validation';
import type { SetupValues } from './setupValues';

function nextCriterionId(ids: readonly string[]): string {
  for (let n = 1; ; n += 1) if (!ids.includes(`c${n}`)) return `c${n}`;
}

/** Score sheet: criteria with maximum points, and the trimmed mean. */
export function RulesCriteriaFields({
  form,
  errors,
}: {
  form: UseFormReturnType<SetupValues>;
  errors: FieldErrors;
}) {
  const criteria = form.values.rules.criteria;
  const full = criteria.reduce((total, c) => total + (typeof c.max === 'number' ? c.max : 0), 0);
  return (
    <Stack gap="xs">
      {criteria.map((criterion, index) => (
        <Group key={criterion.id} align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={index === 0 ? '评分项目' : undefined}
            aria-label={`第 ${index + 1} 个评分项目`}
            style={{ flex: 1 }}
            {...form.getInputProps(`rules.criteria.${index}.name`)}
            error={errors[`rules.criteria.${index}.name`]}
          />
          <NumberInput
            label={index === 0 ? '满分' : undefined}
            aria-label={`${criterion.name || `第 ${index + 1} 个评分项目`}满分`}
            w={110}
            min={0}
            max={1000}
            decimalScale={1}
            {...form.getInputProps(`rules.criteria.${index}.max`)}
            error={errors[`rules.criteria.${index}.max`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={index === 0 ? 28 : 4}
            aria-label={`删除评分项目${criterion.name}`}
            disabled={criteria.length === 1}
            onClick={() => form.removeListItem('rules.criteria', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {errors['rules.criteria'] ? (
        <Text size="sm" c="red" role="alert">
          {errors['rules.criteria']}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() =>
            form.insertListItem('rules.criteria', {
              id: nextCriterionId(criteria.map((c) => c.id)),
              name: '',
              max: 10,
            })
          }
        >
          添加评分项目
        </Button>
        <Text size="sm" c="dimmed">
          满分合计 {full} 分
        </Text>
      </Group>
      <Switch
        label="去掉一个最高分和一个最低分后计算平均分（有效评分不足 3 份时不去掉）"
        checked={form.values.rules.trimExtremes}
        onChange={(event) => form.setFieldValue('rules.trimExtremes', event.currentTarget.checked)}
      />
    </Stack>
  );
}
