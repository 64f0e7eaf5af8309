// Which activities the lists show: the 活动 page's filters and the home page's 当前活动.
import type { Activity, ActivityKind } from './activity';

/** Activities of a kind ('all': both), archived ones only when asked; in the order given. */
export function filterActivities<A extends Pick<Activity, 'kind' | 'archived'>>(
  activities: readonly A[],
  { kind, showArchived }: { kind: 'all' | ActivityKind; showArchived: boolean },
): A[] {
  return activities.filter((a) => (showArchived || !a.archived) && (kind === 'all' || a.kind === kind));
}

/** 进行中和筹备中: not archived and not finished. */
export function isCurrent(activity: Pick<Activity, 'archived' | 'status'>): boolean {
  return !activity.archived && activity.status !== 'finished';
}
