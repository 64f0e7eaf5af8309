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

describe('a 民生实事项目票决 activity', () => {
  const project: ActivityInput = {
    ...base,
    kind: 'project',
    units: [],
    status: 'running',
    project: { year: 2027, places: 10, denominator: 'valid', meetingName: '' },
  };

  it('needs a year and a positive whole number of places, and no units', () => {
    expect(validateActivity(project)).toEqual({});
    expect(validateActivity({ ...project, project: undefined })).toEqual({
      project: '请填写项目年度和限选项数',
    });
    expect(
      validateActivity({
        ...project,
        project: { year: 27, places: 0, denominator: 'valid', meetingName: '' },
      }),
    ).toEqual({
      'project.year': '请填写项目年度，例如 2027',
      'project.places': '限选项数应为正整数，例如 10',
    });
    expect(
      validateActivity({
        ...project,
        project: { year: 2027, places: 2.5, denominator: 'valid', meetingName: '' },
      }),
    ).toEqual({
      'project.places': '限选项数应为正整数，例如 10',
    });
  });

  it('keeps its settings through normalizing; other kinds drop them', () => {
    expect(normalizeActivity(project).project).toEqual(project.project);
    expect(normalizeActivity({ ...project, kind: 'evaluation' }).project).toBeUndefined();
  });
});
