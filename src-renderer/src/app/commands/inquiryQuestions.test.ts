import { beforeEach, describe, expect, it } from 'vitest';
import { applyConsoleAction } from '../../db/repositories/console';
import { listQuestions } from '../../db/repositories/questions';
import { newQuestion, type QuestionInput } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import { deleteQuestion, reorderQuestions, saveQuestion } from './inquiryQuestions';

let services: TestServices;
let setup: InquirySetup;

/** A question as the form gives it (no id, no order). */
function input(fields: Partial<QuestionInput>): QuestionInput {
  const {
    id: _id,
    order: _order,
    ...rest
  } = newQuestion('', 0, DEFAULT_TIMER_MINUTES, {
    askerId: setup.askerId,
    unitIds: [setup.ziranId],
    text: '矿山复绿后的林木管护由谁负责？',
    ...fields,
  });
  return rest;
}
const stored = () => listQuestions(services.db, setup.activityId);

beforeEach(async () => {
  services = testServices();
  setup = await setUpInquiry(services);
});

describe('saveQuestion', () => {
  it('adds questions in order, enlists a new asker, and saves an edit', async () => {
    const { activityId } = setup;
    const first = await saveQuestion(services, { activityId, id: null, input: input({}) });
    const second = await saveQuestion(services, {
      activityId,
      id: null,
      input: input({ askerId: setup.otherId, text: '尾矿库汛期值守人员是否配齐？' }),
    });
    expect([first.order, second.order]).toEqual([1, 2]);
    expect((await services.db.activities.get(activityId))?.participantIds).toEqual([
      setup.askerId,
      setup.otherId,
    ]);
    await saveQuestion(services, { activityId, id: first.id, input: input({ text: '改过的问题' }) });
    expect((await stored()).map((q) => q.text)).toEqual(['改过的问题', '尾矿库汛期值守人员是否配齐？']);
  });

  it('refuses a question without a unit with a field error, and writes nothing', async () => {
    const attempt = saveQuestion(services, {
      activityId: setup.activityId,
      id: null,
      input: input({ unitIds: [] }),
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'common.invalidInput',
      fieldErrors: { unitIds: expect.any(String) },
    });
    expect(await stored()).toEqual([]);
  });
});

describe('deleteQuestion and reorderQuestions', () => {
  it('reorders, deletes and renumbers', async () => {
    const { activityId } = setup;
    const a = await saveQuestion(services, { activityId, id: null, input: input({ text: '甲' }) });
    const b = await saveQuestion(services, { activityId, id: null, input: input({ text: '乙' }) });
    const c = await saveQuestion(services, { activityId, id: null, input: input({ text: '丙' }) });
    await reorderQuestions(services, { activityId, orderedIds: [c.id, a.id, b.id] });
    expect((await stored()).map((q) => [q.order, q.text])).toEqual([
      [1, '丙'],
      [2, '甲'],
      [3, '乙'],
    ]);
    await deleteQuestion(services, { id: a.id });
    expect((await stored()).map((q) => [q.order, q.text])).toEqual([
      [1, '丙'],
      [2, '乙'],
    ]);
  });

  it('refuses an order that misses a question, and changes nothing', async () => {
    const { activityId } = setup;
    const a = await saveQuestion(services, { activityId, id: null, input: input({ text: '甲' }) });
    await saveQuestion(services, { activityId, id: null, input: input({ text: '乙' }) });
    const attempt = reorderQuestions(services, { activityId, orderedIds: [a.id] });
    await expect(attempt).rejects.toMatchObject({ code: 'common.invalidInput' });
    expect((await stored()).map((q) => q.text)).toEqual(['甲', '乙']);
  });

  it('refuses to delete a question the meeting has asked', async () => {
    const { activityId } = setup;
    const a = await saveQuestion(services, { activityId, id: null, input: input({}) });
    await applyConsoleAction(
      services.db,
      activityId,
      { type: 'questionTaken', questionId: a.id },
      services.clock.now(),
    );
    await expect(deleteQuestion(services, { id: a.id })).rejects.toMatchObject({
      message: '这个问题已在会议中询问过，会议记录要用到它，不能删除',
    });
    expect(await stored()).toHaveLength(1);
  });
});
