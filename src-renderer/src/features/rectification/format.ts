// Small helpers the rectification screens share: today's date, colours and the texts of badges.
import { toCalendarDate } from '../../domain/time';
import {
  currentDue,
  ITEM_STATUSES,
  type ItemStatus,
  type RectificationItem,
} from '../../domain/rectification';

/** Today as yyyy-mm-dd, from the PC's clock; the domain gets it as an argument. */
export function todayIso(): string {
  return toCalendarDate(new Date().getTime());
}

export const STATUS_COLORS: Record<ItemStatus, string> = {
  pending: 'gray',
  issued: 'blue',
  rectifying: 'orange',
  reported: 'cyan',
  voting: 'grape',
  closed: 'green',
};

/** A unit id → its short name; a deleted unit shows as such. */
export function unitNameOf(units: readonly { id: string; shortName: string }[] | undefined) {
  const names = new Map((units ?? []).map((u) => [u.id, u.shortName]));
  return (id: string) => names.get(id) ?? '（已删除的单位）';
}

/** The first problem, shortened for a table cell, with a count of the others. */
export function problemSummary(problems: readonly string[], max = 48): string {
  const first = (problems[0] ?? '').replace(/\s+/g, '');
  const cut = [...first].length > max ? `${[...first].slice(0, max - 1).join('')}…` : first;
  return problems.length > 1 ? `${cut}（共${problems.length}个问题）` : cut;
}

/** The ledger's order: by status in workflow order, then the deadline worked towards, then the unit. */
export function sortItems<T extends RectificationItem>(
  items: readonly T[],
  unitName: (id: string) => string,
): T[] {
  const due = (item: T) => currentDue(item)?.date ?? item.reportDue ?? item.planDue ?? '9999';
  return [...items].sort(
    (a, b) =>
      ITEM_STATUSES.indexOf(a.status) - ITEM_STATUSES.indexOf(b.status) ||
      due(a).localeCompare(due(b)) ||
      unitName(a.unitId).localeCompare(unitName(b.unitId), 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
}
