import { describe, expect, it } from 'vitest';
import { DEFAULT_RECTIFICATION_SETTINGS } from './dueDates';
import {
  checkLedgerRange,
  filterItems,
  itemYear,
  itemYears,
  ledgerScopeItems,
  ledgerScopeOf,
  ledgerTitle,
  needsAttention,
  type ActivityRef,
  type FilterContext,
} from './itemFilter';
import type { RectificationItem } from './item';
import { itemIn, pendingItem } from '../testing/rectificationFixtures';

const ACTIVITIES: ActivityRef[] = [
  { id: 'act-1', kind: 'evaluation', title: '优化营商环境', date: '2025-12-20' },
  { id: 'act-2', kind: 'inquiry', title: '促进绿色矿山建设', date: '2026-03-02' },
];
const settings = DEFAULT_RECTIFICATION_SETTINGS;

/** Issued 2026-01-31 (plan due 2026-02-15), in act-1. */
const issued = itemIn('issued', 'issued');
const draft2025 = pendingItem('draft-1');
const draft2026 = pendingItem('draft-2', { activityId: 'act-2', unitId: 'unit-b' });
const flaggedClosed: RectificationItem = {
  ...itemIn('closed', 'closed'),
  flag: '连续两次不满意，建议检查、约谈或问责',
};
const ITEMS = [issued, draft2025, draft2026, flaggedClosed];
const context = (today: string): FilterContext => ({ today, settings, activities: ACTIVITIES });

describe('需关注', () => {
  it('is a deadline due within dueSoonDays or passed, or a flag (kept after 办结)', () => {
    expect(needsAttention(issued, '2026-02-01', settings)).toBe(false);
    expect(needsAttention(issued, '2026-02-08', settings)).toBe(true);
    expect(needsAttention(issued, '2026-02-16', settings)).toBe(true);
    expect(needsAttention(issued, '2026-02-08', { ...settings, dueSoonDays: 3 })).toBe(false);
    expect(needsAttention(flaggedClosed, '2026-02-01', settings)).toBe(true);
    expect(needsAttention(draft2025, '2026-02-16', settings)).toBe(false);
  });
});

describe('the year of an item', () => {
  it('is its 交办 year, or for a draft its activity’s year', () => {
    expect(itemYear(issued, ACTIVITIES)).toBe('2026');
    expect(itemYear(draft2025, ACTIVITIES)).toBe('2025');
    expect(itemYear(pendingItem('x', { activityId: null }), ACTIVITIES)).toBe('');
    expect(itemYears(ITEMS, ACTIVITIES)).toEqual(['2026', '2025']);
  });
});

describe('the 整改 page filters', () => {
  const none = { activityId: null, unitId: null, year: null, status: null };
  const ids = (items: RectificationItem[]) => items.map((item) => item.id);

  it('shows everything with no filter, and combines the ones chosen', () => {
    expect(ids(filterItems(ITEMS, none, context('2026-02-01')))).toEqual(ids(ITEMS));
    expect(ids(filterItems(ITEMS, { ...none, activityId: 'act-1' }, context('2026-02-01')))).toEqual([
      'issued',
      'draft-1',
      'closed',
    ]);
    expect(ids(filterItems(ITEMS, { ...none, year: '2025' }, context('2026-02-01')))).toEqual(['draft-1']);
    expect(ids(filterItems(ITEMS, { ...none, unitId: 'unit-b' }, context('2026-02-01')))).toEqual([
      'draft-2',
    ]);
    expect(
      ids(filterItems(ITEMS, { ...none, status: 'pending', year: '2026' }, context('2026-02-01'))),
    ).toEqual(['draft-2']);
  });

  it('需关注 follows the day', () => {
    const attention = { ...none, status: 'attention' as const };
    expect(ids(filterItems(ITEMS, attention, context('2026-02-01')))).toEqual(['closed']);
    expect(ids(filterItems(ITEMS, attention, context('2026-02-16')))).toEqual(['issued', 'closed']);
  });
});

describe('the ledger’s scope', () => {
  it('opens on the chosen activity, else every open item (the list’s year filter does not narrow it)', () => {
    expect(ledgerScopeOf({ activityId: 'act-2' })).toEqual({ kind: 'activity', activityId: 'act-2' });
    expect(ledgerScopeOf({ activityId: null })).toEqual({ kind: 'open' });
  });

  it('is a range of 交办 dates, both ends included, named in the title', () => {
    const ids = (from: string, to: string) =>
      ledgerScopeItems(ITEMS, { kind: 'range', from, to }, ACTIVITIES).map((item) => item.id);
    expect(ids('2026-01-31', '2026-01-31')).toEqual(['issued', 'closed']);
    expect(ids('2026-01-01', '2026-01-30')).toEqual([]);
    expect(ids('2026-02-01', '2026-12-31')).toEqual([]);
    expect(ledgerTitle({ kind: 'range', from: '2026-01-01', to: '2026-06-30' }, ACTIVITIES)).toBe(
      '整改情况跟踪台账（2026年1月1日至2026年6月30日交办）',
    );
    expect(checkLedgerRange('2026-01-01', '2026-06-30')).toBeNull();
    expect(checkLedgerRange('2026-07-01', '2026-06-30')).toBe('开始日期不能晚于结束日期');
    expect(checkLedgerRange('', '2026-06-30')).toBe('请填写起止日期');
  });

  it('by default lists every item not yet 办结, whatever the year it was handed over', () => {
    // The reported defect: on 2027-04-10 the ledger said 共 0 项 while items handed over in 2026 were open.
    const open = ledgerScopeItems(ITEMS, ledgerScopeOf({ activityId: null }), ACTIVITIES);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((item) => item.status !== 'closed')).toBe(true);
    expect(open).toEqual(ITEMS.filter((item) => item.status !== 'closed'));
    expect(ledgerTitle({ kind: 'open' }, ACTIVITIES)).toBe('整改情况跟踪台账（全部未办结）');
  });

  it('lists an activity’s items, or a year’s: handed over that year, or drafts of its activities', () => {
    const ids = (scope: Parameters<typeof ledgerScopeItems>[1]) =>
      ledgerScopeItems(ITEMS, scope, ACTIVITIES).map((item) => item.id);
    expect(ids({ kind: 'activity', activityId: 'act-2' })).toEqual(['draft-2']);
    expect(ids({ kind: 'year', year: 2026 })).toEqual(['issued', 'draft-2', 'closed']);
    expect(ids({ kind: 'year', year: 2025 })).toEqual(['draft-1']);
  });

  it('is named in the title, after the committee’s short name in the files', () => {
    const org = '宜丰县人民代表大会常务委员会';
    expect(ledgerTitle({ kind: 'activity', activityId: 'act-1' }, ACTIVITIES)).toBe(
      '优化营商环境工作评议整改情况跟踪台账',
    );
    expect(ledgerTitle({ kind: 'activity', activityId: 'act-1' }, ACTIVITIES, org)).toBe(
      '宜丰县人大常委会优化营商环境工作评议整改情况跟踪台账',
    );
    expect(ledgerTitle({ kind: 'year', year: 2026 }, ACTIVITIES, org)).toBe(
      '宜丰县人大常委会2026年整改情况跟踪台账',
    );
  });
});
