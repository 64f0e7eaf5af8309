import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../ui/notify';
import { deleteActivity } from './activities';
import { withProjectVote } from '../testing/projects';
import {
  addProjectSecondEntry,
  resolveProjectDoubleEntry,
  setProjectDoubleEntry,
} from './projectDoubleEntry';
import {
  addProjectBallot,
  closeProjectRound,
  deleteProjectBallot,
  resetProjectRound,
  startProjectRound,
} from './projects';

/** An open round of 3 candidates, 2 places, 3 ballots issued and entered, with 双人复核 on. */
async function doubleEntered() {
  const { s, activityId, candidateIds } = await withProjectVote(3, 2);
  const [a, b, c] = candidateIds as [string, string, string];
  const round = await startProjectRound(s, { activityId, counts: { entitled: 3, present: 3, issued: 3 } });
  await setProjectDoubleEntry(s, { roundId: round.id, on: true });
  for (const marks of [[a], [a, b], []]) await addProjectBallot(s, { roundId: round.id, marks, void: false });
  const second = (paperNo: number, marks: string[], isVoid = false) =>
    addProjectSecondEntry(s, { roundId: round.id, paperNo, marks, void: isVoid });
  const close = () => closeProjectRound(s, { roundId: round.id, returned: 3 });
  return { s, round, a, b, c, second, close };
}

const messageOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return errorMessage(error);
  }
  return 'no error';
};

describe('双人复核 of project rounds', () => {
  it('refuses to close until every paper has a matching second reading', async () => {
    const { a, b, second, close } = await doubleEntered();
    await second(1, [a]);
    const outcome = await second(2, [a]);
    expect(outcome.differences).toEqual([{ number: 2, name: '项目2', first: '同意', second: '不同意' }]);
    expect(await messageOf(close())).toBe(
      '双人复核未完成：已复核 1 / 3 张，全部一致后才能结束；' +
        '第 2 张两次录入不一致（第 2 项“项目2”：同意 / 不同意），请核对原票后选择保留哪一次；' +
        '第 3 张还没有复核录入',
    );
    await second(2, [b, a]);
    await second(3, []);
    expect((await close()).stage).toBe('closed');
  });

  it('keeps the reading chosen as the ballot, and logs both', async () => {
    const { s, round, a, c, second } = await doubleEntered();
    await second(1, [a, c]);
    await resolveProjectDoubleEntry(s, { roundId: round.id, paperNo: 1, kept: 'second' });
    const ballot = (await s.db.projectBallots.where('roundId').equals(round.id).toArray()).find(
      (b) => b.paperNo === 1,
    );
    expect(ballot?.marks).toEqual([a, c]);
    const [entry] = await s.db.auditLog.toArray();
    expect(entry?.kind).toBe('doubleEntryResolved');
    expect(entry?.text).toContain('第 1 张（第 3 项“项目3”：不同意 / 同意）');
    expect(entry?.text).toContain('第一次 100，复核 101');
    expect(
      await messageOf(resolveProjectDoubleEntry(s, { roundId: round.id, paperNo: 1, kept: 'first' })),
    ).toBe('第 1 张两次录入一致，无需裁定');
  });

  it('refuses a second reading of a paper not entered, or when the setting is off', async () => {
    const { s, round, second } = await doubleEntered();
    expect(await messageOf(second(4, []))).toBe('还没有录入第 4 张，请核对选票上的编号');
    await second(1, []);
    expect(await messageOf(setProjectDoubleEntry(s, { roundId: round.id, on: false }))).toBe(
      '已有 1 张复核录入，不能关闭双人复核',
    );
    const other = await withProjectVote(2, 1);
    const plain = await startProjectRound(other.s, {
      activityId: other.activityId,
      counts: { entitled: 1, present: 1, issued: 1 },
    });
    await addProjectBallot(other.s, { roundId: plain.id, marks: [], void: false });
    expect(
      await messageOf(
        addProjectSecondEntry(other.s, { roundId: plain.id, paperNo: 1, marks: [], void: false }),
      ),
    ).toBe('本轮没有设置双人复核');
  });

  it('drops the second reading with its ballot, and all of them when the round is voted again', async () => {
    const { s, round, a, second } = await doubleEntered();
    await second(1, [a]);
    await second(2, [a]);
    const first = (await s.db.projectBallots.where('roundId').equals(round.id).toArray()).find(
      (b) => b.paperNo === 1,
    );
    await deleteProjectBallot(s, { ballotId: first?.id ?? '' });
    expect((await s.db.secondEntries.toArray()).map((e) => e.paperNo)).toEqual([2]);
    await resetProjectRound(s, { roundId: round.id, reason: '重新投票' });
    expect(await s.db.secondEntries.count()).toBe(0);
  });

  it('leaves no second reading nor log line behind when the activity is deleted', async () => {
    const { s, round, a, second } = await doubleEntered();
    await second(1, [a]);
    await deleteActivity(s, { id: round.activityId });
    expect([await s.db.secondEntries.count(), await s.db.roundLog.count()]).toEqual([0, 0]);
  });
});
