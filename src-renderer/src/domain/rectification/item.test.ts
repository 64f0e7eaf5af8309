import { describe, expect, it } from 'vitest';
import {
  describeSource,
  editItem,
  newItem,
  normalizeDraft,
  problemsText,
  validateDates,
  validateDraft,
  validateItem,
} from './item';
import { draft, itemIn, pendingItem } from '../testing/rectificationFixtures';

describe('draft validation', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(draft())).toEqual({});
  });

  it('requires a unit, at least one problem and the requirements', () => {
    expect(validateDraft(draft({ unitId: '', problems: [' ', ''], requirements: '\u3000' }))).toEqual({
      unitId: '请选择整改单位',
      problems: '请至少填写一个问题',
      requirements: '请填写整改要求',
    });
  });

  it('limits lengths and counts, naming the problem', () => {
    const errors = validateDraft(
      draft({ problems: ['短', '长'.repeat(2001)], supervisorName: '名'.repeat(51), note: '注'.repeat(501) }),
    );
    expect(errors).toEqual({
      'problems.1': '第 2 个问题不能超过 2000 个字',
      supervisorName: '分管领导姓名不能超过 50 个字',
      note: '备注不能超过 500 个字',
    });
    expect(validateDraft(draft({ problems: Array.from({ length: 31 }, (_, i) => `问题${i}`) }))).toEqual({
      problems: '问题不能超过 30 条',
    });
  });

  it('cleans texts, keeps line breaks in paragraphs, drops blank problems', () => {
    const cleaned = normalizeDraft(
      draft({ problems: ['  审批\u3000时限长 ', '', '一是…\r\n\r\n\r\n二是…'], supervisorName: '李 明 ' }),
    );
    expect(cleaned.problems).toEqual(['审批 时限长', '一是…\n\n二是…']);
    expect(cleaned.supervisorName).toBe('李明');
  });
});

describe('dates', () => {
  it('needs both deadlines once issued, not before the issue date, plan due ≤ report due', () => {
    expect(validateDates({ issueDate: null, planDue: null, reportDue: null })).toEqual({});
    expect(
      validateDates({ issueDate: '2026-03-01', planDue: '2026-03-16', reportDue: '2026-06-01' }),
    ).toEqual({});
    expect(
      validateDates({ issueDate: '2026-03-01', planDue: '2026-03-01', reportDue: '2026-03-01' }),
    ).toEqual({});
    expect(validateDates({ issueDate: '2026-03-01', planDue: null, reportDue: null })).toEqual({
      planDue: '请填写整改方案期限',
      reportDue: '请填写整改报告期限',
    });
    expect(
      validateDates({ issueDate: '2026-03-01', planDue: '2026-07-01', reportDue: '2026-06-01' }),
    ).toEqual({
      planDue: '整改方案期限不能晚于整改报告期限',
    });
    expect(
      validateDates({ issueDate: '2026-03-01', planDue: '2026-02-28', reportDue: '2026-02-28' }),
    ).toEqual({
      planDue: '整改方案期限不能早于交办日期（2026年3月1日）',
      reportDue: '整改报告期限不能早于交办日期（2026年3月1日）',
    });
    expect(validateDates({ issueDate: '2026-02-30', planDue: '2026-03-16', reportDue: 'soon' })).toEqual({
      issueDate: '交办日期不是有效的日期',
      reportDue: '整改报告期限不是有效的日期',
    });
    expect(validateDates({ issueDate: null, planDue: '2026-03-16', reportDue: null })).toEqual({
      issueDate: '填写期限前请先填写交办日期',
    });
  });
});

describe('items', () => {
  it('starts in 待交办 with no dates, round 0 and no history', () => {
    expect(newItem('item-9', draft())).toMatchObject({
      id: 'item-9',
      activityId: 'act-1',
      status: 'pending',
      issueDate: null,
      planDue: null,
      reportDue: null,
      round: 0,
      unsatisfiedStreak: 0,
      flag: null,
      voteRoundId: null,
      history: [],
    });
  });

  it('can be edited only before 交办', () => {
    const edited = editItem(pendingItem(), draft({ requirements: '一个月内完成' }));
    expect(edited).toMatchObject({ item: { requirements: '一个月内完成' } });
    expect(editItem(pendingItem(), draft({ unitId: '' }))).toEqual({ error: '请选择整改单位' });
    expect(editItem(itemIn('rectifying'), draft())).toEqual({
      error: '当前状态为“整改中”：已交办的整改事项以交办文件为准，不能再修改；如需补充，请添加跟踪记录',
    });
  });

  it('validates a whole item read back from storage', () => {
    expect(validateItem(itemIn('closed'))).toEqual({});
    expect(validateItem({ ...itemIn('issued'), issueDate: null, planDue: null, reportDue: null })).toEqual({
      issueDate: '已交办的事项必须有交办日期',
    });
    expect(validateItem({ ...pendingItem(), status: 'done' as never })).toEqual({ status: '整改状态无效' });
    expect(validateItem({ ...itemIn('voting'), voteRoundId: null })).toEqual({
      status: '测评中的事项缺少测评轮次',
    });
  });

  it('describes the source and the problems for print', () => {
    expect(describeSource({ kind: 'inquiry', questionIds: ['q1'] })).toBe('专题询问');
    expect(describeSource({ kind: 'manual' })).toBe('其他');
    expect(
      describeSource({ kind: 'evaluation', roundId: 'r', rank: 6, figures: '排名第6名（共6个单位）' }),
    ).toBe('工作评议：排名第6名（共6个单位）');
    expect(problemsText(['只有一个'])).toBe('只有一个');
    expect(problemsText(['甲', '乙'])).toBe('1. 甲\n2. 乙');
  });
});
