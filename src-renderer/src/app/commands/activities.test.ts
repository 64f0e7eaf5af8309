import { beforeEach, describe, expect, it } from 'vitest';
import { applyConsoleAction } from '../../db/repositories/console';
import { listQuestions } from '../../db/repositories/questions';
import type { ActivityInput } from '../../domain/activity/activity';
import { newQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import { countUnaskedToRetime, saveActivity } from './activities';
import { saveQuestion } from './inquiryQuestions';

let services: TestServices;
let setup: InquirySetup;

beforeEach(async () => {
  services = testServices();
  setup = await setUpInquiry(services);
  for (const text of ['第一题', '第二题', '第三题']) {
    const {
      id: _id,
      order: _order,
      ...input
    } = newQuestion('', 0, DEFAULT_TIMER_MINUTES, {
      askerId: setup.askerId,
      unitIds: [setup.ziranId],
      text,
    });
    await saveQuestion(services, { activityId: setup.activityId, id: null, input });
  }
  // The first question is asked (提问 ran); the others are not.
  const [first] = await listQuestions(services.db, setup.activityId);
  const act = (action: Parameters<typeof applyConsoleAction>[2]) =>
    applyConsoleAction(services.db, setup.activityId, action, services.clock.now());
  await act({ type: 'questionTaken', questionId: first!.id });
  await act({ type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 });
});

async function editedInput(timerMinutes: ActivityInput['timerMinutes']): Promise<ActivityInput> {
  const a = (await services.db.activities.get(setup.activityId))!;
  const { kind, title, date, venue, chairId, units, participantIds, status } = a;
  return { kind, title, date, venue, chairId, units, participantIds, status, timerMinutes };
}

const lengths = async () =>
  (await listQuestions(services.db, setup.activityId)).map((q) => q.plannedSeconds.answer);
const shorter = { ...DEFAULT_TIMER_MINUTES, answer: 1.5 };

describe('saveActivity with new lengths', () => {
  it('counts the questions not yet asked that would change', async () => {
    expect(await countUnaskedToRetime(services, { id: setup.activityId, timerMinutes: shorter })).toBe(2);
    expect(
      await countUnaskedToRetime(services, { id: setup.activityId, timerMinutes: DEFAULT_TIMER_MINUTES }),
    ).toBe(0);
  });

  it('keeps every question as it was unless asked to update the unasked ones', async () => {
    await saveActivity(services, { id: setup.activityId, input: await editedInput(shorter) });
    expect(await lengths()).toEqual([300, 300, 300]);
    expect((await services.db.activities.get(setup.activityId))?.timerMinutes.answer).toBe(1.5);
  });

  it('gives the questions not yet asked the new length and keeps the asked one', async () => {
    const input = await editedInput(shorter);
    await saveActivity(services, { id: setup.activityId, input, retimeUnasked: true });
    expect(await lengths()).toEqual([300, 90, 90]);
  });
});
