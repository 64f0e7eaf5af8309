import { isBallotSecondEntry } from '../../db/database';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { doubleEntryReport } from '../../domain/votes/doubleEntry';
import { problemsOf } from '../../domain/votes/roundActionError';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { marksOf, twoUnits, withActivity } from '../testing/votes';
import { addSecondEntry, resolveDoubleEntry } from './votesDoubleEntry';
import { addBallot, deleteBallot } from './votesEntry';
import { closeRound, openRound, resetRound } from './votesLifecycle';
import { saveRound } from './votesRounds';

/** A round with 双人复核, opened with 3 ballots issued, and three papers entered once: 11, 12, 13 (1 满意 …). */
async function doubleEntryRound() {
  const { s, activityId } = await withActivity();
  const draft = await saveRound(s, {
    activityId,
    roundId: null,
    input: { ...twoUnits(), doubleEntry: true },
  });
  const round = await openRound(s, {
    roundId: draft.id,
    counts: { members: { entitled: 5, present: 3, issued: 3 } },
  });
  const papers = [
    marksOf(round, ['satisfied', 'satisfied']),
    marksOf(round, ['satisfied', 'basic']),
    marksOf(round, ['satisfied', 'unsatisfied']),
  ];
  for (const ballot of papers) await addBallot(s, { roundId: round.id, groupId: 'members', ballot });
  const second = (paperNo: number, ballot = papers[paperNo - 1]!) =>
    addSecondEntry(s, { roundId: round.id, groupId: 'members', paperNo, ballot });
  const close = () => closeRound(s, { roundId: round.id, returned: { members: 3 } });
  const report = async (r: VoteRound = round) =>
    doubleEntryReport(
      r,
      await s.db.ballots.where('roundId').equals(r.id).toArray(),
      (await s.db.secondEntries.where('roundId').equals(r.id).toArray()).filter(isBallotSecondEntry),
    );
  return { s, round, papers, second, close, report };
}

describe('双人复核', () => {
  it('keeps the setting from setup, and refuses closing until every paper has a matching second reading', async () => {
    const { s, round, papers, second, close, report } = await doubleEntryRound();
    expect(round.doubleEntry).toBe(true);
    await expect(close()).rejects.toSatisfy(
      (error) =>
        isDomainError(error, 'votes.refused') &&
        problemsOf(error, String).join('\n') ===
          ['双人复核未完成：已复核 0 / 3 张，全部一致后才能结束', '第 1、2、3 张还没有复核录入'].join('\n'),
    );
    expect((await second(1)).differences).toEqual([]);
    // Two deliberate mismatches: paper 2 read 11 (was 12), paper 3 read 33 (was 13).
    const two = await second(2, marksOf(round, ['satisfied', 'satisfied']));
    expect(two.differences).toEqual([{ number: 2, name: '县林业局', first: '基本满意', second: '满意' }]);
    await second(3, marksOf(round, ['unsatisfied', 'unsatisfied']));
    expect((await report()).checked).toBe(1);
    await expect(close()).rejects.toSatisfy((error) =>
      problemsOf(error, String).some((line) =>
        line.startsWith('第 3 张两次录入不一致（第 1 项“县自然资源局”：满意 / 不满意）'),
      ),
    );
    expect((await s.db.voteRounds.get(round.id))?.stage).toBe('open');

    s.clock.advance(60_000);
    await resolveDoubleEntry(s, { roundId: round.id, groupId: 'members', paperNo: 2, kept: 'first' });
    await resolveDoubleEntry(s, { roundId: round.id, groupId: 'members', paperNo: 3, kept: 'second' });
    const ballots = await s.db.ballots.where('roundId').equals(round.id).sortBy('paperNo');
    expect(ballots.map((b) => b.marks)).toEqual([
      papers[0]!.marks,
      papers[1]!.marks,
      marksOf(round, ['unsatisfied', 'unsatisfied']).marks,
    ]);
    const after = await report();
    expect([after.checked, after.total]).toEqual([3, 3]);
    expect(after.papers.map((p) => p.kept)).toEqual([null, 'first', 'second']);
    expect((await close()).stage).toBe('closed');

    const log = await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq');
    const resolved = log.filter((entry) => entry.action === 'doubleEntryResolved');
    expect(resolved.map((entry) => entry.summary)).toEqual([
      '第 2 张两次录入不一致（第 2 项“县林业局”：基本满意 / 满意），保留第一次录入：第一次 12，复核 11',
      '第 3 张两次录入不一致（第 1 项“县自然资源局”：满意 / 不满意），保留复核录入：第一次 13，复核 33',
    ]);
    expect(resolved[1]?.details).toMatchObject({ kept: 'second', paperNo: 3 });
    const audit = await s.db.auditLog.toArray();
    expect(audit.map((entry) => [entry.kind, entry.text]).sort()).toEqual([
      [
        'doubleEntryResolved',
        '「优化营商环境工作评议」测评「优化营商环境工作评议满意度测评」：第 2 张两次录入不一致（第一次 12，复核 11），保留第一次录入',
      ],
      [
        'doubleEntryResolved',
        '「优化营商环境工作评议」测评「优化营商环境工作评议满意度测评」：第 3 张两次录入不一致（第一次 13，复核 33），保留复核录入',
      ],
    ]);
  });

  it('refuses a second reading of a paper not entered, and resolving readings that agree', async () => {
    const { s, round, second } = await doubleEntryRound();
    await expect(second(4, marksOf(round, ['satisfied', 'satisfied']))).rejects.toSatisfy(
      (error) => problemsOf(error, String)[0] === '还没有录入第 4 张，请核对测评票上的编号',
    );
    await second(1);
    await expect(
      resolveDoubleEntry(s, { roundId: round.id, groupId: 'members', paperNo: 1, kept: 'second' }),
    ).rejects.toSatisfy((error) => problemsOf(error, String)[0] === '第 1 张两次录入一致，无需裁定');
    expect(await s.db.auditLog.count()).toBe(0);
  });

  it('refuses a second reading when the round has no double entry', async () => {
    const { s, activityId } = await withActivity();
    const draft = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
    const round = await openRound(s, {
      roundId: draft.id,
      counts: { members: { entitled: 5, present: 3, issued: 3 } },
    });
    const ballot = marksOf(round, ['satisfied', 'satisfied']);
    await addBallot(s, { roundId: round.id, groupId: 'members', ballot });
    await expect(
      addSecondEntry(s, { roundId: round.id, groupId: 'members', paperNo: 1, ballot }),
    ).rejects.toSatisfy((error) => problemsOf(error, String)[0] === '本轮没有设置双人复核');
  });

  it('takes a paper’s second reading away with the ballot, and every entry with a reset', async () => {
    const { s, round, second, report } = await doubleEntryRound();
    await second(1);
    await second(2);
    const [one] = await s.db.ballots.where('roundId').equals(round.id).sortBy('paperNo');
    await deleteBallot(s, { ballotId: one!.id });
    expect((await s.db.secondEntries.toArray()).map((e) => e.paperNo)).toEqual([2]);
    expect((await report()).checked).toBe(1);
    await resetRound(s, { roundId: round.id, reason: '测评对象有误' });
    expect(await s.db.secondEntries.count()).toBe(0);
  });
});
