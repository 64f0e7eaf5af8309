// The statuses of a rectification item (整改事项), in workflow order (domain.md §4).

export const ITEM_STATUSES = ['pending', 'issued', 'rectifying', 'reported', 'voting', 'closed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** 待交办 → 已交办 → 整改中 → 已报告 → 测评中 → 办结 (or back to 整改中). */
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  pending: '待交办',
  issued: '已交办',
  rectifying: '整改中',
  reported: '已报告',
  voting: '测评中',
  closed: '办结',
};

export function isItemStatus(value: unknown): value is ItemStatus {
  return (ITEM_STATUSES as readonly unknown[]).includes(value);
}

/** Whether the item still needs work: issued and not yet closed. */
export function isOpenStatus(status: ItemStatus): boolean {
  return status !== 'pending' && status !== 'closed';
}
