// The counts a live (provisional) tally uses while a round is open: 收回 is only known at closing, so a group
// entering ballots one by one counts the ballots entered so far as returned. Without this, every ballot entered
// before closing made the provisional result "invalid" (more entered than the 0 returned).

import type { Ballot } from './ballots';
import type { GroupCounts } from './round';
import { entryModeOf, type VoteRound } from './roundRecord';

export function provisionalCounts(
  round: Pick<VoteRound, 'stage' | 'counts' | 'entryModes' | 'rules'>,
  ballots: readonly Pick<Ballot, 'groupId'>[],
): Record<string, GroupCounts> {
  if (round.stage !== 'open') return round.counts;
  const counts: Record<string, GroupCounts> = {};
  for (const [groupId, c] of Object.entries(round.counts)) {
    const entered = ballots.filter((ballot) => ballot.groupId === groupId).length;
    const byBallot = entryModeOf(round, groupId) === 'ballots';
    counts[groupId] = byBallot ? { ...c, returned: Math.max(c.returned, entered) } : c;
  }
  return counts;
}
