import { beforeEach, describe, expect, it } from 'vitest';
import { applyConsoleAction } from '../../db/repositories/console';
import { newQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import { createConsoleVote } from './consoleVotes';

let services: TestServices;
let setup: InquirySetup;

beforeEach(async () => {
  services = testServices('2026-12-06T10:30:00+08:00');
  setup = await setUpInquiry(services);
});

describe('createConsoleVote', () => {
  it('starts a vote on the answer to a question added at the meeting, at the clock’s time', async () => {
    const question = newQuestion('q-live', 1, DEFAULT_TIMER_MINUTES, {
      askerId: setup.askerId,
      unitIds: [setup.ziranId, setup.linyeId],
      unplanned: true,
    });
    await applyConsoleAction(
      services.db,
      setup.activityId,
      { type: 'questionAdded', question },
      services.clock.now(),
    );
    const round = await createConsoleVote(services, { activityId: setup.activityId, questionId: 'q-live' });
    expect(round).toMatchObject({
      activityId: setup.activityId,
      subjectKind: 'answer',
      subjects: [{ refId: 'q-live', name: expect.stringContaining('县自然资源局') }],
      stage: 'draft',
      createdAt: Date.parse('2026-12-06T02:30:00.000Z'),
    });
    expect(round.subjects[0]?.name).toContain('县林业局');
    expect(await services.db.voteRounds.count()).toBe(1);
  });

  it('starts a vote on each of the activity’s units', async () => {
    const round = await createConsoleVote(services, { activityId: setup.activityId, questionId: null });
    expect(round.subjectKind).toBe('unit');
    expect(round.subjects.map((s) => [s.name, s.refId])).toEqual([
      ['县自然资源局', setup.ziranId],
      ['县林业局', setup.linyeId],
    ]);
  });

  it('refuses a question the meeting does not know, and creates nothing', async () => {
    const attempt = createConsoleVote(services, { activityId: setup.activityId, questionId: 'nope' });
    await expect(attempt).rejects.toMatchObject({
      code: 'common.notFound',
      message: '该问题不存在，可能已被删除',
    });
    expect(await services.db.voteRounds.count()).toBe(0);
  });
});
