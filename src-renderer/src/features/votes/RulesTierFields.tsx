import { NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../domain/validation';
import { SCHEME_TIERS, TIER_LABELS } from '../../domain/votes/tiers';
import type { SetupValues } from './setupValues';

/** Tier scheme (三档 / 四档), 不了解, and the points of each tier. */
export function RulesTierFields({
  form,
  errors,
}: {
  form: UseFormReturnType<SetupValues>;
  errors: FieldErrors;
}) {
  const tiers = form.values.rules.tiers;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4}>
          档次
        </Text>
        <SegmentedControl
          aria-label="档次"
          data={[
            { value: 'three', label: '三档：满意 / 基本满意 / 不满意' },
            { value: 'four', label: '四档：另加“比较满意”' },
          ]}
          value={tiers.scheme}
          onChange={(value) => form.setFieldValue('rules.tiers.scheme', value)}
        />
      </div>
      <Switch
        label="设“不了解”档（不计分，也不计入分母）"
        checked={tiers.allowUnknown}
        onChange={(event) => form.setFieldValue('rules.tiers.allowUnknown', event.currentTarget.checked)}
      />
      <SimpleGrid cols={4}>
        {SCHEME_TIERS[tiers.scheme].map((tier) => (
          <NumberInput
            key={tier}
            label={`${TIER_LABELS[tier]}分值`}
            min={0}
            max={1000}
            decimalScale={2}
            {...form.getInputProps(`rules.tiers.weights.${tier}`)}
            error={errors[`rules.tiers.weights.${tier}`]}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
