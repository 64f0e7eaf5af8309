import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { marksOf, openedRound } from '../testing/votes';
import { addBallot, correctBallot, deleteBallot, saveTotals, setEntryMode } from './votesEntry';

describe('entering ballots', () => {
  it('saves a ballot with an id from the services, numbered in its group', async () => {
    const { s, round } = await openedRound();
    const ballot = marksOf(round, ['satisfied', 'basic']);
    const first = await addBallot(s, { roundId: round.id, groupId: 'members', ballot });
    const second = await addBallot(s, { roundId: round.id, groupId: 'members', ballot });
    expect([first.paperNo, second.paperNo]).toEqual([1, 2]);
    expect(first.id).toMatch(/^id-\d+$/);
    expect(await s.db.ballots.get(first.id)).toMatchObject({ roundId: round.id, groupId: 'members' });
  });

  it('refuses a ballot of an unknown group, and writes nothing', async () => {
    const { s, round } = await openedRound();
    const ballot = marksOf(round, ['satisfied', 'basic']);
    await expect(addBallot(s, { roundId: round.id, groupId: 'nobody', ballot })).rejects.toSatisfy((error) =>
      isDomainError(error, 'votes.refused'),
    );
    expect(await s.db.ballots.count()).toBe(0);
  });

  it('corrects and deletes a ballot, logged at the clock’s time', async () => {
    const { s, round } = await openedRound();
    const saved = await addBallot(s, {
      roundId: round.id,
      groupId: 'members',
      ballot: marksOf(round, ['satisfied', 'basic']),
    });
    s.clock.advance(60_000);
    await correctBallot(s, { ballot: saved, marks: marksOf(round, ['unsatisfied', 'basic']) });
    expect((await s.db.ballots.get(saved.id))?.marks).toEqual(marksOf(round, ['unsatisfied', 'basic']).marks);
    s.clock.advance(60_000);
    await deleteBallot(s, { ballotId: saved.id });
    expect(await s.db.ballots.get(saved.id)).toBeUndefined();
    const log = (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).slice(-2);
    expect(log.map((e) => [e.action, e.at])).toEqual([
      ['ballotCorrected', Date.parse('2026-11-29T01:01:00.000Z')],
      ['ballotDeleted', Date.parse('2026-11-29T01:02:00.000Z')],
    ]);
  });
});

describe('hand-counted totals', () => {
  it('switches a group to totals and saves them with 收回, logged', async () => {
    const { s, round } = await openedRound();
    await setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    const [a, b] = round.subjects.map((subject) => subject.id);
    const subjects = Object.fromEntries(
      [a, b].map((id) => [
        id ?? '',
        { tiers: { satisfied: 13, basic: 0, unsatisfied: 0 }, abstain: 0, void: 0 },
      ]),
    );
    await saveTotals(s, {
      roundId: round.id,
      groupId: 'members',
      totals: { groupId: 'members', wholeVoid: 0, subjects },
      returned: 13,
    });
    expect(await s.db.groupTotals.get([round.id, 'members'])).toMatchObject({ wholeVoid: 0 });
    expect((await s.db.voteRounds.get(round.id))?.counts.members?.returned).toBe(13);
    const last = (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).at(-1);
    expect(last).toMatchObject({ action: 'totalsSaved', at: Date.parse('2026-11-29T01:00:00.000Z') });
  });

  it('refuses a count that is not a whole number, and writes nothing', async () => {
    const { s, round } = await openedRound();
    await setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    const saving = saveTotals(s, { roundId: round.id, groupId: 'members', totals: null, returned: -1 });
    await expect(saving).rejects.toSatisfy((error) => isDomainError(error, 'votes.notACount'));
    expect((await s.db.voteRounds.get(round.id))?.counts.members?.returned).toBe(0);
  });

  it('refuses totals while ballots are entered one by one', async () => {
    const { s, round } = await openedRound();
    await addBallot(s, {
      roundId: round.id,
      groupId: 'members',
      ballot: marksOf(round, ['satisfied', null]),
    });
    const switching = setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    await expect(switching).rejects.toThrow('已逐张录入 1 张测评票，请先删除这些测评票，再改为录入汇总数');
    await expect(switching).rejects.toSatisfy((error) => isDomainError(error, 'votes.ballotsEntered'));
    expect((await s.db.voteRounds.get(round.id))?.entryModes).toEqual({});
  });
});
