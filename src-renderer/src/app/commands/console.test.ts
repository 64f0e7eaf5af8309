import { beforeEach, describe, expect, it } from 'vitest';
import { listQuestions } from '../../db/repositories/questions';
import { addQuestion } from '../../db/repositories/questions';
import { isDomainError } from '../../domain/errors';
import { newQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import {
  addConsoleQuestion,
  openAnswerer,
  openProjector,
  performConsoleAction,
  prepareConsole,
} from './console';

let services: TestServices;
let setup: InquirySetup;
let questionId: string;

const events = () => services.db.consoleEvents.where('activityId').equals(setup.activityId).sortBy('seq');

beforeEach(async () => {
  services = testServices('2026-12-06T09:00:00+08:00');
  setup = await setUpInquiry(services);
  const input = newQuestion('', 0, DEFAULT_TIMER_MINUTES, {
    askerId: setup.askerId,
    unitIds: [setup.ziranId],
    text: '矿山复绿后的林木管护由谁负责？',
  });
  questionId = (await addQuestion(services.db, setup.activityId, input)).id;
});

describe('prepareConsole', () => {
  it('writes nothing, and keys after it decide on the log as stored', async () => {
    const { activityId } = setup;
    await performConsoleAction(services, {
      activityId,
      decide: () => ({ type: 'questionTaken', questionId }),
    });
    await prepareConsole(services, { activityId });
    expect((await events()).map((e) => e.type)).toEqual(['questionTaken']);
    // Another window's write after the fold: the next key sees it (the memo is checked against the log).
    await services.db.consoleEvents.add({ type: 'paused', seq: 2, at: services.clock.now(), activityId });
    const seen: number[] = [];
    await performConsoleAction(services, {
      activityId,
      decide: (state) => {
        seen.push(state.ignored.length, state.currentQuestionId === questionId ? 1 : 0);
        return null;
      },
    });
    expect(seen).toEqual([1, 1]);
  });
});

describe('performConsoleAction', () => {
  it('decides on the stored log and writes the action at the clock’s time', async () => {
    const { activityId } = setup;
    const take = await performConsoleAction(services, {
      activityId,
      decide: (state, allowed) =>
        allowed.take.includes(questionId) ? { type: 'questionTaken', questionId: state.queue[0]! } : null,
    });
    services.clock.advance(90_000);
    await performConsoleAction(services, {
      activityId,
      decide: (state) =>
        state.currentQuestion ? { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 } : null,
    });
    expect(take).toBe(true);
    expect((await events()).map((e) => [e.seq, e.type, e.at])).toEqual([
      [1, 'questionTaken', Date.parse('2026-12-06T09:00:00+08:00')],
      [2, 'phaseStarted', Date.parse('2026-12-06T09:01:30+08:00')],
    ]);
  });

  it('makes the activity 进行中 with the first action and 已结束 after 结束会议, at the clock’s time', async () => {
    const { activityId } = setup;
    const status = async () => (await services.db.activities.get(activityId))?.status;
    await services.db.activities.update(activityId, { status: 'planning' });
    expect(await status()).toBe('planning');
    await performConsoleAction(services, {
      activityId,
      decide: () => ({ type: 'questionTaken', questionId }),
    });
    expect(await status()).toBe('running');
    await performConsoleAction(services, {
      activityId,
      decide: () => ({ type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 }),
    });
    await performConsoleAction(services, {
      activityId,
      decide: () => ({ type: 'questionFinished', questionId }),
    });
    services.clock.advance(60_000);
    await performConsoleAction(services, { activityId, decide: () => ({ type: 'meetingEnded' }) });
    const ended = await services.db.activities.get(activityId);
    expect(ended?.status).toBe('finished');
    expect(ended?.updatedAt).toBe(Date.parse('2026-12-06T01:01:00.000Z'));
  });

  it('writes nothing when the decision is to do nothing', async () => {
    const wrote = await performConsoleAction(services, { activityId: setup.activityId, decide: () => null });
    expect(wrote).toBe(false);
    expect(await events()).toEqual([]);
  });

  it('refuses an action the meeting does not allow with its DomainError code, and writes nothing', async () => {
    const attempt = performConsoleAction(services, {
      activityId: setup.activityId,
      decide: () => ({ type: 'paused' }),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'inquiry.timerNotStarted', message: '计时未开始' });
    expect(await events()).toEqual([]);
  });
});

describe('addConsoleQuestion', () => {
  it('adds an unplanned question after the others, with the unit’s respondent, at the clock’s time', async () => {
    services.clock.advance(60_000);
    const id = await addConsoleQuestion(services, {
      activityId: setup.activityId,
      askerId: setup.askerId,
      unitIds: [setup.linyeId, setup.ziranId],
      text: '',
    });
    const [event] = await events();
    expect(event).toMatchObject({
      type: 'questionAdded',
      at: Date.parse('2026-12-06T09:01:00+08:00'),
      question: {
        id,
        order: 2,
        unplanned: true,
        askerId: setup.askerId,
        respondentName: '丁振宇',
        respondentTitle: '局长',
      },
    });
    expect(id).toBe('id-1');
    // the question lives in the log, not in the question list
    expect(await listQuestions(services.db, setup.activityId)).toHaveLength(1);
  });

  it('refuses a question without an asker, and writes nothing', async () => {
    const attempt = addConsoleQuestion(services, {
      activityId: setup.activityId,
      askerId: '',
      unitIds: [setup.ziranId],
      text: '',
    });
    await expect(attempt).rejects.toSatisfy((error) => isDomainError(error, 'common.invalidInput'));
    expect(await events()).toEqual([]);
  });

  it('refuses an activity that is gone', async () => {
    const attempt = addConsoleQuestion(services, {
      activityId: 'gone',
      askerId: setup.askerId,
      unitIds: [],
      text: '',
    });
    await expect(attempt).rejects.toMatchObject({ code: 'common.notFound' });
  });
});

describe('openProjector', () => {
  it('asks the desktop for the activity’s projector window, or its rehearsal’s', async () => {
    await openProjector(services, { activityId: setup.activityId });
    await openProjector(services, { activityId: setup.activityId, mode: 'rehearsal' });
    expect(services.desktop.screens).toEqual([
      { kind: 'projector', activityId: setup.activityId, mode: 'meeting' },
      { kind: 'projector', activityId: setup.activityId, mode: 'rehearsal' },
    ]);
  });
});

describe('openAnswerer', () => {
  it('asks the desktop for the 答询人提示屏 on the chosen display', async () => {
    await openAnswerer(services, { activityId: setup.activityId, displayId: 7 });
    await openAnswerer(services, { activityId: setup.activityId, displayId: null, mode: 'rehearsal' });
    expect(services.desktop.screens).toEqual([
      { kind: 'answerer', activityId: setup.activityId, displayId: 7, mode: 'meeting' },
      { kind: 'answerer', activityId: setup.activityId, displayId: null, mode: 'rehearsal' },
    ]);
  });
});
