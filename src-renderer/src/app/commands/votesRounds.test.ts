import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { openedRound, twoUnits, withActivity } from '../testing/votes';
import { deleteRound, saveRound } from './votesRounds';

describe('saveRound', () => {
  it('creates a round in draft at the clock’s time, logged', async () => {
    const { s, activityId } = await withActivity();
    const round = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
    expect(round.stage).toBe('draft');
    expect(round.createdAt).toBe(Date.parse('2026-11-29T01:00:00.000Z'));
    const log = await s.db.roundLog.where('roundId').equals(round.id).toArray();
    expect(log.map((e) => [e.action, e.at])).toEqual([['created', Date.parse('2026-11-29T01:00:00.000Z')]]);
  });

  it('saves an edited setup, logged at the clock’s time', async () => {
    const { s, activityId } = await withActivity();
    const round = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
    s.clock.advance(60_000);
    const edited = await saveRound(s, {
      activityId,
      roundId: round.id,
      input: twoUnits({ title: '新名称' }),
    });
    expect(edited.title).toBe('新名称');
    const log = await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq');
    expect(log.map((e) => [e.action, e.at])).toEqual([
      ['created', Date.parse('2026-11-29T01:00:00.000Z')],
      ['setupEdited', Date.parse('2026-11-29T01:01:00.000Z')],
    ]);
  });

  it('refuses a setup without a title with a field error, and writes nothing', async () => {
    const { s, activityId } = await withActivity();
    const saving = saveRound(s, { activityId, roundId: null, input: twoUnits({ title: ' ' }) });
    await expect(saving).rejects.toSatisfy((error) => isDomainError(error, 'common.invalidInput'));
    await expect(saving).rejects.toMatchObject({ fieldErrors: { title: expect.any(String) } });
    expect(await s.db.voteRounds.count()).toBe(0);
    expect(await s.db.roundLog.count()).toBe(0);
  });
});

describe('deleteRound', () => {
  it('deletes a round in draft with its log', async () => {
    const { s, activityId } = await withActivity();
    const round = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
    await deleteRound(s, { roundId: round.id });
    expect(await s.db.voteRounds.count()).toBe(0);
    expect(await s.db.roundLog.count()).toBe(0);
  });

  it('refuses a round that was opened, and keeps it', async () => {
    const { s, round } = await openedRound();
    await expect(deleteRound(s, { roundId: round.id })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.refused'),
    );
    expect(await s.db.voteRounds.get(round.id)).toMatchObject({ stage: 'open' });
  });
});
