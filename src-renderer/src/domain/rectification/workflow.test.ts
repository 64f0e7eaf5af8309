import { describe, expect, it } from 'vitest';
import type { RectificationItem } from './item';
import { ITEM_STATUS_LABELS, ITEM_STATUSES, type ItemStatus } from './status';
import { ISSUED_ON, itemIn, pendingItem, run, TODAY } from '../testing/rectificationFixtures';
import { ACTION_TYPES, ALLOWED_ACTIONS, TRANSITIONS, type ActionType } from './transitions';
import { applyAction, isRefused, type WorkflowAction } from './workflow';

function refused(item: RectificationItem, action: WorkflowAction, today = TODAY): string {
  const result = applyAction(item, action, today);
  if (!isRefused(result)) throw new Error(`expected ${action.type} to be refused`);
  return result.error;
}

function applied(item: RectificationItem, action: WorkflowAction, today = TODAY) {
  const result = applyAction(item, action, today);
  if (isRefused(result)) throw new Error(result.error);
  return result;
}

const SAMPLE = {
  issue: { type: 'issue', entryId: 'x', date: '2026-04-30' },
  planReceived: { type: 'planReceived', entryId: 'x', date: '2026-04-30' },
  reportReceived: { type: 'reportReceived', entryId: 'x', date: '2026-04-30' },
  startVote: { type: 'startVote', entryId: 'x', date: '2026-04-30', roundId: 'round-9' },
  recordVoteOutcome: {
    type: 'recordVoteOutcome',
    entryId: 'x',
    date: '2026-04-30',
    roundId: 'round-1',
    outcome: 'satisfied',
  },
  cancelVote: { type: 'cancelVote', entryId: 'x', date: '2026-04-30', reason: '收回票数多于发出票数' },
  adjustDates: {
    type: 'adjustDates',
    entryId: 'x',
    date: '2026-04-30',
    reportDue: '2026-07-31',
    reason: '延期',
  },
  followUp: { type: 'followUp', entryId: 'x', kind: 'note', date: '2026-04-30', text: '电话了解进展' },
  correct: { type: 'correct', entryId: 'x', corrects: 'e1', text: '改正', reason: '笔误' },
} satisfies Record<ActionType, WorkflowAction>;

describe('the happy path 待交办 → 已交办 → 整改中 → 已报告 → 测评中 → 办结', () => {
  it('moves one status per action and writes one dated entry each', () => {
    const statuses = ITEM_STATUSES.map((status) => itemIn(status).status);
    expect(statuses).toEqual(['pending', 'issued', 'rectifying', 'reported', 'voting', 'closed']);
    const closed = itemIn('closed');
    expect(closed.history.map((entry) => [entry.kind, entry.statusFrom, entry.statusTo])).toEqual([
      ['issued', 'pending', 'issued'],
      ['planReceived', 'issued', 'rectifying'],
      ['reportReceived', 'rectifying', 'reported'],
      ['voteStarted', 'reported', 'voting'],
      ['voteResult', 'voting', 'closed'],
    ]);
    expect(closed.history.every((entry) => entry.automatic && entry.recordedOn === TODAY)).toBe(true);
    expect(closed).toMatchObject({ round: 1, unsatisfiedStreak: 0, flag: null, voteRoundId: null });
  });

  it('issue sets the issue date and the default deadlines (+15 days, +3 months clamped)', () => {
    const item = itemIn('issued');
    expect(item).toMatchObject({ issueDate: ISSUED_ON, planDue: '2026-02-15', reportDue: '2026-04-30' });
    expect(item.history[0]?.text).toBe('整改方案期限2026年2月15日，整改报告期限2026年4月30日');
  });

  it('issue takes deadlines when given, and a note', () => {
    const action: WorkflowAction = {
      type: 'issue',
      entryId: 'e1',
      date: '2026-03-02',
      planDue: '2026-03-20',
      reportDue: '2026-05-31',
      text: '以宜人常函〔2026〕3号交办',
    };
    const { item, entry } = applied(pendingItem(), action);
    expect(item).toMatchObject({ planDue: '2026-03-20', reportDue: '2026-05-31' });
    expect(entry.text).toBe(
      '整改方案期限2026年3月20日，整改报告期限2026年5月31日；以宜人常函〔2026〕3号交办',
    );
  });

  it('does not change the item it is given', () => {
    const item = itemIn('issued');
    const copy = structuredClone(item);
    applied(item, SAMPLE.planReceived);
    expect(item).toEqual(copy);
  });

  it('records a revised plan in 整改中 without moving', () => {
    const { item, entry } = applied(itemIn('rectifying'), { ...SAMPLE.planReceived, text: '补充措施三项' });
    expect(item.status).toBe('rectifying');
    expect(entry.text).toBe('修改后的整改方案；补充措施三项');
  });

  it('startVote keeps the round and writes 第N次测评', () => {
    const { item, entry } = applied(itemIn('reported'), SAMPLE.startVote);
    expect(item.voteRoundId).toBe('round-9');
    expect(entry).toMatchObject({ kind: 'voteStarted', roundId: 'round-9', text: '第1次测评' });
  });
});

