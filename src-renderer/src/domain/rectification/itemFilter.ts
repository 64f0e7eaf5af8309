// Which items a list shows: the 整改 page's filters (activity, unit, year, status or 需关注), and the ledger's
// scope (one activity's items, or a year's).

import { ACTIVITY_KIND_LABELS, type ActivityKind } from '../activity/activity';
import { formatChineseDate } from '../time';
import { dueNotice } from './attention';
import { isIsoDate } from './dueDates';
import type { RectificationSettings } from './dueDates';
import { organShort } from './issuedContent';
import type { RectificationItem } from './item';
import { LEDGER_TITLE } from './ledger';
import type { ItemStatus } from './status';

/** What the filters need to know of an activity. */
export interface ActivityRef {
  id: string;
  kind: ActivityKind;
  title: string;
  /** yyyy-mm-dd */
  date: string;
}

/** 优化营商环境工作评议: an activity's topic and kind, as the lists and the ledger name it. */
export function activityName(activity: Pick<ActivityRef, 'kind' | 'title'>): string {
  return `${activity.title}${ACTIVITY_KIND_LABELS[activity.kind]}`;
}

/**
 * 需关注: flagged after unsatisfied votes in a row (the flag stays after 办结, as a record), or the deadline worked
 * towards is due within the dueSoonDays setting or passed.
 */
export function needsAttention(
  item: RectificationItem,
  today: string,
  settings: RectificationSettings,
): boolean {
  return item.flag !== null || (dueNotice(item, today, settings)?.state.state ?? 'ok') !== 'ok';
}

function activityDates(activities: readonly ActivityRef[]): (id: string | null) => string | undefined {
  const dates = new Map(activities.map((activity) => [activity.id, activity.date]));
  return (id) => (id === null ? undefined : dates.get(id));
}

/** The year an item belongs to: its 交办 year, or for a draft its activity's year ('' when neither is known). */
export function itemYear(item: RectificationItem, activities: readonly ActivityRef[]): string {
  return (item.issueDate ?? activityDates(activities)(item.activityId) ?? '').slice(0, 4);
}

/** The years the items belong to, newest first. */
export function itemYears(items: readonly RectificationItem[], activities: readonly ActivityRef[]): string[] {
  const dateOf = activityDates(activities);
  const years = items.map((item) => (item.issueDate ?? dateOf(item.activityId) ?? '').slice(0, 4));
  return [...new Set(years.filter((year) => year !== ''))].sort().reverse();
}

/** A status, or 需关注 (see needsAttention). */
export type StatusFilter = ItemStatus | 'attention';

/** The 整改 page's filters; null shows all. */
export interface ItemFilter {
  activityId: string | null;
  unitId: string | null;
  /** e.g. '2026' */
  year: string | null;
  status: StatusFilter | null;
}

export interface FilterContext {
  today: string;
  settings: RectificationSettings;
  activities: readonly ActivityRef[];
}

export function filterItems<T extends RectificationItem>(
  items: readonly T[],
  filter: ItemFilter,
  context: FilterContext,
): T[] {
  return items.filter(
    (item) =>
      (filter.activityId === null || item.activityId === filter.activityId) &&
      (filter.unitId === null || item.unitId === filter.unitId) &&
      (filter.year === null || itemYear(item, context.activities) === filter.year) &&
      (filter.status === null ||
        (filter.status === 'attention'
          ? needsAttention(item, context.today, context.settings)
          : item.status === filter.status)),
  );
}

/**
 * What a ledger (整改情况跟踪台账) covers: every item not yet 办结 whatever the year it was handed over (the
 * default), one activity's items, the items of a year (see itemYear), or the items handed over (交办) between two
 * dates, both included.
 */
export type LedgerScope =
  | { kind: 'open' }
  | { kind: 'activity'; activityId: string }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

/** Why a date range cannot be a ledger's scope, in Chinese; null when it can. */
export function checkLedgerRange(from: string, to: string): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return '请填写起止日期';
  if (from > to) return '开始日期不能晚于结束日期';
  return null;
}

/**
 * The scope the 整改 page's ledger opens with: the chosen activity's, else every open item — an item handed over
 * last year and still open belongs in this year's ledger too. The year filter of the list does not narrow it (a
 * ledger of 本年度 or a date range is chosen in the ledger itself).
 */
export function ledgerScopeOf(filter: Pick<ItemFilter, 'activityId'>): LedgerScope {
  if (filter.activityId !== null) return { kind: 'activity', activityId: filter.activityId };
  return { kind: 'open' };
}

/** The items a ledger lists. A year holds the items handed over that year and the drafts of its activities. */
export function ledgerScopeItems<T extends RectificationItem>(
  items: readonly T[],
  scope: LedgerScope,
  activities: readonly ActivityRef[],
): T[] {
  switch (scope.kind) {
    case 'open':
      return items.filter((item) => item.status !== 'closed');
    case 'activity':
      return items.filter((item) => item.activityId === scope.activityId);
    case 'year':
      return items.filter((item) => itemYear(item, activities) === String(scope.year));
    case 'range':
      return items.filter(
        (item) => item.issueDate !== null && item.issueDate >= scope.from && item.issueDate <= scope.to,
      );
  }
}

/**
 * The ledger's title: 优化营商环境工作评议整改情况跟踪台账 / 2026年整改情况跟踪台账, headed by the committee's short
 * name (宜丰县人大常委会…) when `orgName` is given (the exported files).
 */
export function ledgerTitle(scope: LedgerScope, activities: readonly ActivityRef[], orgName = ''): string {
  const organ = orgName.trim() === '' ? '' : organShort(orgName.trim());
  if (scope.kind === 'open') return `${organ}${LEDGER_TITLE}（全部未办结）`;
  if (scope.kind === 'year') return `${organ}${scope.year}年${LEDGER_TITLE}`;
  if (scope.kind === 'range') {
    const [from, to] = [formatChineseDate(scope.from), formatChineseDate(scope.to)];
    return `${organ}${LEDGER_TITLE}（${from}至${to}交办）`;
  }
  const activity = activities.find((candidate) => candidate.id === scope.activityId);
  return `${organ}${activity ? activityName(activity) : ''}${LEDGER_TITLE}`;
}
