import { describe, expect, it } from 'vitest';
import { timeText } from './timeText';

describe('timeText', () => {
  it('prints the local date and minute of a stored instant', () => {
    const local = new Date(2026, 10, 29, 16, 5, 42);
    expect(timeText(local.getTime())).toBe('2026-11-29 16:05');
  });

  it('pads months, days, hours and minutes', () => {
    expect(timeText(new Date(2027, 0, 2, 3, 4).getTime())).toBe('2027-01-02 03:04');
  });
});
