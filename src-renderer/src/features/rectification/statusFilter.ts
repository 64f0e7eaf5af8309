import { isItemStatus, type StatusFilter } from '../../domain/rectification';

/** The status select's value for 需关注 (临期、逾期、连续不满意). */
export const ATTENTION = '__attention';

/** The status select's value as a filter (需关注 or a status); null shows all. */
export function statusFilter(value: string | null): StatusFilter | null {
  if (value === ATTENTION) return 'attention';
  return isItemStatus(value) ? value : null;
}
