import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../ui/notify';
import { withProjectVote } from '../testing/projects';
import {
  resolveProjectDoubleEntry,
  addProjectSecondEntry,
  setProjectDoubleEntry,
} from './projectDoubleEntry';
import {
  addProjectBallot,
  closeProjectRound,
  correctProjectBallot,
  deleteProjectBallot,
  publishProjectRound,
  resetProjectRound,
  startProjectRound,
} from './projects';

async function opened(issued = 3) {
  const { s, activityId, candidateIds } = await withProjectVote(3, 2);
  const round = await startProjectRound(s, {
    activityId,
    counts: { entitled: issued, present: issued, issued },
  });
  const log = async () =>
    (await s.db.roundLog.where('roundId').equals(round.id).sortBy('seq')).map((e) => [
      e.action,
      e.summary,
      e.reason,
    ]);
  const audit = async () => (await s.db.auditLog.orderBy('at').toArray()).map((e) => [e.kind, e.text]);
  return { s, round, ids: candidateIds as [string, string, string], log, audit };
}

describe('the log of a project round', () => {
  it('records opening, a deleted ballot (also in the 操作日志), closing and publishing', async () => {
    const { s, round, ids, log, audit } = await opened(2);
    const wrong = await addProjectBallot(s, { roundId: round.id, marks: [ids[0], ids[2]], void: false });
    await deleteProjectBallot(s, { ballotId: wrong.id });
    await addProjectBallot(s, { roundId: round.id, marks: [ids[0]], void: false });
    await addProjectBallot(s, { roundId: round.id, marks: [ids[0], ids[1]], void: false });
    await closeProjectRound(s, { roundId: round.id, returned: 2 });
    const published = await publishProjectRound(s, { roundId: round.id });
    const fingerprint = published.published?.fingerprint.slice(0, 12) ?? '';
    expect(await log()).toEqual([
      ['opened', '开始票决：应到 2 人，实到 2 人，发出 2 张', ''],
      ['ballotDeleted', '删除第 1 张：101', ''],
      ['closed', '收回 2 张，结束票决（应到 2 人，实到 2 人，发出 2 张，收回 2 张）', ''],
      ['published', `公布结果：选出 1 个项目，校验码 ${fingerprint}…`, ''],
    ]);
    expect(await audit()).toEqual([
      ['ballotDeleted', '「2027年民生实事项目票决」票决「2027年民生实事项目票决」：删除第 1 张（原为 101）'],
    ]);
  });

  it('asks why a round is voted again, and keeps the reason in both logs', async () => {
    const { s, round, ids, log, audit } = await opened(3);
    await addProjectBallot(s, { roundId: round.id, marks: [ids[1]], void: false });
    await expect(closeProjectRound(s, { roundId: round.id, returned: 4 })).rejects.toThrow();
    const noReason = resetProjectRound(s, { roundId: round.id, reason: '  ' });
    await expect(noReason.catch(errorMessage)).resolves.toBe('请说明原因，原因将记入操作记录');
    expect(await s.db.projectBallots.count()).toBe(1);
    await resetProjectRound(s, { roundId: round.id, reason: '收回票数多于发出票数，本次票决无效' });
    expect((await log()).at(-1)).toEqual([
      'reset',
      '作废本轮票决，删除已录入的 1 张选票，回到“设置中”重新投票',
      '收回票数多于发出票数，本次票决无效',
    ]);
    expect(await audit()).toEqual([
      [
        'roundReset',
        '作废「2027年民生实事项目票决」的票决「2027年民生实事项目票决」，删除已录入的 1 张选票，重新投票，原因：收回票数多于发出票数，本次票决无效',
      ],
    ]);
  });

  it('records the 双人复核 setting and a resolved difference', async () => {
    const { s, round, ids, log } = await opened(1);
    await setProjectDoubleEntry(s, { roundId: round.id, on: true });
    await addProjectBallot(s, { roundId: round.id, marks: [ids[0]], void: false });
    await addProjectSecondEntry(s, { roundId: round.id, paperNo: 1, marks: [], void: false });
    await resolveProjectDoubleEntry(s, { roundId: round.id, paperNo: 1, kept: 'first' });
    expect((await log()).slice(1)).toEqual([
      ['setupEdited', '开启双人复核', ''],
      [
        'doubleEntryResolved',
        '第 1 张两次录入不一致（第 1 项“项目1”：同意 / 不同意），保留第一次录入：第一次 100，复核 000',
        '',
      ],
    ]);
  });

  it('records a corrected ballot before → after, in both logs, and keeps its paper number', async () => {
    const { s, round, ids, log, audit } = await opened(2);
    const ballot = await addProjectBallot(s, { roundId: round.id, marks: [ids[0], ids[1]], void: false });
    const corrected = await correctProjectBallot(s, {
      ballotId: ballot.id,
      marks: [ids[2], ids[0]],
      void: false,
    });
    expect([corrected.paperNo, corrected.marks]).toEqual([1, [ids[0], ids[2]]]);
    await correctProjectBallot(s, { ballotId: ballot.id, marks: [], void: true });
    await correctProjectBallot(s, { ballotId: ballot.id, marks: [], void: true });
    expect((await log()).slice(1)).toEqual([
      ['ballotCorrected', '更正第 1 张：110 → 101', ''],
      ['ballotCorrected', '更正第 1 张：101 → 整张作废', ''],
    ]);
    // Same clock time for both: compare without their order.
    expect((await audit()).map(([, text]) => text).sort()).toEqual([
      '「2027年民生实事项目票决」票决「2027年民生实事项目票决」：更正第 1 张：101 → 整张作废',
      '「2027年民生实事项目票决」票决「2027年民生实事项目票决」：更正第 1 张：110 → 101',
    ]);
    await closeProjectRound(s, { roundId: round.id, returned: 1 });
    const late = correctProjectBallot(s, { ballotId: ballot.id, marks: [], void: false }).catch(errorMessage);
    await expect(late).resolves.toBe('票决已经结束，不能再录入选票；确需更正的，请先重置（须说明原因）');
  });
});
