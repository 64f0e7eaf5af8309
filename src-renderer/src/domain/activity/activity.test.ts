import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import { isIsoDate, normalizeActivity, validateActivity, type ActivityInput } from './activity';

const base: ActivityInput = {
  kind: 'inquiry',
  title: '促进绿色矿山建设',
  date: '2026-12-06',
  venue: '',
  chairId: 'chair',
  units: [],
  participantIds: ['a', 'b'],
  timerMinutes: DEFAULT_TIMER_MINUTES,
  status: 'planning',
};

describe('activity validation', () => {
  it('accepts a planned inquiry without units yet', () => {
    expect(validateActivity(base)).toEqual({});
  });

  it('needs units before it runs', () => {
    expect(validateActivity({ ...base, status: 'running' }).units).toContain('应询单位');
    expect(validateActivity({ ...base, kind: 'evaluation', status: 'running' }).units).toContain(
      '被评议单位',
    );
  });

  it('refuses a chair who also asks', () => {
    expect(validateActivity({ ...base, participantIds: ['chair'] }).chairId).toContain('主持人');
  });

  it('checks real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(validateActivity({ ...base, date: '' }).date).toBe('请选择日期');
  });

  it('removes repeated participants', () => {
    expect(normalizeActivity({ ...base, participantIds: ['a', 'a', 'b'] }).participantIds).toEqual([
      'a',
      'b',
    ]);
  });
});
