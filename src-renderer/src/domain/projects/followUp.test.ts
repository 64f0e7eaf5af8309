import { describe, expect, it } from 'vitest';
import {
  applyFollowUp,
  attentionText,
  followUpAttention,
  startFollowUp,
  type ProjectFollowUp,
} from './followUp';

function ok(result: ReturnType<typeof applyFollowUp>): ProjectFollowUp {
  if ('error' in result) throw new Error(result.error);
  return result.state;
}

describe('following a chosen project', () => {
  const started = startFollowUp('2027-10-31');

  it('takes notes in date order, a delay with a reason and a later date, then completion', () => {
    let s = ok(applyFollowUp(started, { kind: 'note', date: '2027-03-01', text: '完成招标' }, '2027-03-02'));
    expect(applyFollowUp(s, { kind: 'note', date: '2027-02-01', text: '倒填' }, '2027-03-02')).toEqual({
      error: '日期不能早于上一条进展（2027-03-01）',
    });
    s = ok(
      applyFollowUp(
        s,
        { kind: 'delay', date: '2027-10-20', newDueDate: '2027-12-31', reason: '雨季停工' },
        '2027-10-20',
      ),
    );
    expect(s).toMatchObject({ status: 'delayed', dueDate: '2027-12-31', delayReason: '雨季停工' });
    s = ok(applyFollowUp(s, { kind: 'complete', date: '2027-12-20' }, '2027-12-21'));
    expect(s).toMatchObject({ status: 'completed', completedOn: '2027-12-20' });
    expect(
      applyFollowUp(
        s,
        { kind: 'delay', date: '2027-12-21', newDueDate: '2028-01-31', reason: 'x' },
        '2027-12-21',
      ),
    ).toEqual({
      error: '项目已完成，不能延期',
    });
    expect(ok(applyFollowUp(s, { kind: 'resume', date: '2027-12-21' }, '2027-12-21')).status).toBe('delayed');
  });

  it('refuses a delay without a reason or to an earlier date, and a date in the future', () => {
    expect(
      applyFollowUp(
        started,
        { kind: 'delay', date: '2027-10-01', newDueDate: '2027-12-31', reason: ' ' },
        '2027-10-01',
      ),
    ).toEqual({
      error: '请填写延期原因',
    });
    expect(
      applyFollowUp(
        started,
        { kind: 'delay', date: '2027-10-01', newDueDate: '2027-10-31', reason: '停工' },
        '2027-10-01',
      ),
    ).toEqual({
      error: '新的计划完成时间应晚于原定的 2027-10-31',
    });
    expect(
      applyFollowUp(started, { kind: 'note', date: '2027-10-02', text: '提前写' }, '2027-10-01'),
    ).toEqual({
      error: '日期不能晚于今天',
    });
  });
});

describe('what the dashboard flags', () => {
  it('overdue, due soon (across a year end), and no note for 90 days', () => {
    const s = startFollowUp('2027-12-31');
    expect(followUpAttention(s, '2027-11-01', '2028-01-02').map(attentionText)).toEqual([
      '已超过计划完成时间 2 天',
    ]);
    expect(followUpAttention(s, '2027-11-01', '2027-12-31').map(attentionText)).toEqual(['今天到期']);
    expect(followUpAttention(s, '2027-11-01', '2027-12-01').map(attentionText)).toEqual(['30 天后到期']);
    expect(followUpAttention(s, '2027-06-01', '2027-09-01')).toEqual([{ kind: 'noRecentNote', days: 92 }]);
    expect(followUpAttention({ ...s, status: 'completed' }, '2027-06-01', '2028-06-01')).toEqual([]);
  });
});
