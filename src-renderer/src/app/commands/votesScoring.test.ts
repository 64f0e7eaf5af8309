import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { marksOf, openedRound } from '../testing/votes';
import { enterScoringMode, leaveScoringMode, submitScoringBallot } from './votesScoring';
import { setEntryMode } from './votesEntry';

describe('scoring mode', () => {
  it('logs entering and leaving at the clock’s time, without names', async () => {
    const { s, round } = await openedRound();
    await enterScoringMode(s, { roundId: round.id, groupId: 'members' });
    s.clock.advance(30 * 60_000);
    await leaveScoringMode(s, { roundId: round.id });
    const log = (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).slice(-2);
    expect(log.map((e) => [e.summary, e.at])).toEqual([
      ['进入评分模式', Date.parse('2026-11-29T01:00:00.000Z')],
      ['退出评分模式', Date.parse('2026-11-29T01:30:00.000Z')],
    ]);
  });

  it('refuses a group entering totals, and logs nothing', async () => {
    const { s, round } = await openedRound();
    await setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    const before = await s.db.roundLog.count();
    await expect(enterScoringMode(s, { roundId: round.id, groupId: 'members' })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.scoringGroupTotals'),
    );
    expect(await s.db.roundLog.count()).toBe(before);
  });

  it('records a vote as a check-in and a ballot with an id from the services', async () => {
    const { s, round, personIds } = await openedRound(['委员甲']);
    const ballot = { ...marksOf(round, ['satisfied', 'basic']), groupId: 'members' };
    await submitScoringBallot(s, { roundId: round.id, personId: personIds[0] ?? '', ballot });
    expect(await s.db.checkins.toArray()).toEqual([{ roundId: round.id, personId: personIds[0] }]);
    const [stored] = await s.db.ballots.toArray();
    expect(stored).toMatchObject({ paperNo: null, marks: ballot.marks });
    expect(stored?.id).toMatch(/^id-\d+$/);
  });

  it('refuses a second vote of the same member, and writes nothing', async () => {
    const { s, round, personIds } = await openedRound(['委员甲']);
    const ballot = { ...marksOf(round, ['satisfied', 'basic']), groupId: 'members' };
    const input = { roundId: round.id, personId: personIds[0] ?? '', ballot };
    await submitScoringBallot(s, input);
    const again = submitScoringBallot(s, input);
    await expect(again).rejects.toSatisfy((error) => isDomainError(error, 'votes.alreadyVoted'));
    await expect(again).rejects.toThrow('委员甲已经投过票，每人只能投一次，本次提交未计入');
    expect(await s.db.ballots.count()).toBe(1);
    expect(await s.db.checkins.count()).toBe(1);
  });
});
