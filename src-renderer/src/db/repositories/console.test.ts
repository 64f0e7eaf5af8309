import { beforeEach, describe, expect, it } from 'vitest';
import { foldConsole } from '../../domain/inquiry/consoleState';
import { newQuestion } from '../../domain/inquiry/question';
import { timerReading } from '../../domain/inquiry/timer';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { XunpingDb } from '../database';
import { freshDb } from '../testing/freshDb';
import { createActivity } from './activities';
import { listAgenda } from './agenda';
import { applyConsoleAction } from './console';
import { peopleRepository } from './people';
import { addQuestion, listQuestions } from './questions';
import { unitsRepository } from './units';

let db: XunpingDb;
let activityId: string;
let questionId: string;
const t0 = Date.UTC(2026, 11, 6, 1, 0, 0);

beforeEach(async () => {
  db = freshDb();
  const unitId = (
    await unitsRepository.add(db, {
      fullName: '宜丰县水利局',
      shortName: '县水利局',
      kind: '政府工作部门',
      headName: '梁德明',
      headTitle: '局长',
      supervisorName: '',
      supervisorTitle: '',
    })
  ).id;
  const askerId = (
    await peopleRepository.add(db, { name: '喻建平', title: '', category: '人大代表', groups: [], phone: '' })
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
        units: [{ unitId, respondentName: '梁德明', respondentTitle: '局长' }],
        participantIds: [askerId],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'running',
      },
      new Date(t0).getTime(),
    )
  ).id;
  const {
    id: _id,
    order: _order,
    ...input
  } = newQuestion('x', 1, DEFAULT_TIMER_MINUTES, {
    askerId,
    unitIds: [unitId],
    text: '矿区周边水土保持方案落实得怎样？',
  });
  questionId = (await addQuestion(db, activityId, input)).id;
});

async function state() {
  const events = await db.consoleEvents.where('activityId').equals(activityId).toArray();
  return foldConsole(await listQuestions(db, activityId), await listAgenda(db, activityId), events);
}

describe('applyConsoleAction', () => {
  it('numbers events 1, 2, 3 and the fold reads the timer from them', async () => {
    await applyConsoleAction(db, activityId, { type: 'questionTaken', questionId }, t0);
    await applyConsoleAction(
      db,
      activityId,
      { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 },
      t0 + 1000,
    );
    await applyConsoleAction(db, activityId, { type: 'paused' }, t0 + 61_000);
    const events = await db.consoleEvents.where('activityId').equals(activityId).sortBy('seq');
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'questionTaken'],
      [2, 'phaseStarted'],
      [3, 'paused'],
    ]);
    const reading = timerReading(await state(), t0 + 500_000);
    expect(reading).toMatchObject({ phase: 'ask', remainingSeconds: 120, paused: true });
  });

  it('refuses an action the meeting does not allow, with the reason, and writes nothing', async () => {
    await expect(
      applyConsoleAction(
        db,
        activityId,
        { type: 'phaseStarted', phase: 'followUp', plannedSeconds: 120 },
        t0,
      ),
    ).rejects.toMatchObject({ code: 'inquiry.chooseQuestionFirst', message: '请先选择要询问的问题' });
    expect(await db.consoleEvents.count()).toBe(0);
  });

  it('stores an unplanned question with its texts cleaned, no direction override left', async () => {
    const [planned] = await listQuestions(db, activityId);
    if (!planned) throw new Error('no planned question');
    const question = {
      ...planned,
      id: 'unplanned-1',
      order: 2,
      unplanned: true,
      respondentName: '梁\u200B德明',
      text: '\u202E？么什为\u202C 追加\u3000提问',
    };
    await applyConsoleAction(db, activityId, { type: 'questionAdded', question }, t0);
    const [event] = await db.consoleEvents.where('activityId').equals(activityId).toArray();
    expect(event?.type === 'questionAdded' && event.question).toMatchObject({
      respondentName: '梁德明',
      text: '？么什为 追加 提问',
    });
  });

  it('gives concurrent writers distinct sequence numbers', async () => {
    await applyConsoleAction(db, activityId, { type: 'questionTaken', questionId }, t0);
    await applyConsoleAction(db, activityId, { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 }, t0);
    const results = await Promise.allSettled([
      applyConsoleAction(db, activityId, { type: 'paused' }, t0 + 5000),
      applyConsoleAction(db, activityId, { type: 'paused' }, t0 + 5001),
    ]);
    // The second "pause" sees the first one in its transaction and is refused: the timer is already paused.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const seqs = (await db.consoleEvents.toArray()).map((e) => e.seq).sort();
    expect(seqs).toEqual([1, 2, 3]);
  });
});
