import { beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { frac } from '../../domain/votes/fraction';
import type { XunpingDb } from '../database';
import { deleteActivity } from './activities';
import {
  addBallot,
  closeRound,
  createRound,
  deleteRound,
  listRoundLog,
  listRounds,
  openRound,
  publishRound,
  reopenRound,
  resetRound,
  RoundActionError,
  setShowOnProjector,
  updateRoundSetup,
  voidRound,
} from './votes';
import { dbWithActivity, paper, t0, twoUnits } from '../testing/votesSetup';

let db: XunpingDb;
let activityId: string;

beforeEach(async () => {
  ({ db, activityId } = await dbWithActivity());
});

async function openWith13(): Promise<{ id: string; subjectIds: string[] }> {
  const round = await createRound(db, activityId, twoUnits(), t0.getTime());
  await openRound(db, round.id, { members: { entitled: 15, present: 13, issued: 13 } }, t0.getTime());
  return { id: round.id, subjectIds: round.subjects.map((s) => s.id) };
}

/** domain.md §3 for the first unit: 8 满意, 3 基本满意, 1 不满意, 1 blank; the second unit all 满意. */
async function enterWorkedExample(id: string, subjectIds: string[]): Promise<void> {
  const first = [
    ...Array<'satisfied'>(8).fill('satisfied'),
    ...Array<'basic'>(3).fill('basic'),
    'unsatisfied' as const,
    null,
  ];
  for (const mark of first) await addBallot(db, id, paper(subjectIds, [mark, 'satisfied']));
}

describe('creating and editing a round', () => {
  it('creates a draft with subject ids, logged', async () => {
    const round = await createRound(db, activityId, twoUnits(), t0.getTime());
    expect(round.stage).toBe('draft');
    expect(round.subjects.map((s) => [s.name, s.refId])).toEqual([
      ['县自然资源局', 'u1'],
      ['县林业局', 'u2'],
    ]);
    expect(new Set(round.subjects.map((s) => s.id)).size).toBe(2);
    expect((await listRoundLog(db, round.id)).map((e) => e.action)).toEqual(['created']);
    expect(await listRounds(db, activityId)).toHaveLength(1);
  });

  it('stores the title, subject, group and criterion names cleaned of invisible characters', async () => {
    const input = twoUnits({
      title: '满意度\u200B测评',
      subjects: [{ name: '县林业局\u202E', refId: null }],
    });
    input.rules.groups = [{ id: 'members', name: '常委会\uFEFF组成人员', weight: 1 }];
    input.rules.criteria = [{ id: 'c1', name: '依法\u2060履职', max: 100 }];
    const round = await createRound(db, activityId, input, t0.getTime());
    expect([round.title, round.subjects[0]?.name]).toEqual(['满意度测评', '县林业局']);
    const stored = await db.voteRounds.get(round.id);
    expect(stored?.rules.groups[0]?.name).toBe('常委会组成人员');
    expect(stored?.rules.criteria[0]?.name).toBe('依法履职');
  });

  it('refuses bad rules and subjects with field errors', async () => {
    const bad = twoUnits({ title: '', subjects: [], rules: { ...twoUnits().rules, decimals: 9 } });
    await expect(createRound(db, activityId, bad, t0.getTime())).rejects.toMatchObject({
      fieldErrors: {
        title: '请填写测评名称',
        subjects: '请至少添加一个测评对象',
        'rules.decimals': '小数位数应为 0 到 6 之间的整数',
      },
    });
    await expect(createRound(db, 'nope', twoUnits(), t0.getTime())).rejects.toThrow('该活动不存在');
  });

  it('edits the setup only in draft, keeping subject ids', async () => {
    const round = await createRound(db, activityId, twoUnits(), t0.getTime());
    const subjects = [{ ...round.subjects[1]! }, { ...round.subjects[0]! }];
    const edited = await updateRoundSetup(db, round.id, twoUnits({ title: '改名', subjects }), t0.getTime());
    expect(edited.subjects.map((s) => s.id)).toEqual(subjects.map((s) => s.id));
    await openRound(db, round.id, { members: { entitled: 15, present: 13, issued: 13 } }, t0.getTime());
    await expect(updateRoundSetup(db, round.id, twoUnits(), t0.getTime())).rejects.toThrow('测评已经开始');
  });
});

describe('the life cycle', () => {
  it('refuses to open without a quorum and changes nothing', async () => {
    const round = await createRound(db, activityId, twoUnits(), t0.getTime());
    const opening = openRound(
      db,
      round.id,
      { members: { entitled: 15, present: 7, issued: 7 } },
      t0.getTime(),
    );
    await expect(opening).rejects.toThrow('实到 7 人，未超过应到 15 人的半数，不能进行测评');
    expect((await db.voteRounds.get(round.id))?.stage).toBe('draft');
  });

  it('opens, enters, closes and publishes the worked example with a stored exact result', async () => {
    const { id, subjectIds } = await openWith13();
    await enterWorkedExample(id, subjectIds);
    await closeRound(db, id, { members: 13 }, t0.getTime());
    const published = await publishRound(db, id, new Date('2026-11-29T09:00:00Z').getTime());
    expect(published.stage).toBe('published');
    expect(published.published?.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    // IndexedDB's structured clone keeps the bigint fractions of the frozen result.
    const stored = await db.voteRounds.get(id);
    const unit = stored?.published?.result.subjects.find((s) => s.subjectId === subjectIds[0]);
    expect(unit?.satisfactionRate).toEqual(frac(11, 12));
    expect(unit?.score).toEqual(frac(245, 3));
    expect(unit?.outcome).toBe('satisfied');
    expect(typeof unit?.score?.n).toBe('bigint');
    expect((await listRoundLog(db, id)).map((e) => e.action)).toEqual([
      'created',
      'opened',
      'closed',
      'published',
    ]);
    await expect(addBallot(db, id, paper(subjectIds, ['satisfied', 'satisfied']))).rejects.toThrow(
      '已经公布',
    );
  });

  it('refuses to close while ballots are missing', async () => {
    const { id, subjectIds } = await openWith13();
    await addBallot(db, id, paper(subjectIds, ['satisfied', 'satisfied']));
    await expect(closeRound(db, id, { members: 13 }, t0.getTime())).rejects.toThrow(
      '收回 13 张，已录入 1 张，还有 12 张未录入，全部录入后才能结束',
    );
    expect((await db.voteRounds.get(id))?.stage).toBe('open');
  });

  it('says a round with more returned than issued is void, and resets it to draft, logged', async () => {
    const { id, subjectIds } = await openWith13();
    await enterWorkedExample(id, subjectIds);
    const error = await closeRound(db, id, { members: 14 }, t0.getTime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoundActionError);
    expect((error as RoundActionError).voidRound).toBe(true);
    expect((error as RoundActionError).message).toContain(
      '收回 14 张，多于发出的 13 张，本轮测评无效，应重新测评',
    );
    await expect(voidRound(db, id, { members: 13 }, t0.getTime())).rejects.toThrow('并非无效');
    const reset = await voidRound(db, id, { members: 14 }, t0.getTime());
    expect(reset.stage).toBe('draft');
    expect(reset.counts).toEqual({});
    expect(await db.ballots.where('roundId').equals(id).count()).toBe(0);
    const log = await listRoundLog(db, id);
    expect(log.slice(-2).map((e) => e.action)).toEqual(['voided', 'reset']);
    expect(log.at(-2)?.summary).toContain('收回 14 张');
  });

  it('reopens a published round only with a reason, withdrawing the result', async () => {
    const { id, subjectIds } = await openWith13();
    await enterWorkedExample(id, subjectIds);
    await closeRound(db, id, { members: 13 }, t0.getTime());
    await publishRound(db, id, t0.getTime());
    await setShowOnProjector(db, id, true, t0.getTime());
    await expect(reopenRound(db, id, ' ', t0.getTime())).rejects.toThrow('请说明原因');
    const reopened = await reopenRound(db, id, '第 5 张录入有误', t0.getTime());
    expect(reopened).toMatchObject({ stage: 'open', published: null, showOnProjector: false });
    const last = (await listRoundLog(db, id)).at(-1);
    expect(last).toMatchObject({ action: 'reopened', reason: '第 5 张录入有误' });
    expect(last?.summary).toContain('撤回已公布的结果');
  });

  it('resets an open round with a reason; deletes only drafts', async () => {
    const { id, subjectIds } = await openWith13();
    await addBallot(db, id, paper(subjectIds, ['satisfied', 'basic']));
    await expect(deleteRound(db, id)).rejects.toThrow('已开始的测评不能直接删除');
    await resetRound(db, id, '测评对象有误', t0.getTime());
    expect((await listRoundLog(db, id)).at(-1)?.summary).toContain('删除已录入的测评票 1 张');
    await deleteRound(db, id);
    expect(await db.voteRounds.count()).toBe(0);
    expect(await db.roundLog.count()).toBe(0);
  });

  it('shows one published round of an activity on the projector at a time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { id, subjectIds } = await openWith13();
      await enterWorkedExample(id, subjectIds);
      await closeRound(db, id, { members: 13 }, t0.getTime());
      await publishRound(db, id, t0.getTime());
      ids.push(id);
    }
    await setShowOnProjector(db, ids[0]!, true, t0.getTime());
    await setShowOnProjector(db, ids[1]!, true, t0.getTime());
    const shown = (await db.voteRounds.toArray()).filter((r) => r.showOnProjector).map((r) => r.id);
    expect(shown).toEqual([ids[1]]);
  });
});

