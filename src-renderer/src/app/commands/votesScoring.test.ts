import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { marksOf, openedRound } from '../testing/votes';
import { enterScoringMode, leaveScoringMode, submitScoringBallot } from './votesScoring';
import { setEntryMode } from './votesEntry';

/** An opened round whose members are the people named, all of them entitled. */
async function scoringRound(names: string[]) {
  const opened = await openedRound(names);
  const n = names.length;
  const counts = { members: { entitled: n, present: n, issued: n, returned: 0 } };
  await opened.s.db.voteRounds.update(opened.round.id, { counts });
  return opened;
}

describe('scoring mode', () => {
  it('logs entering and leaving at the clock’s time, without names', async () => {
    const { s, round, personIds } = await scoringRound(['委员甲', '委员乙']);
    await enterScoringMode(s, { roundId: round.id, groupId: 'members', presentIds: personIds, pin: '2468' });
    s.clock.advance(30 * 60_000);
    await expect(leaveScoringMode(s, { roundId: round.id, pin: '2469' })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.wrongPin'),
    );
    await leaveScoringMode(s, { roundId: round.id, pin: '2468' });
    const log = (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).slice(-2);
    expect(log.map((e) => [e.summary, e.at])).toEqual([
      [expect.stringMatching(/^进入评分模式/), Date.parse('2026-11-29T01:00:00.000Z')],
      ['退出评分模式', Date.parse('2026-11-29T01:30:00.000Z')],
    ]);
  });

  it('refuses a group entering totals, and logs nothing', async () => {
    const { s, round } = await openedRound();
    await setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    const before = await s.db.roundLog.count();
    const input = { roundId: round.id, groupId: 'members', presentIds: [], pin: '2468' };
    await expect(enterScoringMode(s, input)).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.scoringGroupTotals'),
    );
    expect(await s.db.roundLog.count()).toBe(before);
  });

  it('refuses a PIN that is not 4 to 6 digits, and stores only its hash', async () => {
    const { s, round, personIds } = await scoringRound(['委员甲']);
    const input = { roundId: round.id, groupId: 'members', presentIds: personIds, pin: '12345' };
    await expect(enterScoringMode(s, { ...input, pin: '123' })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.badPin'),
    );
    const entered = await enterScoringMode(s, input);
    expect(entered.scoring?.pinHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await s.db.voteRounds.get(round.id))).not.toContain('12345');
  });

  it('records a vote as a check-in and a ballot with an id from the services', async () => {
    const { s, round, personIds } = await scoringRound(['委员甲']);
    await enterScoringMode(s, { roundId: round.id, groupId: 'members', presentIds: personIds, pin: '2468' });
    const ballot = { ...marksOf(round, ['satisfied', 'basic']), groupId: 'members' };
    await submitScoringBallot(s, { roundId: round.id, personId: personIds[0] ?? '', ballot });
    expect(await s.db.checkins.toArray()).toEqual([{ roundId: round.id, personId: personIds[0] }]);
    const [stored] = await s.db.ballots.toArray();
    expect(stored).toMatchObject({ paperNo: null, marks: ballot.marks });
    expect(stored?.id).toMatch(/^id-\d+$/);
  });

  it('refuses a second vote of the same member, and writes nothing', async () => {
    const { s, round, personIds } = await scoringRound(['委员甲']);
    await enterScoringMode(s, { roundId: round.id, groupId: 'members', presentIds: personIds, pin: '2468' });
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
