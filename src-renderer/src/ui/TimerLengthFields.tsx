import { SimpleGrid } from '@mantine/core';
import { TIMER_PHASE_LABELS, type TimerMinutes } from '../domain/settings/settings';
import { DurationInput } from './DurationInput';

/** The five timer lengths (提问 … 表态发言) side by side, as 设置's defaults and each activity edit them. */
export function TimerLengthFields({
  values,
  errors,
  onChange,
}: {
  values: TimerMinutes;
  /** Messages by phase, e.g. from a form's `timerMinutes.answer` errors. */
  errors: (phase: keyof TimerMinutes) => React.ReactNode;
  onChange: (phase: keyof TimerMinutes, minutes: number) => void;
}) {
  return (
    <SimpleGrid cols={5}>
      {(Object.keys(TIMER_PHASE_LABELS) as (keyof TimerMinutes)[]).map((key) => (
        <DurationInput
          key={key}
          label={TIMER_PHASE_LABELS[key]}
          value={values[key]}
          onChange={(v) => onChange(key, v as number)}
          error={errors(key)}
        />
      ))}
    </SimpleGrid>
  );
}