describe('the vote on the report', () => {
  const vote = (roundId: string, outcome: 'satisfied' | 'basic' | 'fairly' | 'unsatisfied', n: number) => [
    { type: 'startVote', entryId: `s${n}`, date: '2026-04-28', roundId } as const,
    { type: 'recordVoteOutcome', entryId: `o${n}`, date: '2026-04-28', roundId, outcome } as const,
  ];
  const reported = () => itemIn('reported');
  const again = (n: number) => [{ type: 'reportReceived', entryId: `r${n}`, date: '2026-04-29' } as const];

  it.each(['satisfied', 'fairly', 'basic'] as const)('%s closes the item (办结)', (outcome) => {
    const item = run(reported(), vote('round-1', outcome, 1), TODAY);
    expect(item.status).toBe('closed');
    expect(item.round).toBe(1);
  });

  it('不满意 sends it back to 整改中, the round count grows, a new report deadline is set', () => {
    const item = run(reported(), vote('round-1', 'unsatisfied', 1), TODAY);
    expect(item).toMatchObject({ status: 'rectifying', round: 1, unsatisfiedStreak: 1, flag: null });
    expect(item.reportDue).toBe('2026-07-28');
    expect(item.history.at(-1)?.text).toBe('第1次测评：不满意，退回整改，整改报告期限2026年7月28日');
  });

  it('flags the item after two unsatisfied results in a row, and keeps the flag', () => {
    const twice = run(
      reported(),
      [...vote('round-1', 'unsatisfied', 1), ...again(1), ...vote('round-2', 'unsatisfied', 2)],
      TODAY,
    );
    expect(twice).toMatchObject({ status: 'rectifying', round: 2, unsatisfiedStreak: 2 });
    expect(twice.flag).toBe('连续两次不满意，建议检查、约谈或问责');
    expect(twice.history.at(-1)?.text).toContain('连续两次不满意');
    const thrice = run(twice, [...again(2), ...vote('round-3', 'unsatisfied', 3)], TODAY);
    expect(thrice.flag).toBe('连续3次不满意，建议检查、约谈或问责');
    const closed = run(thrice, [...again(3), ...vote('round-4', 'basic', 4)], TODAY);
    expect(closed).toMatchObject({ status: 'closed', round: 4, unsatisfiedStreak: 0 });
    expect(closed.flag).toBe('连续3次不满意，建议检查、约谈或问责');
  });

  it('does not flag a single unsatisfied result; a cancelled vote in between does not break the streak', () => {
    const once = run(reported(), [...vote('round-1', 'unsatisfied', 1), ...again(1)], TODAY);
    expect(once).toMatchObject({ unsatisfiedStreak: 1, flag: null });
    const cancelled = run(
      once,
      [
        { type: 'startVote', entryId: 'c1', date: '2026-04-30', roundId: 'round-void' },
        { type: 'cancelVote', entryId: 'c2', date: '2026-04-30', reason: '不足法定人数' },
        ...vote('round-2', 'unsatisfied', 2),
      ],
      TODAY,
    );
    expect(cancelled).toMatchObject({ round: 2, unsatisfiedStreak: 2 });
    expect(cancelled.flag).not.toBeNull();
  });

  it('records the figures and the round id in the entry', () => {
    const started = run(reported(), vote('round-1', 'satisfied', 1).slice(0, 1), TODAY);
    const { entry } = applied(started, {
      type: 'recordVoteOutcome',
      entryId: 'o1',
      date: '2026-04-30',
      roundId: 'round-1',
      outcome: 'satisfied',
      figures: '满意8票，基本满意3票，不满意1票',
    });
    expect(entry).toMatchObject({ roundId: 'round-1', outcome: 'satisfied', statusTo: 'closed' });
    expect(entry.text).toBe('第1次测评：满意（满意8票，基本满意3票，不满意1票），办结');
  });

  it('refuses an outcome of another round, and an unknown tier', () => {
    const voting = itemIn('voting');
    expect(refused(voting, { ...SAMPLE.recordVoteOutcome, roundId: 'round-2' })).toBe(
      '测评轮次不符：该事项正在进行的是另一轮测评',
    );
    const unknown = { ...SAMPLE.recordVoteOutcome, outcome: 'unknown' } as unknown as WorkflowAction;
    expect(refused(voting, unknown)).toBe('测评等次无效');
  });

  it('cancelVote goes back to 已报告 without counting a round', () => {
    const { item, entry } = applied(itemIn('voting'), SAMPLE.cancelVote);
    expect(item).toMatchObject({ status: 'reported', round: 0, voteRoundId: null });
    expect(entry).toMatchObject({ kind: 'voteCancelled', roundId: 'round-1' });
    expect(entry.text).toBe('第1次测评作废：收回票数多于发出票数');
    expect(refused(itemIn('voting'), { ...SAMPLE.cancelVote, reason: ' ' })).toBe('请填写测评作废的原因');
  });
});

