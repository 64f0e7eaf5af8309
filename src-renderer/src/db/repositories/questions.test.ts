import { beforeEach, describe, expect, it } from 'vitest';
import { newQuestion, type QuestionInput } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { XunpingDb } from '../database';
import { freshDb } from '../testing/freshDb';
import { createActivity, deleteActivity } from './activities';
import { ensureAgenda, listAgenda, moveAgendaItem, removeAgendaItem } from './agenda';
import { peopleRepository } from './people';
import {
  addQuestion,
  importQuestions,
  listQuestions,
  removeQuestion,
  reorderQuestions,
  updateQuestion,
} from './questions';
import { unitsRepository } from './units';

let db: XunpingDb;
let activityId: string;
let unitId: string;
let askerId: string;

beforeEach(async () => {
  db = freshDb();
  unitId = (
    await unitsRepository.add(db, {
      fullName: '宜丰县自然资源局',
      shortName: '县自然资源局',
      kind: '政府工作部门',
      headName: '丁振宇',
      headTitle: '局长',
      supervisorName: '',
      supervisorTitle: '',
    })
  ).id;
  askerId = (
    await peopleRepository.add(db, {
      name: '喻建平',
      title: '',
      category: '常委会组成人员',
      groups: [],
      phone: '',
    })
  ).id;
  activityId = (
    await createActivity(
      db,
      {
        kind: 'inquiry',
        title: '促进绿色矿山建设',
        date: '2026-12-06',
        venue: '',
        chairId: null,
        units: [{ unitId, respondentName: '丁振宇', respondentTitle: '局长' }],
        participantIds: [],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'planning',
      },
      new Date('2026-11-29T08:00:00Z').getTime(),
    )
  ).id;
});

const input = (text: string): QuestionInput => {
  const {
    id: _id,
    order: _order,
    ...rest
  } = newQuestion('x', 1, DEFAULT_TIMER_MINUTES, {
    askerId,
    unitIds: [unitId],
    text,
  });
  return rest;
};

describe('questions', () => {
  it('numbers questions in the order they are added and enlists the asker', async () => {
    await addQuestion(db, activityId, input('绿色矿山创建进展如何？'));
    await addQuestion(db, activityId, input('废弃矿山生态修复资金从哪里来？'));
    expect((await listQuestions(db, activityId)).map((q) => [q.order, q.text])).toEqual([
      [1, '绿色矿山创建进展如何？'],
      [2, '废弃矿山生态修复资金从哪里来？'],
    ]);
    expect((await db.activities.get(activityId))?.participantIds).toEqual([askerId]);
    expect((await db.activities.get(activityId))?.personIds).toContain(askerId);
  });

  it('refuses a question without text or units, with the reason', async () => {
    await expect(addQuestion(db, activityId, input(''))).rejects.toThrow('请填写询问内容');
    await expect(addQuestion(db, activityId, { ...input('x'), unitIds: [] })).rejects.toThrow('应询单位');
    expect(await db.questions.count()).toBe(0);
  });

  it('reorders, updates and removes, keeping orders 1..n', async () => {
    const a = await addQuestion(db, activityId, input('甲'));
    const b = await addQuestion(db, activityId, input('乙'));
    const c = await addQuestion(db, activityId, input('丙'));
    await reorderQuestions(db, activityId, [c.id, a.id, b.id]);
    expect((await listQuestions(db, activityId)).map((q) => q.text)).toEqual(['丙', '甲', '乙']);
    await updateQuestion(db, a.id, input('甲改'));
    await removeQuestion(db, c.id);
    expect((await listQuestions(db, activityId)).map((q) => [q.order, q.text])).toEqual([
      [1, '甲改'],
      [2, '乙'],
    ]);
    await expect(reorderQuestions(db, activityId, [a.id])).rejects.toThrow('刷新');
  });

  it('refuses to delete a question the console has taken', async () => {
    const q = await addQuestion(db, activityId, input('甲'));
    await db.consoleEvents.add({ activityId, seq: 1, at: 0, type: 'questionTaken', questionId: q.id });
    await expect(removeQuestion(db, q.id)).rejects.toThrow('不能删除');
  });

  it('imports all questions after the existing ones, or none', async () => {
    await addQuestion(db, activityId, input('甲'));
    const source = { fileName: '提纲.xlsx', at: 0 };
    await expect(importQuestions(db, activityId, [input('乙'), input('')], source)).rejects.toThrow(
      '询问内容',
    );
    expect(await db.questions.count()).toBe(1);
    expect(await importQuestions(db, activityId, [input('乙'), input('丙')], source)).toBe(2);
    expect((await listQuestions(db, activityId)).map((q) => q.order)).toEqual([1, 2, 3]);
  });
});

describe('agenda', () => {
  it('creates the usual agenda once, and reorders and removes items', async () => {
    await ensureAgenda(db, activityId, DEFAULT_TIMER_MINUTES);
    await ensureAgenda(db, activityId, DEFAULT_TIMER_MINUTES);
    const items = await listAgenda(db, activityId);
    expect(items.map((i) => i.kind)).toEqual([
      'opening',
      'report',
      'inquiry',
      'vote',
      'statement',
      'closing',
    ]);
    expect(items.find((i) => i.kind === 'statement')?.plannedMinutes).toBe(10);
    await moveAgendaItem(db, items[1]!.id, -1);
    expect((await listAgenda(db, activityId)).map((i) => i.kind).slice(0, 2)).toEqual(['report', 'opening']);
    await removeAgendaItem(db, items[3]!.id);
    expect((await listAgenda(db, activityId)).map((i) => i.order)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('deleting an activity', () => {
  it('removes its questions, agenda and console log', async () => {
    await addQuestion(db, activityId, input('甲'));
    await ensureAgenda(db, activityId, DEFAULT_TIMER_MINUTES);
    await db.consoleEvents.add({ activityId, seq: 1, at: 0, type: 'paused' });
    await deleteActivity(db, activityId);
    expect([
      await db.questions.count(),
      await db.agendaItems.count(),
      await db.consoleEvents.count(),
    ]).toEqual([0, 0, 0]);
  });
});
