import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { withProjectVote } from '../testing/projects';
import {
  addProjectBallot,
  applyFollowUp,
  closeProjectRound,
  createCompletionRound,
  deleteCandidate,
  importCandidates,
  previewCandidatesImport,
  publishProjectRound,
  reorderCandidates,
  resetProjectRound,
  saveCandidate,
  setUpRunoff,
  startProjectRound,
} from './projects';

const counts = (n: number) => ({ entitled: n, present: n, issued: n });

describe('candidates', () => {
  it('keep the ballot order through a reorder and a delete', async () => {
    const { s, activityId, candidateIds } = await withProjectVote(3, 2);
    const [a, b, c] = candidateIds as [string, string, string];
    await reorderCandidates(s, { activityId, ids: [c, a, b] });
    await deleteCandidate(s, { id: a });
    const rows = await s.db.projectCandidates.where('activityId').equals(activityId).sortBy('order');
    expect(rows.map((r) => [r.name, r.order])).toEqual([
      ['项目3', 1],
      ['项目2', 2],
    ]);
  });

  it('refuse a second candidate of the same name with a field message', async () => {
    const { s, activityId, unitId } = await withProjectVote(1, 1);
    const input = { name: ' 项目1 ', unitId, budgetWan: null, description: '', plannedCompletion: null };
    const saving = saveCandidate(s, { activityId, id: null, input });
    await expect(saving).rejects.toMatchObject({
      fieldErrors: { name: '已有名为“项目1”的候选项目（第 1 项）' },
    });
  });

  it('import the good rows of a sheet after those listed, matched to the unit directory', async () => {
    const { s, activityId } = await withProjectVote(1, 1);
    const table = {
      rows: [
        ['项目名称', '承办单位', '预算（万元）', '计划完成时间'],
        ['农村饮水安全', '住建局', '1,200', '2027年10月'],
        ['项目1', '县住建局', '', ''],
      ],
    };
    const preview = await previewCandidatesImport(activityId)(s, table);
    expect(preview.rows.map((r) => r.errors)).toEqual([[], ['已有此项目（第 1 项）']]);
    const good = preview.rows.flatMap((r) => (r.errors.length === 0 && r.value ? [r.value] : []));
    expect(await importCandidates(s, { activityId, rows: good, fileName: 'x.xlsx' })).toBe(1);
    const rows = await s.db.projectCandidates.where('activityId').equals(activityId).sortBy('order');
    expect(rows.map((r) => [r.order, r.name, r.budgetWan])).toEqual([
      [1, '项目1', 100],
      [2, '农村饮水安全', 1200],
    ]);
  });

  it('are locked once voting has started', async () => {
    const { s, activityId, candidateIds } = await withProjectVote(3, 2);
    await startProjectRound(s, { activityId, counts: counts(5) });
    await expect(deleteCandidate(s, { id: candidateIds[0] ?? '' })).rejects.toSatisfy((e) =>
      isDomainError(e, 'projects.candidatesLocked'),
    );
  });
});