describe('illegal moves are refused with the current status and what is needed', () => {
  const cases = ITEM_STATUSES.flatMap((status) =>
    ACTION_TYPES.filter((action) => !ALLOWED_ACTIONS[status].includes(action)).map(
      (action) => [status, action] as [ItemStatus, ActionType],
    ),
  );

  it('covers every refused pair of the table', () => {
    expect(cases.length).toBe(ITEM_STATUSES.length * ACTION_TYPES.length - TRANSITIONS.length);
  });

  it.each(cases)('in %s, %s is refused', (status, action) => {
    const item = itemIn(status);
    const error = refused(item, SAMPLE[action]);
    expect(error.startsWith(`当前状态为“${ITEM_STATUS_LABELS[status]}”：`)).toBe(true);
    expect(error.length).toBeGreaterThan(`当前状态为“${ITEM_STATUS_LABELS[status]}”：`.length);
    expect(applyAction(item, SAMPLE[action], TODAY)).not.toHaveProperty('item');
  });

  it.each([
    ['rectifying', 'startVote', '当前状态为“整改中”：整改报告尚未收到，不能开始测评'],
    ['issued', 'startVote', '当前状态为“已交办”：整改报告尚未收到，不能开始测评'],
    ['issued', 'reportReceived', '当前状态为“已交办”：尚未收到整改方案，请先登记收到整改方案'],
    ['pending', 'planReceived', '当前状态为“待交办”：该事项尚未交办，请先交办'],
    ['issued', 'issue', '当前状态为“已交办”：该事项已经交办，不能重复交办'],
    ['reported', 'recordVoteOutcome', '当前状态为“已报告”：尚未开始测评，不能登记测评结果'],
    ['voting', 'reportReceived', '当前状态为“测评中”：测评正在进行，请先登记测评结果或将测评作废'],
    ['closed', 'startVote', '当前状态为“办结”：该事项已办结，不能再测评'],
    ['closed', 'adjustDates', '当前状态为“办结”：该事项已办结，不能再调整日期'],
  ] as const)('in %s, %s: %s', (status, action, message) => {
    expect(refused(itemIn(status), SAMPLE[action])).toBe(message);
  });

  it('refuses 走访 and 督促 before 交办, but takes a note', () => {
    const visit: WorkflowAction = { ...SAMPLE.followUp, kind: 'visit' };
    expect(refused(pendingItem(), visit)).toBe('当前状态为“待交办”：该事项尚未交办，只能添加“其他”记录');
    expect(applied(pendingItem(), SAMPLE.followUp).entry.kind).toBe('note');
  });
});

