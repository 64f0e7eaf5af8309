import { describe, expect, it } from 'vitest';
import {
  correctionEntry,
  describeEntry,
  effectiveEntries,
  followUpEntry,
  latestEntry,
  rootOf,
  type FollowUpEntry,
} from './followUps';
import { itemIn, TODAY } from '../testing/rectificationFixtures';
import { applyAction, isRefused, type WorkflowAction } from './workflow';

function entry(input: Parameters<typeof followUpEntry>[0], issueDate: string | null = '2026-01-31') {
  const result = followUpEntry(input, TODAY, issueDate);
  if ('error' in result) throw new Error(result.error);
  return result;
}

function correction(entries: FollowUpEntry[], input: Parameters<typeof correctionEntry>[1]) {
  const result = correctionEntry(entries, input, TODAY, '2026-01-31');
  if ('error' in result) throw new Error(result.error);
  return result;
}

const visit = entry({ id: 'v1', kind: 'visit', date: '2026-03-05', text: '实地走访政务服务中心' });
const reminder = entry({ id: 'r1', kind: 'reminder', date: '2026-02-20', text: '电话督促报送整改方案' });

describe('follow-up entries', () => {
  it('are dated, typed by hand and say what happened', () => {
    expect(visit).toEqual({
      id: 'v1',
      kind: 'visit',
      date: '2026-03-05',
      recordedOn: TODAY,
      text: '实地走访政务服务中心',
      automatic: false,
      corrects: null,
      withdrawn: false,
      reason: '',
    });
    expect(describeEntry(visit)).toBe('2026年3月5日 走访：实地走访政务服务中心');
  });

  it('refuse a future date, a date before 交办, an empty text, a workflow kind', () => {
    const base = { id: 'x', kind: 'visit' as const, date: '2026-03-05', text: '走访' };
    expect(followUpEntry({ ...base, date: '2026-05-02' }, TODAY, null)).toEqual({
      error: '日期不能晚于今天',
    });
    expect(followUpEntry({ ...base, date: '2026-01-01' }, TODAY, '2026-01-31')).toEqual({
      error: '日期不能早于交办日期（2026年1月31日）',
    });
    expect(followUpEntry({ ...base, text: '  ' }, TODAY, null)).toEqual({ error: '请填写跟踪情况' });
    expect(followUpEntry({ ...base, kind: 'planReceived' as never }, TODAY, null)).toEqual({
      error: '跟踪记录类型无效',
    });
  });
});