describe('a project vote', () => {
  it('12 candidates choose 10 with 41 deputies: two ballots void with 11 marks, one empty', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(12, 10);
    const round = await startProjectRound(s, { activityId, counts: counts(41) });
    expect(round.candidateIds).toEqual(ids);
    expect((await s.db.activities.get(activityId))?.status).toBe('running');
    // 38 ballots each marking the first ten, except that the last 19 swap 项目10 for 项目11.
    for (let b = 0; b < 38; b += 1) {
      const marks = b < 19 ? ids.slice(0, 10) : [...ids.slice(0, 9), ids[10] ?? ''];
      await addProjectBallot(s, { roundId: round.id, marks, void: false });
    }
    await addProjectBallot(s, { roundId: round.id, marks: ids.slice(0, 11), void: false });
    await addProjectBallot(s, { roundId: round.id, marks: ids.slice(1, 12), void: false });
    await addProjectBallot(s, { roundId: round.id, marks: [], void: false });
    await expect(addProjectBallot(s, { roundId: round.id, marks: [], void: false })).rejects.toThrow(
      '已录入 41 张，已达发出的 41 张',
    );
    await closeProjectRound(s, { roundId: round.id, returned: 41 });
    const published = await publishProjectRound(s, { roundId: round.id });
    const decision = published.published?.decision;
    // 39 valid: 项目10 and 项目11 have 19 each, not more than half of 39; the first nine 38 each.
    expect([decision?.denominator, decision?.passVotes]).toEqual([39, 20]);
    expect(decision?.chosen).toEqual(ids.slice(0, 9));
    expect(decision?.placesLeft).toBe(1);
    expect(published.published?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const items = await s.db.projectItems.where('activityId').equals(activityId).toArray();
    expect(items.map((i) => [i.status, i.startedOn, i.dueDate])).toEqual(
      Array(9).fill(['inProgress', '2026-11-29', '2027-10-31']),
    );
  });

  it('a tie at the cut-off sets up a 再次票决 with only the tied and the places left', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(4, 2);
    const [a, b, c] = ids as [string, string, string, string];
    const first = await startProjectRound(s, { activityId, counts: counts(5) });
    for (const marks of [
      [a, b],
      [a, c],
      [a, b],
      [a, c],
      [b, c],
    ]) {
      await addProjectBallot(s, { roundId: first.id, marks, void: false });
    }
    await closeProjectRound(s, { roundId: first.id, returned: 5 });
    const published = await publishProjectRound(s, { roundId: first.id });
    expect(published.published?.decision.runoff).toEqual({ candidateIds: [b, c], places: 1 });
    expect(await s.db.projectItems.count()).toBe(0);
    const runoff = await setUpRunoff(s, { roundId: first.id });
    expect([runoff.number, runoff.candidateIds, runoff.rules.places, runoff.rules.runoff]).toEqual([
      2,
      [b, c],
      1,
      true,
    ]);
    await expect(setUpRunoff(s, { roundId: first.id })).rejects.toSatisfy((e) =>
      isDomainError(e, 'projects.runoffExists'),
    );
    await startProjectRound(s, { activityId, counts: counts(5) });
    for (const marks of [[c], [c], [b], [c], []]) {
      await addProjectBallot(s, { roundId: runoff.id, marks, void: false });
    }
    await closeProjectRound(s, { roundId: runoff.id, returned: 5 });
    await publishProjectRound(s, { roundId: runoff.id });
    const items = await s.db.projectItems.toArray();
    expect(items.map((i) => i.id).sort()).toEqual([a, c].sort());
  });

  it('more returned than issued voids the round; a reset deletes its ballots to vote again', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(3, 2);
    const round = await startProjectRound(s, { activityId, counts: counts(3) });
    await addProjectBallot(s, { roundId: round.id, marks: [ids[0] ?? ''], void: false });
    await expect(closeProjectRound(s, { roundId: round.id, returned: 4 })).rejects.toSatisfy((e) =>
      isDomainError(e, 'projects.void'),
    );
    await resetProjectRound(s, { roundId: round.id, reason: '收回票数多于发出票数' });
    expect(await s.db.projectBallots.count()).toBe(0);
    expect((await s.db.projectRounds.get(round.id))?.stage).toBe('draft');
  });

  it('refuses to close while ballots are missing, and to open without the quorum', async () => {
    const { s, activityId } = await withProjectVote(3, 2);
    const noQuorum = startProjectRound(s, { activityId, counts: { entitled: 41, present: 20, issued: 20 } });
    await expect(noQuorum).rejects.toThrow('未超过应到 41 人的半数');
    const round = await startProjectRound(s, { activityId, counts: counts(3) });
    await expect(closeProjectRound(s, { roundId: round.id, returned: 3 })).rejects.toThrow(
      '录入的票 0 张，与收回票数 3 张不符',
    );
  });
});

describe('follow-up', () => {
  it('records a dated note and refuses a date after today', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(1, 1);
    const round = await startProjectRound(s, { activityId, counts: counts(3) });
    for (let i = 0; i < 3; i += 1) {
      await addProjectBallot(s, { roundId: round.id, marks: [ids[0] ?? ''], void: false });
    }
    await closeProjectRound(s, { roundId: round.id, returned: 3 });
    await publishProjectRound(s, { roundId: round.id });
    const itemId = ids[0] ?? '';
    const late = applyFollowUp(s, { itemId, action: { kind: 'note', date: '2026-11-30', text: '开工' } });
    await expect(late).rejects.toThrow('日期不能晚于今天');
    const item = await applyFollowUp(s, {
      itemId,
      action: { kind: 'note', date: '2026-11-29', text: '开工' },
    });
    expect(item.notes).toEqual([{ date: '2026-11-29', text: '开工' }]);
  });

  it('rates the finished projects’ completion in a satisfaction round of the deputies (人大评)', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(3, 2);
    const round = await startProjectRound(s, { activityId, counts: counts(3) });
    for (let i = 0; i < 3; i += 1) {
      await addProjectBallot(s, { roundId: round.id, marks: ids.slice(0, 2), void: false });
    }
    await closeProjectRound(s, { roundId: round.id, returned: 3 });
    await publishProjectRound(s, { roundId: round.id });
    await expect(createCompletionRound(s, { activityId })).rejects.toThrow('还没有已完成的项目');
    const [first, second] = ids as [string, string];
    await applyFollowUp(s, { itemId: second, action: { kind: 'complete', date: '2026-11-29' } });
    await applyFollowUp(s, { itemId: first, action: { kind: 'complete', date: '2026-11-29' } });
    const rating = await createCompletionRound(s, { activityId });
    expect([rating.title, rating.subjectKind, rating.stage]).toEqual([
      '2027年民生实事项目完成情况满意度测评',
      'project',
      'draft',
    ]);
    expect(rating.subjects.map((x) => [x.name, x.refId])).toEqual([
      ['项目1', first],
      ['项目2', second],
    ]);
    expect(rating.rules.groups).toEqual([{ id: 'deputies', name: '人大代表', weight: 1 }]);
  });
});