describe('dates and ids of actions', () => {
  it('refuses a date in the future, before the issue date, or not a date', () => {
    const issued = itemIn('issued');
    expect(refused(issued, { ...SAMPLE.planReceived, date: '2026-05-02' })).toBe('日期不能晚于今天');
    expect(refused(issued, { ...SAMPLE.planReceived, date: '2026-01-30' })).toBe(
      '日期不能早于交办日期（2026年1月31日）',
    );
    expect(refused(issued, { ...SAMPLE.planReceived, date: '2026-02-30' })).toBe('请填写有效的日期');
    expect(refused(pendingItem(), { ...SAMPLE.issue, date: '2026-05-02' })).toBe('日期不能晚于今天');
  });

  it('accepts an action dated today', () => {
    expect(applied(itemIn('issued'), { ...SAMPLE.planReceived, date: TODAY }).item.status).toBe('rectifying');
  });

  it('refuses a reused entry id', () => {
    expect(refused(itemIn('issued'), { ...SAMPLE.planReceived, entryId: 'e1' })).toBe('记录编号重复');
  });

  it('refuses to issue an incomplete item, or with deadlines out of order', () => {
    expect(refused(pendingItem('i', { problems: [], requirements: '' }), SAMPLE.issue)).toBe(
      '整改事项信息不完整，不能交办：请至少填写一个问题；请填写整改要求',
    );
    expect(refused(pendingItem(), { ...SAMPLE.issue, planDue: '2026-08-01', reportDue: '2026-07-31' })).toBe(
      '整改方案期限不能晚于整改报告期限',
    );
    expect(refused(pendingItem(), { ...SAMPLE.issue, planDue: '2026-04-01' })).toBe(
      '整改方案期限不能早于交办日期（2026年4月30日）',
    );
  });
});

describe('adjustDates (调整日期)', () => {
  it('changes the dates with the reason, and says what changed', () => {
    const { item, entry } = applied(itemIn('rectifying'), SAMPLE.adjustDates);
    expect(item.reportDue).toBe('2026-07-31');
    expect(item.status).toBe('rectifying');
    expect(entry.text).toBe('整改报告期限由2026年4月30日改为2026年7月31日。原因：延期');
  });

  it('can correct the issue date itself', () => {
    const { item } = applied(itemIn('issued'), {
      ...SAMPLE.adjustDates,
      issueDate: '2026-01-30',
      reportDue: undefined,
    });
    expect(item.issueDate).toBe('2026-01-30');
  });

  it('needs a reason, a change, and consistent dates', () => {
    const item = itemIn('rectifying');
    expect(refused(item, { ...SAMPLE.adjustDates, reason: '' })).toBe('请填写调整原因');
    expect(refused(item, { ...SAMPLE.adjustDates, reportDue: '2026-04-30' })).toBe('日期没有变化');
    expect(refused(item, { ...SAMPLE.adjustDates, reportDue: '2026-02-01' })).toBe(
      '整改方案期限不能晚于整改报告期限',
    );
    expect(refused(item, { ...SAMPLE.adjustDates, issueDate: '2026-06-01' })).toBe('交办日期不能晚于今天');
  });
});
