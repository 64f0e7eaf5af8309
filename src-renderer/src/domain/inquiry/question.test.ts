import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import { moveDown, moveToIndex, moveUp, nextOrder, renumber } from './ordering';
import {
  defaultRespondent,
  isQuestionShape,
  newQuestion,
  normalizeQuestion,
  plannedSecondsFrom,
  validateQuestion,
} from './question';

const valid = newQuestion('q1', 1, DEFAULT_TIMER_MINUTES, {
  askerId: 'zhang',
  unitIds: ['u1'],
  text: '绿色矿山建设的验收标准是什么？',
});

describe('question', () => {
  it('takes planned seconds from the activity timer minutes', () => {
    expect(plannedSecondsFrom(DEFAULT_TIMER_MINUTES)).toEqual({
      ask: 180,
      answer: 300,
      followUp: 120,
      supplement: 180,
    });
    const q = newQuestion('q', 2, DEFAULT_TIMER_MINUTES, { plannedSeconds: { answer: 420 } as never });
    expect(q.plannedSeconds).toEqual({ ask: 180, answer: 420, followUp: 120, supplement: 180 });
    expect(q.order).toBe(2);
    expect(q.unplanned).toBe(false);
  });

  it('accepts a complete question', () => {
    expect(validateQuestion(valid)).toEqual({});
    expect(isQuestionShape(valid)).toBe(true);
    expect(isQuestionShape({ ...valid, unitIds: 'u1' })).toBe(false);
  });

  it('needs an asker, a unit and a text, in Chinese', () => {
    const errors = validateQuestion({ ...valid, askerId: '', unitIds: [], text: ' ' });
    expect(errors).toEqual({
      askerId: '请选择询问人',
      unitIds: '请至少选择一个应询单位',
      text: '请填写询问内容',
    });
    expect(validateQuestion({ ...valid, unitIds: ['u1', 'u1'] }).unitIds).toBe('同一单位不能重复选择');
  });

  it('lets an unplanned question have no text yet', () => {
    expect(validateQuestion({ ...valid, text: '', unplanned: true })).toEqual({});
  });

  it('keeps planned lengths between 0 (no limit) and 120 minutes, to the second', () => {
    const planned = { ...valid.plannedSeconds, ask: 30.5, answer: 0, followUp: 121 * 60, supplement: 90 };
    expect(validateQuestion({ ...valid, plannedSeconds: planned })).toEqual({
      'plannedSeconds.ask': '提问时长请精确到秒，如 1:30',
      'plannedSeconds.followUp': '追问时长不能超过 120 分钟',
    });
    expect(validateQuestion({ ...valid, plannedSeconds: { ...valid.plannedSeconds, answer: 7200 } })).toEqual(
      {},
    );
  });

  it('cleans text but keeps paragraphs', () => {
    const q = normalizeQuestion({
      ...valid,
      text: '  第一段  内容\r\n\n\n\n第二段 ',
      respondentName: '李 明',
    });
    expect(q.text).toBe('第一段 内容\n\n第二段');
    expect(q.respondentName).toBe('李明');
  });

  it('suggests the respondent of the first unit that has one', () => {
    const units = [
      { unitId: 'u1', respondentName: '', respondentTitle: '' },
      { unitId: 'u2', respondentName: '王华', respondentTitle: '县生态环境局局长' },
    ];
    expect(defaultRespondent(units, ['u1', 'u2'])).toEqual({
      respondentName: '王华',
      respondentTitle: '县生态环境局局长',
    });
    expect(defaultRespondent(units, ['u9'])).toEqual({ respondentName: '', respondentTitle: '' });
  });
});

describe('reordering', () => {
  const items = [
    { id: 'c', order: 7 },
    { id: 'a', order: 2 },
    { id: 'b', order: 2 },
  ];
  const ids = (list: { id: string; order: number }[]) => list.map((x) => `${x.id}${x.order}`).join(' ');

  it('renumbers 1..n by order, ties by id', () => {
    expect(ids(renumber(items))).toBe('a1 b2 c3');
    expect(nextOrder(items)).toBe(8);
    expect(nextOrder([])).toBe(1);
  });

  it('moves up and down, staying inside the list', () => {
    expect(ids(moveUp(items, 'c'))).toBe('a1 c2 b3');
    expect(ids(moveUp(items, 'a'))).toBe('a1 b2 c3');
    expect(ids(moveDown(items, 'a'))).toBe('b1 a2 c3');
    expect(ids(moveDown(items, 'c'))).toBe('a1 b2 c3');
  });

  it('moves to an index (drag and drop), clamping it', () => {
    expect(ids(moveToIndex(items, 'c', 0))).toBe('c1 a2 b3');
    expect(ids(moveToIndex(items, 'a', 99))).toBe('b1 c2 a3');
    expect(ids(moveToIndex(items, 'zz', 0))).toBe('a1 b2 c3');
    expect(items[0]).toEqual({ id: 'c', order: 7 });
  });
});
