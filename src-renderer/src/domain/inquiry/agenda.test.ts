import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import {
  agendaItemWithSpeaker,
  agendaStartTimes,
  formatTimeOfDay,
  normalizeAgendaStart,
  parseTimeOfDay,
  agendaPlannedMinutes,
  defaultAgenda,
  normalizeAgendaItem,
  validateAgenda,
  validateAgendaItem,
} from './agenda';

describe('agenda', () => {
  it('offers the usual inquiry meeting, the statement taking the statement minutes', () => {
    let n = 0;
    const agenda = defaultAgenda(() => `a${++n}`, { ...DEFAULT_TIMER_MINUTES, statement: 12 });
    expect(agenda.map((a) => [a.id, a.order, a.kind, a.title, a.plannedMinutes])).toEqual([
      ['a1', 1, 'opening', '开场（主持人介绍应询人员）', 10],
      ['a2', 2, 'report', '政府汇报（或观看专题片）', 20],
      ['a3', 3, 'inquiry', '询问（一问一答）', 120],
      ['a4', 4, 'vote', '满意度测评', 15],
      ['a5', 5, 'statement', '表态发言', 12],
      ['a6', 6, 'closing', '主任讲话', 15],
    ]);
    expect(agendaPlannedMinutes(agenda)).toBe(192);
    expect(validateAgenda(agenda)).toEqual({});
  });

  it('validates title, minutes and kind in Chinese', () => {
    expect(validateAgendaItem({ title: '', plannedMinutes: 0, kind: 'x' as never })).toEqual({
      title: '请填写议程名称',
      plannedMinutes: '计划时长应为 1 到 600 之间的整数分钟',
      kind: '请选择议程类型',
    });
    const bad = { id: 'b', order: 1, title: '讲话', plannedMinutes: 1.5, kind: 'closing' as const };
    expect(Object.keys(validateAgenda([bad]))).toEqual(['b']);
  });

  it('keeps an optional speaker, trimmed, and leaves an empty one out', () => {
    const item = { title: ' 政府汇报 ', plannedMinutes: 20, kind: 'report' as const };
    expect(normalizeAgendaItem({ ...item, speaker: '  县人民政府副县长　李明 ' })).toEqual({
      title: '政府汇报',
      plannedMinutes: 20,
      kind: 'report',
      speaker: '县人民政府副县长 李明',
    });
    expect(normalizeAgendaItem({ ...item, speaker: '  ' })).not.toHaveProperty('speaker');
    expect(normalizeAgendaItem(item)).not.toHaveProperty('speaker');
    expect(validateAgendaItem({ ...item, speaker: '长'.repeat(201) })).toEqual({
      speaker: '发言人不能超过 200 个字',
    });
    expect(agendaItemWithSpeaker({ title: '政府汇报', speaker: '副县长 李明' })).toBe(
      '政府汇报 — 副县长 李明',
    );
    expect(agendaItemWithSpeaker({ title: '主任讲话' })).toBe('主任讲话');
  });
});

const item = (id: string, order: number, plannedMinutes: number) => ({ id, order, plannedMinutes });

describe('agendaStartTimes', () => {
  it('starts each item after the planned minutes of those before it, in order, across noon', () => {
    const items = [item('c', 3, 15), item('a', 1, 90), item('b', 2, 30)];
    expect([...agendaStartTimes(items, '10:20')]).toEqual([
      ['a', '10:20'],
      ['b', '11:50'],
      ['c', '12:20'],
    ]);
  });

  it('gives no times without a start time', () => {
    expect(agendaStartTimes([item('a', 1, 10)], null).size).toBe(0);
    expect(agendaStartTimes([item('a', 1, 10)], undefined).size).toBe(0);
    expect(agendaStartTimes([item('a', 1, 10)], '').size).toBe(0);
  });

  it('gives no times for an empty agenda', () => {
    expect(agendaStartTimes([], '09:00').size).toBe(0);
  });
});

describe('time of day', () => {
  it('reads the usual ways of writing a time', () => {
    expect(parseTimeOfDay('9:00')).toBe(540);
    expect(parseTimeOfDay(' 09:05 ')).toBe(545);
    expect(parseTimeOfDay('14：30')).toBe(870);
    expect(parseTimeOfDay('1430')).toBe(870);
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['24:00', '9:60', '9', '上午九点', '9:0', '']) expect(parseTimeOfDay(text)).toBeNull();
  });

  it('writes hours and minutes with two digits, wrapping past midnight', () => {
    expect(formatTimeOfDay(545)).toBe('09:05');
    expect(formatTimeOfDay(24 * 60 + 10)).toBe('00:10');
  });

  it('normalizes the stored start, empty meaning none, with a Chinese message for a bad one', () => {
    expect(normalizeAgendaStart('9:00')).toEqual({ start: '09:00' });
    expect(normalizeAgendaStart('  ')).toEqual({ start: null });
    expect(normalizeAgendaStart('九点')).toEqual({ error: '开始时间请填时:分，如 09:00 或 14:30' });
  });
});
