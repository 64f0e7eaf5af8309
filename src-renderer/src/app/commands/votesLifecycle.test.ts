import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { RoundActionError } from '../../domain/votes/roundActionError';
import { closedRound, openedRound, publishedRound, twoUnits, withActivity } from '../testing/votes';
import type { TestServices } from '../testing/services';
import {
  closeRound,
  openRound,
  publishRound,
  reopenRound,
  resetRound,
  showOnProjector,
  voidRound,
} from './votesLifecycle';
import { saveRound } from './votesRounds';

async function logOf(s: TestServices, roundId: string) {
  return (await s.db.roundLog.where('roundId').equals(roundId).sortBy('seq')).map((e) => [e.action, e.at]);
}

describe('openRound', () => {
  it('opens the round with its counts, logged at the clock’s time', async () => {
    const { s, round } = await openedRound();
    expect(round.stage).toBe('open');
    expect(round.counts.members).toEqual({ entitled: 15, present: 13, issued: 13, returned: 0 });
    expect((await logOf(s, round.id)).at(-1)).toEqual(['opened', Date.parse('2026-11-29T01:00:00.000Z')]);
  });

  it('refuses without a quorum, with the reason, and changes nothing', async () => {
    const { s, activityId } = await withActivity();
    const draft = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
    const opening = openRound(s, {
      roundId: draft.id,
      counts: { members: { entitled: 15, present: 7, issued: 7 } },
    });
    await expect(opening).rejects.toSatisfy((error) => isDomainError(error, 'votes.refused'));
    await expect(opening).rejects.toThrow('实到 7 人，未超过应到 15 人的半数，不能进行测评');
    expect(await s.db.voteRounds.get(draft.id)).toMatchObject({ stage: 'draft', counts: {} });
    expect(await logOf(s, draft.id)).toHaveLength(1);
  });
});

describe('closing a round', () => {
  it('refuses more returned than issued as a void round, and changes nothing', async () => {
    const { s, round } = await openedRound();
    const error: unknown = await closeRound(s, { roundId: round.id, returned: { members: 14 } }).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(error, 'votes.void')).toBe(true);
    expect(error instanceof RoundActionError && error.voidRound).toBe(true);
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'open' });
  });

  it('voids it: logged at the clock’s time and back to draft', async () => {
    const { s, round } = await openedRound();
    s.clock.advance(5 * 60_000);
    const reset = await voidRound(s, { roundId: round.id, returned: { members: 14 } });
    expect(reset.stage).toBe('draft');
    expect((await logOf(s, round.id)).slice(-2)).toEqual([
      ['voided', Date.parse('2026-11-29T01:05:00.000Z')],
      ['reset', Date.parse('2026-11-29T01:05:00.000Z')],
    ]);
  });

  it('refuses to void a round that is not void', async () => {
    const { s, round } = await openedRound();
    await expect(voidRound(s, { roundId: round.id, returned: { members: 13 } })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.notVoid'),
    );
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'open' });
  });
});

describe('publishing and after', () => {
  it('publishes at the clock’s time with the fingerprint', async () => {
    const { s, round } = await closedRound();
    s.clock.set('2026-11-29T16:30:00+08:00');
    const published = await publishRound(s, { roundId: round.id });
    expect(published.stage).toBe('published');
    expect(published.published?.publishedAt).toBe(Date.parse('2026-11-29T08:30:00.000Z'));
    expect(published.published?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends the evaluation (已结束) once its result is published', async () => {
    const { s, round } = await closedRound();
    await s.db.activities.update(round.activityId, { status: 'running' });
    await publishRound(s, { roundId: round.id });
    expect((await s.db.activities.get(round.activityId))?.status).toBe('finished');
  });

  it('sets the ended evaluation back to 进行中 when its published result is reopened', async () => {
    const { s, round } = await closedRound();
    await s.db.activities.update(round.activityId, { status: 'running' });
    await publishRound(s, { roundId: round.id });
    await reopenRound(s, { roundId: round.id, reason: '第 3 张录错' });
    expect((await s.db.activities.get(round.activityId))?.status).toBe('running');
  });

  it('refuses to publish an open round, and changes nothing', async () => {
    const { s, round } = await openedRound();
    await expect(publishRound(s, { roundId: round.id })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.refused'),
    );
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'open', published: null });
  });

  it('shows a published round on the projector, and takes it off again', async () => {
    const { s, round } = await publishedRound();
    await showOnProjector(s, { roundId: round.id, show: true });
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ showOnProjector: true });
    await showOnProjector(s, { roundId: round.id, show: false });
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ showOnProjector: false });
  });

  it('reopens with a reason (logged), and refuses without one', async () => {
    const { s, round } = await publishedRound();
    await expect(reopenRound(s, { roundId: round.id, reason: ' ' })).rejects.toThrow('请说明原因');
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'published' });
    const reopened = await reopenRound(s, { roundId: round.id, reason: '第 3 张录错' });
    expect(reopened).toMatchObject({ stage: 'open', published: null });
    const last = (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).at(-1);
    expect(last).toMatchObject({ action: 'reopened', reason: '第 3 张录错' });
  });

  it('resets an open round with a reason: what was entered is deleted', async () => {
    const { s, round } = await closedRound();
    await resetRound(s, { roundId: round.id, reason: '测评对象有误' });
    expect(await s.db.ballots.where('roundId').equals(round.id).count()).toBe(0);
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'draft' });
  });
});
