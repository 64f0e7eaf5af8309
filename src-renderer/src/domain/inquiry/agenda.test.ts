import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import {
  agendaItemWithSpeaker,
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
