import { useMemo } from 'react';
import { useActivity, usePeople } from '../../../app/queries';
import type { Person } from '../../../domain/directory/person';
import { scoringRaters } from '../../../domain/votes/scoring';

/** The raters of a group for scoring mode (the activity's participants of that group); undefined while loading. */
export function useRaters(activityId: string, groupName: string | undefined): Person[] | undefined {
  const activity = useActivity(activityId);
  const people = usePeople();
  return useMemo(() => {
    if (activity === undefined || !people) return undefined;
    if (!activity || groupName === undefined) return [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const participants = activity.participantIds
      .map((id) => byId.get(id))
      .filter((p): p is Person => p !== undefined);
    return scoringRaters(participants, groupName);
  }, [activity, people, groupName]);
}
