import { describe, expect, it } from 'vitest';
import type { TierId } from '../../domain/votes/tiers';
import { applyItemAction, createItems, loadItem } from './rectification';
import { draftFor, NOW, setup, TODAY, voteAndPublish, type Setup } from '../testing/rectificationSetup';
import { recordReportVote, startReportVote } from './rectificationVotes';

async function reportedItem(s: Setup): Promise<string> {
  const [item] = await createItems(s.db, [draftFor(s, 0)]);
  const id = item?.id ?? '';
  await applyItemAction(s.db, id, { type: 'issue', date: '2026-03-01' }, NOW.getTime());
  await applyItemAction(s.db, id, { type: 'planReceived', date: '2026-03-03' }, NOW.getTime());
  await applyItemAction(s.db, id, { type: 'reportReceived', date: '2026-03-08' }, NOW.getTime());
  return id;
}

const votes = (satisfied: number, basic: number, unsatisfied: number): TierId[][] => [
  ...Array.from({ length: satisfied }, (): TierId[] => ['satisfied']),
  ...Array.from({ length: basic }, (): TierId[] => ['basic']),
  ...Array.from({ length: unsatisfied }, (): TierId[] => ['unsatisfied']),
];

describe('the vote on a rectification report', () => {
  it('creates a report round on the item, votes over 应到, and closes the item when satisfied', async () => {
    const s = await setup();
    const id = await reportedItem(s);
    const { round, item } = await startReportVote(s.db, id, TODAY, NOW.getTime());
    expect(item).toMatchObject({ status: 'voting', voteRoundId: round.id });
    expect(round).toMatchObject({
      activityId: s.activityId,
      subjectKind: 'report',
      stage: 'draft',
      title: '县住房和城乡建设局整改情况报告满意度测评',
      subjects: [{ name: '县住房和城乡建设局整改情况报告', refId: id }],
    });
    expect(round.rules.outcomeDenominator).toBe('entitled');
    expect(round.rules.groups.map((g) => g.name)).toEqual(['常委会组成人员']);

    await expect(recordReportVote(s.db, id, { date: TODAY }, NOW.getTime())).rejects.toThrow(
      '测评结果尚未公布',
    );
    // 15 members, 13 vote: 8 满意 > 7.5 → 满意 (domain.md §3's worked example).
    await voteAndPublish(s.db, round.id, votes(8, 3, 2), 15);
    const closed = await recordReportVote(s.db, id, { date: TODAY }, NOW.getTime());
    expect(closed).toMatchObject({ status: 'closed', round: 1, unsatisfiedStreak: 0, voteRoundId: null });
    expect(closed.history.at(-1)?.text).toBe(
      '第1次测评：满意（满意8票，基本满意3票，不满意2票，满意率84.62%），办结',
    );
  });

  it('sends the item back to 整改中 when 不满意, counts the rounds and flags it after two in a row', async () => {
    const s = await setup();
    const id = await reportedItem(s);
    for (const vote of [1, 2]) {
      const { round } = await startReportVote(s.db, id, TODAY, NOW.getTime());
      expect(round.title).toBe(`县住房和城乡建设局整改情况报告满意度测评${vote > 1 ? '（第2次）' : ''}`);
      // 15 members: 5 满意 + 2 基本满意 = 7, not more than 7.5 → 不满意
      await voteAndPublish(s.db, round.id, votes(5, 2, 6), 15);
      const back = await recordReportVote(s.db, id, { date: TODAY }, NOW.getTime());
      expect(back).toMatchObject({ status: 'rectifying', round: vote, reportDue: '2026-06-10' });
      if (vote === 1) {
        expect(back.flag).toBeNull();
        await applyItemAction(s.db, id, { type: 'reportReceived', date: TODAY }, NOW.getTime());
      }
    }
    const flagged = await loadItem(s.db, id);
    expect(flagged).toMatchObject({ unsatisfiedStreak: 2, flag: '连续两次不满意，建议检查、约谈或问责' });
    expect(await s.db.voteRounds.where('activityId').equals(s.activityId).count()).toBe(2);
  });

  it('refuses to start a vote before the report is in, creating no round', async () => {
    const s = await setup();
    const [item] = await createItems(s.db, [draftFor(s, 0)]);
    await expect(startReportVote(s.db, item?.id ?? '', TODAY, NOW.getTime())).rejects.toThrow(
      '当前状态为“待交办”：该事项尚未交办，请先交办',
    );
    expect(await s.db.voteRounds.count()).toBe(0);
  });
});
