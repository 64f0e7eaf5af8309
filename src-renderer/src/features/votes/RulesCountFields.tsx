import { NumberInput, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../domain/validation';
import { DENOMINATOR_LABELS, RANK_KEY_LABELS, type Denominator } from '../../domain/votes/rules';
import type { SetupValues } from './setupValues';

const DENOMINATORS = (Object.keys(DENOMINATOR_LABELS) as Denominator[]).map((value) => ({
  value,
  label: DENOMINATOR_LABELS[value].replace('人数', '（人数）').replace('票数', '（票数）'),
}));

const NO_OUTCOME = 'none';

/** Denominators, quorum, ranking, tie-breaker, bottom N and decimals. */
export function RulesCountFields({
  form,
  errors,
}: {
  form: UseFormReturnType<SetupValues>;
  errors: FieldErrors;
}) {
  const rules = form.values.rules;
  const tiers = rules.form === 'tiers';
  return (
    <Stack gap="sm">
      {tiers ? (
        <SimpleGrid cols={2}>
          <Select
            label="满意率和得分的分母"
            data={DENOMINATORS}
            allowDeselect={false}
            value={rules.denominator}
            onChange={(value) => value && form.setFieldValue('rules.denominator', value)}
          />
          <Select
            label="等次（满意 / 基本满意 / 不满意）的分母"
            data={[...DENOMINATORS, { value: NO_OUTCOME, label: '不评定等次' }]}
            allowDeselect={false}
            value={rules.outcomeDenominator ?? NO_OUTCOME}
            onChange={(value) =>
              form.setFieldValue(
                'rules.outcomeDenominator',
                value === NO_OUTCOME ? null : (value as Denominator),
              )
            }
          />
          <Select
            label="排名依据"
            data={Object.entries(RANK_KEY_LABELS).map(([value, label]) => ({ value, label }))}
            allowDeselect={false}
            value={rules.rankBy}
            onChange={(value) =>
              value && form.setFieldValue('rules.rankBy', value as 'score' | 'satisfactionRate')
            }
            error={errors['rules.rankBy']}
          />
          <Switch
            mt={30}
            label="名次相同时：满意票多者在前，再比不满意票少者"
            checked={rules.tieBreaker}
            onChange={(event) => form.setFieldValue('rules.tieBreaker', event.currentTarget.checked)}
          />
        </SimpleGrid>
      ) : null}
      <SimpleGrid cols={3}>
        <NumberInput
          label="标记排名靠后的个数"
          min={0}
          max={100}
          allowDecimal={false}
          {...form.getInputProps('rules.bottomN')}
          error={errors['rules.bottomN']}
        />
        <NumberInput
          label="保留小数位数"
          min={0}
          max={6}
          allowDecimal={false}
          {...form.getInputProps('rules.decimals')}
          error={errors['rules.decimals']}
        />
      </SimpleGrid>
      <Switch
        label="实到人数须超过应到人数的一半（法定人数）"
        checked={rules.requireQuorum}
        onChange={(event) => form.setFieldValue('rules.requireQuorum', event.currentTarget.checked)}
      />
      <Switch
        label="按公布的数值（四舍五入后）比较名次；关闭时按精确值比较"
        checked={rules.rankByPrintedValue}
        onChange={(event) => form.setFieldValue('rules.rankByPrintedValue', event.currentTarget.checked)}
      />
    </Stack>
  );
}
