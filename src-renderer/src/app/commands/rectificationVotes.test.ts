import { describe, expect, it } from 'vitest';
import { draftFor, TODAY, voteAndPublish } from '../../db/testing/rectificationSetup';
import { isDomainError } from '../../domain/errors';
import type { TierId } from '../../domain/votes/tiers';
import { rectificationServices } from '../testing/rectification';
import { applyItemAction, createItems } from './rectificationItems';
import { recordReportVote, startReportVote } from './rectificationVotes';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const ballots = (tier: TierId, n: number): TierId[][] => Array.from({ length: n }, (): TierId[] => [tier]);

async function reportedItem() {
  const { services, s } = await rectificationServices();
  const [item] = await createItems(services, { drafts: [draftFor(s, 0)] });
  const itemId = item?.id ?? '';
  for (const [type, date] of [
    ['issue', '2026-03-01'],
    ['planReceived', '2026-03-03'],
    ['reportReceived', '2026-03-08'],
  ] as const) {
    await applyItemAction(services, { itemId, action: { type, date } });
  }
  return { services, itemId };
}

describe('the vote on a report', () => {
  it('creates the round at the clock’s time and records its published outcome', async () => {
    const { services, itemId } = await reportedItem();
    const { round, item } = await startReportVote(services, { itemId, date: TODAY });
    expect(item).toMatchObject({ status: 'voting', voteRoundId: round.id });
    expect(round.createdAt).toBe(services.clock.now());

    const early = await failureOf(recordReportVote(services, { itemId, date: TODAY }));
    expect(isDomainError(early, 'rectification.refused')).toBe(true);
    expect(early).toMatchObject({ message: expect.stringContaining('测评结果尚未公布') });
    expect((await services.db.rectificationItems.get(itemId))?.status).toBe('voting');

    await voteAndPublish(services.db, round.id, ballots('unsatisfied', 10), 15);
    const back = await recordReportVote(services, { itemId, date: TODAY, reportDue: '2026-05-31' });
    expect(back).toMatchObject({ status: 'rectifying', round: 1, reportDue: '2026-05-31' });
  });

  it('refuses to record the outcome of a round whose ballots changed after publication', async () => {
    const { services, itemId } = await reportedItem();
    const { round } = await startReportVote(services, { itemId, date: TODAY });
    await voteAndPublish(services.db, round.id, ballots('satisfied', 10), 15);
    const ballot = await services.db.ballots.where('roundId').equals(round.id).first();
    if (ballot?.form !== 'tiers') throw new Error('no tier ballot');
    const subject = round.subjects[0]?.id ?? '';
    await services.db.ballots.put({ ...ballot, marks: { [subject]: ['unsatisfied'] } });
    const failure = await failureOf(recordReportVote(services, { itemId, date: TODAY }));
    expect(isDomainError(failure, 'votes.fingerprintMismatch')).toBe(true);
    expect((await services.db.rectificationItems.get(itemId))?.status).toBe('voting');
  });

  it('refuses to start before the report is in, creating no round', async () => {
    const { services, s } = await rectificationServices();
    const [item] = await createItems(services, { drafts: [draftFor(s, 0)] });
    const failure = await failureOf(startReportVote(services, { itemId: item?.id ?? '', date: TODAY }));
    expect(isDomainError(failure, 'rectification.refused')).toBe(true);
    expect(await services.db.voteRounds.count()).toBe(0);
  });
});
