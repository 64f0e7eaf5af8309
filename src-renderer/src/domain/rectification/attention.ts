// What needs attention on the home page: deadlines due soon or passed, and flagged items.

import {
  DEFAULT_RECTIFICATION_SETTINGS,
  describeDueState,
  dueState,
  type DueState,
  type RectificationSettings,
} from './dueDates';
import type { RectificationItem } from './item';
import { isOpenStatus } from './status';
import { compareText } from './text';

export type DueKind = 'plan' | 'report';

export const DUE_KIND_LABELS: Record<DueKind, string> = { plan: '整改方案', report: '整改报告' };

/** The deadline the unit is working towards now, or null when nothing is awaited from it. */
export interface CurrentDue {
  kind: DueKind;
  date: string;
}

/** 已交办: the plan is awaited. 整改中: the report. Other statuses wait on the committee or are done. */
export function currentDue(item: RectificationItem): CurrentDue | null {
  if (item.status === 'issued' && item.planDue !== null) return { kind: 'plan', date: item.planDue };
  if (item.status === 'rectifying' && item.reportDue !== null)
    return { kind: 'report', date: item.reportDue };
  return null;
}

export interface DueNotice {
  itemId: string;
  unitId: string;
  due: CurrentDue;
  state: DueState;
  /** 整改方案已逾期 3 天 / 整改报告今天到期 / 整改报告还剩 5 天 */
  text: string;
}

export function dueNotice(
  item: RectificationItem,
  today: string,
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): DueNotice | null {
  const due = currentDue(item);
  if (due === null) return null;
  const state = dueState(due.date, today, settings.dueSoonDays);
  const text = `${DUE_KIND_LABELS[due.kind]}${describeDueState(state)}`;
  return { itemId: item.id, unitId: item.unitId, due, state, text };
}

export interface Dashboard {
  /** Most overdue first. */
  overdue: DueNotice[];
  /** Due soonest first (due today included). */
  dueSoon: DueNotice[];
  /** Open items flagged after unsatisfied votes in a row, longest streak first. */
  flagged: RectificationItem[];
}

function byDaysLeft(a: DueNotice, b: DueNotice): number {
  return a.state.daysLeft - b.state.daysLeft || compareText(a.itemId, b.itemId);
}

export function dashboard(
  items: readonly RectificationItem[],
  today: string,
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): Dashboard {
  const notices = items.map((item) => dueNotice(item, today, settings)).filter((notice) => notice !== null);
  return {
    overdue: notices.filter((notice) => notice.state.state === 'overdue').sort(byDaysLeft),
    dueSoon: notices.filter((notice) => notice.state.state === 'dueSoon').sort(byDaysLeft),
    flagged: items
      .filter((item) => item.flag !== null && isOpenStatus(item.status))
      .sort((a, b) => b.unsatisfiedStreak - a.unsatisfiedStreak || compareText(a.id, b.id)),
  };
}
