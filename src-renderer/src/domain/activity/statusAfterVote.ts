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
