// An activity's status follows its votes: a 工作评议 ends (已结束) when the result of its evaluation is published.
// Only the evaluation's own round counts — a later vote on a rectification report (整改复测) changes nothing.

import type { Activity, ActivityStatus } from './activity';

/** The status an activity takes once a round of it is published, or null when it keeps its own. */
export function statusAfterPublish(
  activity: Pick<Activity, 'kind' | 'status'>,
  round: { subjectKind: string },
): ActivityStatus | null {
  if (activity.kind !== 'evaluation' || round.subjectKind === 'report') return null;
  return activity.status === 'finished' ? null : 'finished';
}

/**
 * The status an activity takes once a published round of it is reopened (重新开启), or null when it keeps its own: a
 * 工作评议 that ended with this result is 进行中 again, unless another of its own rounds is still published.
 */
export function statusAfterReopen(
  activity: Pick<Activity, 'kind' | 'status'>,
  round: { subjectKind: string; wasPublished: boolean },
  otherPublished: readonly { subjectKind: string }[],
): ActivityStatus | null {
  if (activity.kind !== 'evaluation' || round.subjectKind === 'report' || !round.wasPublished) return null;
  if (activity.status !== 'finished') return null;
  return otherPublished.some((r) => r.subjectKind !== 'report') ? null : 'running';
}
