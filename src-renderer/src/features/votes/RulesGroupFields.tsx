import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../domain/validation';
import type { SetupValues } from './setupValues';

function nextGroupId(ids: readonly string[]): string {
  for (let n = 1; ; n += 1) if (!ids.includes(`group-${n}`)) return `group-${n}`;
}

/** 测评组 and their weights in percent; with several groups the weights must add up to 100%. */
export function RulesGroupFields({
  form,
  errors,
}: {
  form: UseFormReturnType<SetupValues>;
  errors: FieldErrors;
}) {
  const groups = form.values.rules.groups;
  const add = () =>
    form.insertListItem('rules.groups', {
      id: nextGroupId(groups.map((g) => g.id)),
      name: '',
      weight: 0,
    });
  return (
    <Stack gap="xs">
      {groups.map((group, index) => (
        <Group key={group.id} align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={index === 0 ? '测评组' : undefined}
            aria-label={`第 ${index + 1} 个测评组名称`}
            style={{ flex: 1 }}
            {...form.getInputProps(`rules.groups.${index}.name`)}
            error={errors[`rules.groups.${index}.name`]}
          />
          <NumberInput
            label={index === 0 ? '权重' : undefined}
            aria-label={`${group.name || `第 ${index + 1} 个测评组`}权重`}
            w={130}
            min={0}
            max={100}
            decimalScale={2}
            suffix="%"
            {...form.getInputProps(`rules.groups.${index}.weight`)}
            error={errors[`rules.groups.${index}.weight`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={index === 0 ? 28 : 4}
            aria-label={`删除测评组${group.name}`}
            disabled={groups.length === 1}
            onClick={() => form.removeListItem('rules.groups', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {errors['rules.groups'] ? (
        <Text size="sm" c="red" role="alert">
          {errors['rules.groups']}
        </Text>
      ) : null}
      <Group>
        <Button variant="light" size="compact-sm" onClick={add}>
          添加测评组
        </Button>
        <Text size="xs" c="dimmed">
          综合得分 = Σ 组权重 × 该组得分；某组没有有效票时不计入，其余各组权重按比例调整。
        </Text>
      </Group>
    </Stack>
  );
}
