import { describe, expect, it } from 'vitest';
import {
  formatTimerLength,
  parseTimerLength,
  plannedLengthText,
  plannedSecondsError,
  timerLengthError,
} from './timerLength';
import { DEFAULT_TIMER_MINUTES, validateTimerMinutes } from './settings';

describe('parseTimerLength', () => {
  it('reads whole minutes, minutes and seconds, and 0 for no limit', () => {
    const typed = [
      '3',
      '1:30',
      '1：30',
      ' 2:05 ',
      '0',
      '0:45',
      '1.5',
      '１:３０',
      '1分30秒',
      '90秒',
      '3分钟',
      '120',
    ];
    expect(typed.map(parseTimerLength)).toEqual([180, 90, 90, 125, 0, 45, 90, 90, 90, 90, 180, 7200]);
  });

  it('refuses what is not a length', () => {
    const typed = ['', 'abc', '1:60', '1:3:0', '-1', '1.01', ':30', '三分钟', '1::30'];
    expect(typed.map(parseTimerLength)).toEqual(typed.map(() => null));
  });
});

describe('formatTimerLength', () => {
  it('shows lengths back as m:ss', () => {
    expect([90, 180, 0, 45, 7200].map(formatTimerLength)).toEqual(['1:30', '3:00', '0:00', '0:45', '120:00']);
    expect([0, 90].map(plannedLengthText)).toEqual(['不限时', '1:30']);
  });
});

describe('timer length errors', () => {
  it('accepts 0 (no limit), whole minutes and fractions of whole seconds', () => {
    expect([0, 1, 1.5, 4 / 3, 120].map((m) => timerLengthError('回答', m))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(validateTimerMinutes({ ...DEFAULT_TIMER_MINUTES, answer: 1.5, followUp: 0 })).toEqual({});
  });

  it('gives a clear Chinese message for text that is not a length, a negative, a fraction of a second and too long', () => {
    expect(timerLengthError('回答', 'abc')).toBe(
      '回答时长无法识别：请填分钟数（如 3）或 分:秒（如 1:30），0 表示不限时',
    );
    expect(timerLengthError('回答', -1)).toBe('回答时长不能是负数（0 表示不限时）');
    expect(timerLengthError('回答', 1.001)).toBe('回答时长请精确到秒，如 1:30');
    expect(timerLengthError('回答', 121)).toBe('回答时长不能超过 120 分钟');
    expect(plannedSecondsError('追问', 90.5)).toBe('追问时长请精确到秒，如 1:30');
    expect(plannedSecondsError('追问', 7201)).toBe('追问时长不能超过 120 分钟');
    expect(validateTimerMinutes({ ...DEFAULT_TIMER_MINUTES, ask: 'x' as unknown as number })).toEqual({
      'timerMinutes.ask': '提问时长无法识别：请填分钟数（如 3）或 分:秒（如 1:30），0 表示不限时',
    });
  });
});
