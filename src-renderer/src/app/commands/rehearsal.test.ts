import { beforeEach, describe, expect, it } from 'vitest';
import { addQuestion, listQuestions } from '../../db/repositories/questions';
import { loadConsoleState } from '../../db/repositories/console';
import { isDomainError } from '../../domain/errors';
import { newQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { rehearsalServices } from '../runtime/rehearsal';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import { addConsoleQuestion, performConsoleAction } from './console';
import { endRehearsal, startRehearsal } from './rehearsal';

let services: TestServices;
let setup: InquirySetup;
let questionId: string;

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

/** Takes the question, runs its 提问 for 90 s and finishes it, on the given services. */
async function rehearseOneQuestion(on: TestServices | ReturnType<typeof rehearsalServices>) {
  const { activityId } = setup;
  await performConsoleAction(on, { activityId, decide: () => ({ type: 'questionTaken', questionId }) });
  await performConsoleAction(on, {
    activityId,
    decide: () => ({ type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 }),
  });
  services.clock.advance(90_000);
  await performConsoleAction(on, { activityId, decide: () => ({ type: 'questionFinished', questionId }) });
}

const meetingLog = () => services.db.consoleEvents.where('activityId').equals(setup.activityId).count();

describe('startRehearsal', () => {
  it('copies the inquiry as planned: its questions, and the names the console shows', async () => {
    await services.db.activities.update(setup.activityId, { status: 'running' });
    await startRehearsal(services, { activityId: setup.activityId });
    const copy = services.rehearsalDb;
    expect((await copy.activities.get(setup.activityId))?.status).toBe('planning');
    expect((await listQuestions(copy, setup.activityId)).map((q) => q.id)).toEqual([questionId]);
    expect(await copy.people.count()).toBe(await services.db.people.count());
    expect(await copy.units.count()).toBe(await services.db.units.count());
    expect(await copy.consoleEvents.count()).toBe(0);
  });

  it('runs the console on the copy: the meeting’s log, status, questions and 操作日志 stay as they were', async () => {
    await services.db.activities.update(setup.activityId, { status: 'planning' });
    const auditBefore = await services.db.auditLog.count();
    await startRehearsal(services, { activityId: setup.activityId });
    const rehearsal = rehearsalServices(services);
    await rehearseOneQuestion(rehearsal);
    await addConsoleQuestion(rehearsal, {
      activityId: setup.activityId,
      askerId: setup.otherId,
      unitIds: [setup.linyeId],
      text: '临时问题',
    });

    const practised = await loadConsoleState(services.rehearsalDb, setup.activityId);
    expect(practised.progress[questionId]?.status).toBe('done');
    expect(practised.questions).toHaveLength(2);
    expect((await services.rehearsalDb.activities.get(setup.activityId))?.status).toBe('running');

    expect(await meetingLog()).toBe(0);
    const meeting = await loadConsoleState(services.db, setup.activityId);
    expect(meeting.progress[questionId]?.status).toBe('pending');
    expect(meeting.questions.map((q) => q.id)).toEqual([questionId]);
    expect((await services.db.activities.get(setup.activityId))?.status).toBe('planning');
    expect(await services.db.auditLog.count()).toBe(auditBefore);
  });

  it('starts clean again: an earlier rehearsal’s log is not carried over', async () => {
    await startRehearsal(services, { activityId: setup.activityId });
    await rehearseOneQuestion(rehearsalServices(services));
    await startRehearsal(services, { activityId: setup.activityId });
    expect(await services.rehearsalDb.consoleEvents.count()).toBe(0);
    expect((await services.rehearsalDb.activities.get(setup.activityId))?.status).toBe('planning');
  });

  it('refuses an activity that is gone, archived, or not an inquiry, and leaves the copy alone', async () => {
    const refused = (activityId: string) => startRehearsal(services, { activityId }).catch((e: unknown) => e);
    expect(isDomainError(await refused('gone'), 'common.notFound')).toBe(true);
    await services.db.activities.update(setup.activityId, { archived: true });
    expect(isDomainError(await refused(setup.activityId), 'inquiry.rehearsalArchived')).toBe(true);
    await services.db.activities.update(setup.activityId, { archived: false, kind: 'evaluation' });
    expect(isDomainError(await refused(setup.activityId), 'inquiry.rehearsalNeedsInquiry')).toBe(true);
    expect(await services.rehearsalDb.activities.count()).toBe(0);
  });
});

describe('endRehearsal', () => {
  it('discards the copy and all it did; the real console then starts clean', async () => {
    await startRehearsal(services, { activityId: setup.activityId });
    await rehearseOneQuestion(rehearsalServices(services));
    await endRehearsal(services, undefined);
    for (const table of services.rehearsalDb.tables) expect(await table.count(), table.name).toBe(0);

    const meeting = await loadConsoleState(services.db, setup.activityId);
    expect(meeting.progress[questionId]?.status).toBe('pending');
    expect(meeting.currentQuestion).toBeNull();
    expect(await meetingLog()).toBe(0);
  });
});
