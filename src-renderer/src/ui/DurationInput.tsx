import { TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  formatTimerLength,
  minutesToSeconds,
  parseTimerLength,
  secondsToMinutes,
} from '../domain/settings/timerLength';

const shown = (value: number | string) =>
  typeof value === 'number' ? formatTimerLength(minutesToSeconds(value)) : value;

/**
 * A timer length typed as whole minutes (3) or minutes and seconds (1:30), shown back as m:ss once the field
 * is left. The value is minutes (1.5 for 1:30; 0 is no limit); text that is not a length is passed on as
 * typed, so the form's validation names the problem.
 */
export function DurationInput({
  label,
  value,
  onChange,
  error,
  onFocus,
  onBlur,
}: {
  label: string;
  value: number | string;
  onChange: (value: number | string) => void;
  error?: React.ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
}) {
  const [text, setText] = useState(() => shown(value));
  // A value set from outside (恢复默认时长, a reset) shows as m:ss; what the secretary is typing stays.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (typeof value === 'number' && parseTimerLength(text) !== minutesToSeconds(value))
      setText(shown(value));
  }
  const seconds = parseTimerLength(text);
  return (
    <TextInput
      label={label}
      value={text}
      placeholder="如 3 或 1:30"
      inputMode="numeric"
      autoComplete="off"
      description={seconds === 0 ? '不限时（正计时）' : '分钟 或 分:秒'}
      error={error}
      onFocus={onFocus}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const parsed = parseTimerLength(typed);
        onChange(parsed === null ? typed : secondsToMinutes(parsed));
      }}
      onBlur={() => {
        if (seconds !== null) setText(formatTimerLength(seconds));
        onBlur?.();
      }}
    />
  );
}
