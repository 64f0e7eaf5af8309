import { beforeEach, describe, expect, it } from 'vitest';
import type { XunpingDb } from '../database';
import {
  addBallot,
  closeRound,
  correctBallot,
  createRound,
  deleteBallot,
  listRoundLog,
  openRound,
  publishRound,
  saveTotals,
  setEntryMode,
} from './votes';
import { dbWithActivity, paper, t0, twoUnits } from '../testing/votesSetup';

let db: XunpingDb;
let roundId: string;
let subjectIds: string[];

beforeEach(async () => {
  let activityId: string;
  ({ db, activityId } = await dbWithActivity());
  const round = await createRound(db, activityId, twoUnits(), t0.getTime());
  await openRound(db, round.id, { members: { entitled: 5, present: 4, issued: 3 } }, t0.getTime());
  roundId = round.id;
  subjectIds = round.subjects.map((s) => s.id);
});

describe('paper ballots', () => {
  it('numbers ballots per group and refuses more than were issued', async () => {
    const numbers: (number | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      numbers.push((await addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']))).paperNo);
    }
    expect(numbers).toEqual([1, 2, 3]);
    await expect(addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']))).rejects.toThrow(
      '已录入 3 张，已达发出的 3 张，不能再录入；请核对测评票',
    );
    // No time and no rater on a ballot, and no log line per ballot.
    const stored = await db.ballots.where('roundId').equals(roundId).first();
    expect(Object.keys(stored ?? {}).sort()).toEqual([
      'form',
      'groupId',
      'id',
      'marks',
      'paperNo',
      'roundId',
      'wholeVoid',
    ]);
    expect((await listRoundLog(db, roundId)).map((e) => e.action)).toEqual(['created', 'opened']);
  });

  it('counts what the group holds now and numbers after its highest paper, whatever else is stored', async () => {
    const ballots = [];
    for (let i = 0; i < 3; i += 1)
      ballots.push(await addBallot(db, roundId, paper(subjectIds, ['satisfied'])));
    // Paper 2 deleted: two entered, one more may be entered, numbered after the highest (3), not 2.
    await deleteBallot(db, ballots[1]!.id, t0.getTime());
    expect((await addBallot(db, roundId, paper(subjectIds, ['basic']))).paperNo).toBe(4);
    // Another round's papers (same group id, higher numbers) neither count nor number this round's.
    const other = await createRound(
      db,
      (await db.voteRounds.get(roundId))!.activityId,
      twoUnits(),
      t0.getTime(),
    );
    await openRound(db, other.id, { members: { entitled: 9, present: 9, issued: 9 } }, t0.getTime());
    const otherIds = other.subjects.map((s) => s.id);
    for (let i = 0; i < 5; i += 1) await addBallot(db, other.id, paper(otherIds, ['satisfied']));
    await expect(addBallot(db, roundId, paper(subjectIds, ['basic']))).rejects.toThrow('已录入 3 张');
    await deleteBallot(db, ballots[0]!.id, t0.getTime());
    // A stored ballot without a paper number (as scoring mode writes) counts toward 发出 but not the numbering.
    await db.ballots.add({ ...paper(subjectIds, ['basic']), roundId, paperNo: null });
    await expect(addBallot(db, roundId, paper(subjectIds, ['basic']))).rejects.toThrow('已录入 3 张');
    await deleteBallot(db, ballots[2]!.id, t0.getTime());
    expect((await addBallot(db, roundId, paper(subjectIds, ['basic']))).paperNo).toBe(5);
    expect((await addBallot(db, other.id, paper(otherIds, ['basic']))).paperNo).toBe(6);
  });

  it('logs a correction with before and after, and a deletion with what the ballot said', async () => {
    const saved = await addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']));
    await correctBallot(db, saved.id, paper(subjectIds, ['satisfied', 'unsatisfied']), t0.getTime());
    expect((await db.ballots.get(saved.id))?.marks).toEqual({
      [subjectIds[0]!]: ['satisfied'],
      [subjectIds[1]!]: ['unsatisfied'],
    });
    await deleteBallot(db, saved.id, t0.getTime());
    const log = await listRoundLog(db, roundId);
    expect(log.slice(-2).map((e) => e.summary)).toEqual(['更正第 1 张：12 → 13', '删除第 1 张：13']);
    expect(log.at(-2)?.details).toMatchObject({
      before: { wholeVoid: false, marks: { [subjectIds[1]!]: ['basic'] } },
      after: { wholeVoid: false, marks: { [subjectIds[1]!]: ['unsatisfied'] } },
    });
  });

  it('refuses entries once the round is closed', async () => {
    const saved = await addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']));
    await closeRound(db, roundId, { members: 1 }, t0.getTime());
    await expect(deleteBallot(db, saved.id, t0.getTime())).rejects.toThrow('本轮测评已经结束，不能再录入');
  });
});

describe('hand-counted totals', () => {
  it('switches a group to totals only while it has no ballots', async () => {
    const saved = await addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']));
    await expect(setEntryMode(db, roundId, 'members', 'totals', t0.getTime())).rejects.toThrow(
      '请先删除这些测评票',
    );
    await deleteBallot(db, saved.id, t0.getTime());
    await setEntryMode(db, roundId, 'members', 'totals', t0.getTime());
    await expect(addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']))).rejects.toThrow('汇总数');
  });

  it('saves totals with the returned count, closes when they add up, and publishes', async () => {
    await setEntryMode(db, roundId, 'members', 'totals', t0.getTime());
    const [a, b] = subjectIds as [string, string];
    const wrong = {
      groupId: 'members',
      wholeVoid: 0,
      subjects: {
        [a]: { tiers: { satisfied: 2 }, abstain: 0, void: 0 },
        [b]: { tiers: { basic: 3 }, abstain: 0, void: 0 },
      },
    };
    await saveTotals(db, roundId, wrong, 'members', 3, t0.getTime());
    await expect(closeRound(db, roundId, { members: 3 }, t0.getTime())).rejects.toThrow(
      '合计 2 张，应为 3 张',
    );
    const right = {
      ...wrong,
      subjects: { ...wrong.subjects, [a]: { tiers: { satisfied: 2 }, abstain: 1, void: 0 } },
    };
    await saveTotals(db, roundId, right, 'members', 3, t0.getTime());
    await closeRound(db, roundId, { members: 3 }, t0.getTime());
    const published = await publishRound(db, roundId, t0.getTime());
    expect(published.published?.result.subjects.map((s) => [s.name, s.rank])).toEqual([
      ['县自然资源局', 1],
      ['县林业局', 2],
    ]);
    const saves = (await listRoundLog(db, roundId)).filter((e) => e.action === 'totalsSaved');
    expect(saves).toHaveLength(2);
    expect(saves[1]?.details).toMatchObject({ before: wrong, after: right });
    await expect(saveTotals(db, roundId, right, 'members', -1, t0.getTime())).rejects.toThrow('已经公布');
  });

  it('refuses counts that are not whole numbers', async () => {
    await setEntryMode(db, roundId, 'members', 'totals', t0.getTime());
    const bad = { groupId: 'members', wholeVoid: 0.5, subjects: {} };
    await expect(saveTotals(db, roundId, bad, 'members', 3, t0.getTime())).rejects.toThrow(
      '票数应为 0 或正整数',
    );
  });
});
