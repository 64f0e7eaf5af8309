import { describe, expect, it } from 'vitest';
import { currentDue, dashboard, dueNotice } from './attention';
import type { RectificationItem } from './item';
import { LEDGER_HEADERS, ledgerPrintRows, ledgerRows, ledgerSheet, SAME_AS_ABOVE } from './ledger';
import { itemIn, pendingItem, run, TODAY } from '../testing/rectificationFixtures';

/** An item of another unit, in a status, issued on `issued`. */
function item(id: string, unitId: string, status: 'pending' | 'issued' | 'rectifying', issued: string) {
  const base = pendingItem(id, { unitId });
  if (status === 'pending') return base;
  const actions = [{ type: 'issue', entryId: `${id}-1`, date: issued } as const];
  if (status === 'rectifying')
    actions.push({ type: 'planReceived', entryId: `${id}-2`, date: issued } as never);
  return run(base, actions, TODAY);
}

const UNIT_NAMES = { 'unit-a': '县住建局', 'unit-b': '县市场监管局', 'unit-c': '县行政审批局' };

describe('what is due', () => {
  it('is the plan while 已交办, the report while 整改中, nothing otherwise', () => {
    expect(currentDue(itemIn('issued'))).toEqual({ kind: 'plan', date: '2026-02-15' });
    expect(currentDue(itemIn('rectifying'))).toEqual({ kind: 'report', date: '2026-04-30' });
    for (const status of ['pending', 'reported', 'voting', 'closed'] as const) {
      expect(currentDue(itemIn(status))).toBeNull();
    }
  });

  it('says how far away it is', () => {
    expect(dueNotice(itemIn('rectifying'), TODAY)?.text).toBe('整改报告已逾期 1 天');
    expect(dueNotice(itemIn('rectifying'), '2026-04-30')?.text).toBe('整改报告今天到期');
    expect(dueNotice(itemIn('issued'), '2026-02-10')?.text).toBe('整改方案还剩 5 天');
  });
});

describe('the dashboard', () => {
  const today = '2026-04-25';
  const soon = item('soon', 'unit-a', 'issued', '2026-04-15'); // plan due 04-30: 5 days
  const today0 = item('today', 'unit-b', 'issued', '2026-04-10'); // plan due 04-25: due today
  const late = item('late', 'unit-c', 'rectifying', '2026-01-20'); // report due 04-20: 5 days overdue
  const later = item('later', 'unit-c', 'rectifying', '2026-03-01'); // report due 06-01: ok
  const flagged: RectificationItem = {
    ...item('flag', 'unit-a', 'rectifying', '2026-04-20'),
    flag: '连续两次不满意，建议检查、约谈或问责',
    unsatisfiedStreak: 2,
  };
  const closedFlagged: RectificationItem = {
    ...itemIn('closed', 'done'),
    flag: '连续两次不满意，建议检查、约谈或问责',
  };

  it('lists overdue, due soon (due today first) and open flagged items', () => {
    const board = dashboard([soon, late, later, today0, flagged, closedFlagged, pendingItem('p')], today);
    expect(board.overdue.map((n) => [n.itemId, n.state.daysLeft, n.text])).toEqual([
      ['late', -5, '整改报告已逾期 5 天'],
    ]);
    expect(board.dueSoon.map((n) => [n.itemId, n.unitId, n.text])).toEqual([
      ['today', 'unit-b', '整改方案今天到期'],
      ['soon', 'unit-a', '整改方案还剩 5 天'],
    ]);
    expect(board.flagged.map((i) => i.id)).toEqual(['flag']);
  });
});