describe('corrections are new entries, never edits', () => {
  const fixed = correction([reminder, visit], {
    id: 'v1-fix',
    corrects: 'v1',
    date: '2026-03-06',
    reason: '日期记错',
  });

  it('name the corrected entry, keep its kind and give the reason', () => {
    expect(fixed).toMatchObject({ kind: 'visit', corrects: 'v1', date: '2026-03-06', text: visit.text });
    expect(fixed.reason).toBe('日期记错');
  });

  it('show the corrected view while keeping every version', () => {
    const entries = [reminder, visit, fixed];
    const effective = effectiveEntries(entries);
    expect(effective.map((e) => [e.rootId, e.entry.id, e.corrected])).toEqual([
      ['r1', 'r1', false],
      ['v1', 'v1-fix', true],
    ]);
    expect(effective[1]?.versions.map((v) => v.id)).toEqual(['v1', 'v1-fix']);
    expect(entries).toHaveLength(3);
  });

  it('chain: a correction of a correction resolves to the original', () => {
    const again = correction([reminder, visit, fixed], {
      id: 'v1-fix2',
      corrects: 'v1-fix',
      text: '走访并座谈',
      reason: '补充',
    });
    const entries = [reminder, visit, fixed, again];
    expect(rootOf(entries, 'v1-fix2')?.id).toBe('v1');
    const [, last] = effectiveEntries(entries);
    expect(last?.entry).toMatchObject({ id: 'v1-fix2', date: '2026-03-06', text: '走访并座谈' });
    expect(last?.versions).toHaveLength(3);
  });

  it('withdraw a hand-written entry from the effective view', () => {
    const withdrawn = correction([reminder, visit], {
      id: 'w',
      corrects: 'r1',
      withdraw: true,
      reason: '重复录入',
    });
    const entries = [reminder, visit, withdrawn];
    expect(effectiveEntries(entries).map((e) => e.rootId)).toEqual(['v1']);
    expect(
      correctionEntry(entries, { id: 'w2', corrects: 'r1', text: '再改', reason: '再改' }, TODAY, null),
    ).toEqual({
      error: '该记录已作废，不能再更正',
    });
  });

  it('are refused without a reason, without a change, or for an unknown entry', () => {
    expect(
      correctionEntry([visit], { id: 'c', corrects: 'v1', text: '改', reason: '' }, TODAY, null),
    ).toEqual({
      error: '请填写更正原因',
    });
    expect(correctionEntry([visit], { id: 'c', corrects: 'v1', reason: '无' }, TODAY, null)).toEqual({
      error: '更正后的内容与原记录相同',
    });
    expect(correctionEntry([visit], { id: 'c', corrects: 'zz', reason: '无' }, TODAY, null)).toEqual({
      error: '没有找到要更正的记录',
    });
    expect(
      correctionEntry([visit], { id: 'c', corrects: 'v1', date: '2026-06-01', reason: '改' }, TODAY, null),
    ).toEqual({
      error: '日期不能晚于今天',
    });
  });

  it('sort the effective view by date, one day in recording order', () => {
    const a = entry({ id: 'a', kind: 'note', date: '2026-03-05', text: '甲' });
    const b = entry({ id: 'b', kind: 'note', date: '2026-03-05', text: '乙' });
    expect(effectiveEntries([visit, b, reminder, a]).map((e) => e.rootId)).toEqual(['r1', 'v1', 'b', 'a']);
    expect(latestEntry([visit, b, reminder, a])?.rootId).toBe('a');
    expect(latestEntry([])).toBeNull();
  });
});

describe('corrections through the workflow', () => {
  const correct = (fields: Partial<Extract<WorkflowAction, { type: 'correct' }>>): WorkflowAction => ({
    type: 'correct',
    entryId: 'fix',
    corrects: 'e2',
    reason: '笔误',
    ...fields,
  });

  it('may change the date or text of a workflow entry, never its status change', () => {
    const item = itemIn('reported');
    const result = applyAction(item, correct({ date: '2026-02-11', text: '方案共12项措施' }), TODAY);
    if (isRefused(result)) throw new Error(result.error);
    expect(result.item.status).toBe('reported');
    expect(result.entry).toMatchObject({
      kind: 'planReceived',
      statusFrom: 'issued',
      statusTo: 'rectifying',
    });
    expect(result.entry.automatic).toBe(false);
    expect(result.item.history).toHaveLength(item.history.length + 1);
    const shown = effectiveEntries(result.item.history).find((e) => e.rootId === 'e2');
    expect(shown?.entry.date).toBe('2026-02-11');
  });

  it('refuses to withdraw a workflow entry, or to move the 交办 date', () => {
    const item = itemIn('reported');
    expect(applyAction(item, correct({ withdraw: true }), TODAY)).toEqual({
      error: '“收到整改方案”记录由办理流程生成，不能作废，只能更正日期或说明',
    });
    expect(applyAction(item, correct({ corrects: 'e1', date: '2026-01-30' }), TODAY)).toEqual({
      error: '交办日期请通过“调整日期”修改',
    });
  });

  it('adds follow-ups after 交办 and after 办结 (回头看)', () => {
    const action: WorkflowAction = {
      type: 'followUp',
      entryId: 'v',
      kind: 'visit',
      date: TODAY,
      text: '回头看',
    };
    const result = applyAction(itemIn('closed'), action, TODAY);
    expect(result).toMatchObject({ item: { status: 'closed' }, entry: { kind: 'visit', automatic: false } });
  });
});