describe('deleting the activity', () => {
  it('deletes its rounds, ballots, totals, check-ins and logs', async () => {
    const { id, subjectIds } = await openWith13();
    await addBallot(db, id, paper(subjectIds, ['satisfied', 'basic']));
    await db.checkins.add({ roundId: id, personId: 'p1' });
    await deleteActivity(db, activityId);
    for (const table of [db.voteRounds, db.ballots, db.groupTotals, db.checkins, db.roundLog]) {
      expect(await table.count()).toBe(0);
    }
  });

  it('refuses to delete an activity with a published result, and keeps the round, its ballots and log', async () => {
    const { id, subjectIds } = await openWith13();
    await enterWorkedExample(id, subjectIds);
    await closeRound(db, id, { members: 13 }, t0.getTime());
    await publishRound(db, id, t0.getTime());
    const before = await Promise.all([db.ballots.count(), db.roundLog.count()]);
    await expect(deleteActivity(db, activityId)).rejects.toSatisfy(
      (e) =>
        isDomainError(e, 'activity.hasPublishedResult') && e.message.includes('「满意度测评」已公布结果'),
    );
    expect(await db.activities.get(activityId)).toBeDefined();
    expect((await db.voteRounds.get(id))?.stage).toBe('published');
    expect(await Promise.all([db.ballots.count(), db.roundLog.count()])).toEqual(before);
  });
});
