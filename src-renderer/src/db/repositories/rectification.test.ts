import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { deleteActivity } from './activities';
import { issueDocuments } from './documentNumbers';
import { applyItemAction, createItems, deleteDraftItem, loadItem, updateItem } from './rectification';
import { evaluationProposals, inquiryProposals } from './rectificationFromResults';
import { draftFor, NOW, publishedEvaluation, setup, TODAY } from '../testing/rectificationSetup';

describe('rectification items', () => {
  it('creates drafts, refuses an incomplete one with the field and its number, all or none', async () => {
    const s = await setup();
    const error = await createItems(s.db, [draftFor(s, 0), draftFor(s, 1, { requirements: ' ' })]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('第 2 项：请填写整改要求');
    expect(await s.db.rectificationItems.count()).toBe(0);
    const [item] = await createItems(s.db, [draftFor(s, 0)]);
    expect(item).toMatchObject({ status: 'pending', round: 0, history: [], activityId: s.activityId });
  });

  it('edits and deletes only while 待交办', async () => {
    const s = await setup();
    const [item] = await createItems(s.db, [draftFor(s, 0)]);
    const id = item?.id ?? '';
    const edited = await updateItem(s.db, id, draftFor(s, 0, { note: '主任会议确定' }));
    expect(edited.note).toBe('主任会议确定');
    await applyItemAction(s.db, id, { type: 'issue', date: TODAY }, NOW.getTime());
    await expect(updateItem(s.db, id, draftFor(s, 0))).rejects.toThrow(
      '当前状态为“已交办”：已交办的整改事项以交办文件为准，不能再修改',
    );
    await expect(deleteDraftItem(s.db, id)).rejects.toThrow('已交办的整改事项是正式记录，不能删除');
  });

  it('moves through the workflow in transactions and refuses illegal moves with the domain’s reason', async () => {
    const s = await setup();
    const [item] = await createItems(s.db, [draftFor(s, 0)]);
    const id = item?.id ?? '';
    await expect(
      applyItemAction(s.db, id, { type: 'reportReceived', date: TODAY }, NOW.getTime()),
    ).rejects.toMatchObject({
      code: 'rectification.refused',
      message: '当前状态为“待交办”：该事项尚未交办，请先交办',
    });
    await applyItemAction(s.db, id, { type: 'issue', date: '2026-03-01' }, NOW.getTime());
    await applyItemAction(s.db, id, { type: 'planReceived', date: '2026-03-05' }, NOW.getTime());
    await expect(
      applyItemAction(s.db, id, { type: 'planReceived', date: '2026-02-28' }, NOW.getTime()),
    ).rejects.toThrow('日期不能早于交办日期（2026年3月1日）');
    await applyItemAction(
      s.db,
      id,
      { type: 'followUp', kind: 'visit', date: TODAY, text: '到现场查看' },
      NOW.getTime(),
    );
    const visited = await loadItem(s.db, id);
    const visit = visited.history.at(-1);
    await applyItemAction(
      s.db,
      id,
      { type: 'correct', corrects: visit?.id ?? '', date: '2026-03-09', reason: '日期记错' },
      NOW.getTime(),
    );
    const after = await loadItem(s.db, id);
    expect(after.status).toBe('rectifying');
    expect(after.history.map((e) => e.kind)).toEqual(['issued', 'planReceived', 'visit', 'visit']);
    expect(after.history.at(-1)).toMatchObject({
      corrects: visit?.id,
      date: '2026-03-09',
      reason: '日期记错',
    });
  });

  it('proposes drafts from a published round, marking units that already have an item', async () => {
    const s = await setup();
    const roundId = await publishedEvaluation(s);
    const proposals = await evaluationProposals(s.db, s.activityId, roundId);
    expect(proposals.map((p) => [p.draft.unitId, p.existing])).toEqual([
      [s.unitIds[2], false],
      [s.unitIds[3], false],
    ]);
    expect(proposals[1]?.draft.problems[0]).toContain('排名靠后且测评等次为不满意');
    expect(proposals[1]?.draft).toMatchObject({ supervisorName: '孙建华', source: { roundId, rank: 4 } });
    await createItems(s.db, [proposals[0]?.draft ?? draftFor(s, 0)]);
    const again = await evaluationProposals(s.db, s.activityId, roundId);
    expect(again.map((p) => p.existing)).toEqual([true, false]);
    expect(await inquiryProposals(s.db, s.activityId)).toEqual([]);
  });

  it('deletes an activity with its drafts, but refuses once an item was handed over', async () => {
    const s = await setup();
    await createItems(s.db, [draftFor(s, 0)]);
    await deleteActivity(s.db, s.activityId);
    expect(await s.db.rectificationItems.count()).toBe(0);

    const t = await setup();
    const [item] = await createItems(t.db, [draftFor(t, 0), draftFor(t, 1)]);
    await issueDocuments(t.db, { kind: 'notice', itemIds: [item?.id ?? ''], date: TODAY }, NOW.getTime());
    await expect(deleteActivity(t.db, t.activityId)).rejects.toThrow(
      '该活动已有 1 项整改事项交办，并印发了 1 份编号文件，删除活动会使整改记录和发文登记失去来源，不能删除；可以改为归档',
    );
    expect(await t.db.activities.count()).toBe(1);
    expect(await t.db.rectificationItems.count()).toBe(2);
  });
});