describe('the ledger', () => {
  const items = [
    itemIn('closed', 'c1'),
    item('r2', 'unit-b', 'rectifying', '2026-03-01'),
    item('r1', 'unit-a', 'rectifying', '2026-01-20'),
    pendingItem('p1', { unitId: 'unit-c', problems: ['问题一', '问题二'], note: '待主任会议研究' }),
    { ...itemIn('rectifying', 'f1'), unitId: 'unit-x', flag: '连续两次不满意，建议检查、约谈或问责' },
  ];
  const rows = ledgerRows(items, {
    today: TODAY,
    unitNames: UNIT_NAMES,
    issueNumbers: { r1: ['宜人常发〔2026〕1号', '宜人常函〔2026〕2号'] },
  });

  it('sorts by status in workflow order, then by the deadline', () => {
    expect(rows.map((row) => [row.index, row.itemId, row.status])).toEqual([
      [1, 'p1', '待交办'],
      [2, 'r1', '整改中'],
      [3, 'f1', '整改中'],
      [4, 'r2', '整改中'],
      [5, 'c1', '办结'],
    ]);
  });

  it('fills every column', () => {
    const [pending, overdue, flagged, , closed] = rows;
    expect(pending).toMatchObject({
      unit: '县行政审批局',
      problems: '1. 问题一\n2. 问题二',
      source: '其他',
      issueDate: '',
      round: 0,
      lastFollowUp: '',
      remarks: '待主任会议研究',
      attention: null,
    });
    expect(overdue).toMatchObject({
      unit: '县住建局',
      issueNumbers: '宜人常发〔2026〕1号、宜人常函〔2026〕2号',
      issueDate: '2026年1月20日',
      planDue: '2026年2月4日',
      planReceived: '2026年1月20日',
      reportDue: '2026年4月20日',
      reportReceived: '',
      isoDates: {
        issueDate: '2026-01-20',
        planDue: '2026-02-04',
        planReceived: '2026-01-20',
        reportDue: '2026-04-20',
        reportReceived: '',
      },
      remarks: '整改报告已逾期 11 天',
      attention: 'overdue',
      lastFollowUp: '2026年1月20日 收到整改方案',
    });
    expect(flagged).toMatchObject({
      unit: '（已删除）',
      remarks: '整改报告已逾期 1 天；连续两次不满意，建议检查、约谈或问责',
      flagged: true,
    });
    expect(closed).toMatchObject({ status: '办结', round: 1, remarks: '', attention: null });
    expect(closed?.lastFollowUp).toBe('2026年4月28日 测评结果：第1次测评：满意，办结');
  });

  it('is a worksheet with a title row, numbers as numbers and real dates, printed landscape', () => {
    const sheet = ledgerSheet(rows, '宜丰县人大常委会整改情况跟踪台账（全部未办结）');
    expect(sheet.name).toBe('整改情况跟踪台账');
    expect(sheet.title).toBe('宜丰县人大常委会整改情况跟踪台账（全部未办结）');
    expect(sheet.headers).toEqual([...LEDGER_HEADERS]);
    expect(sheet.headers.slice(5, 11)).toEqual([
      '交办文号',
      '交办日期',
      '方案期限',
      '方案收到日期',
      '报告期限',
      '报告收到日期',
    ]);
    expect(sheet.rows[0]?.[0]).toBe(1);
    expect(sheet.rows[1]?.slice(5, 11)).toEqual([
      '宜人常发〔2026〕1号、宜人常函〔2026〕2号',
      { date: '2026-01-20' },
      { date: '2026-02-04' },
      { date: '2026-01-20' },
      { date: '2026-04-20' },
      { date: '' },
    ]);
    expect(sheet.rows[4]?.[12]).toBe(1);
    expect(sheet.columnWidths).toHaveLength(LEDGER_HEADERS.length);
    expect(sheet.print).toEqual({ landscape: true, wrap: true });
  });

  it('prints the number, the five dates one a line, a repeated requirement once', () => {
    const same = '请于三个月内整改到位。';
    const printed = ledgerPrintRows(
      ledgerRows(
        [
          { ...item('a', 'unit-a', 'rectifying', '2026-01-20'), requirements: same },
          { ...item('b', 'unit-b', 'rectifying', '2026-01-21'), requirements: same },
          { ...item('c', 'unit-c', 'rectifying', '2026-01-22'), requirements: '另一个要求。' },
        ],
        { today: TODAY, unitNames: UNIT_NAMES, issueNumbers: { a: ['宜人常发〔2026〕1号'] } },
      ),
    );
    expect(printed.map((row) => row[3])).toEqual([same, SAME_AS_ABOVE, '另一个要求。']);
    expect(printed[0]?.slice(4, 6)).toEqual([
      '宜人常发\n〔2026〕1号',
      '2026年1月20日\n2026年2月4日\n2026年1月20日\n2026年4月20日\n—',
    ]);
    expect(printed[1]?.[4]).toBe('—');
  });

  it('keeps a long last follow-up whole (no cell is cut with …)', () => {
    const long = run(
      itemIn('issued', 'l'),
      [{ type: 'followUp', entryId: 'v', kind: 'visit', date: TODAY, text: '走'.repeat(100) }],
      TODAY,
    );
    const [row] = ledgerRows([long], { today: TODAY, unitNames: UNIT_NAMES });
    expect(row?.lastFollowUp).toContain('走'.repeat(100));
    expect(row?.lastFollowUp).not.toContain('…');
  });
});
