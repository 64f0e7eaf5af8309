// Where scoring mode lives, and the browser's full-screen mode it runs in.
import { entryModeOf, type VoteRound } from '../../../domain/votes/roundRecord';

/** #/scoring/:roundId, with the group when the round has several. */
export function scoringPath(round: Pick<VoteRound, 'id' | 'rules'>, groupId: string): string {
  const base = `/scoring/${encodeURIComponent(round.id)}`;
  return round.rules.groups.length > 1 ? `${base}/${encodeURIComponent(groupId)}` : base;
}

export function roundPath(round: Pick<VoteRound, 'id' | 'activityId'>): string {
  return `/activities/${round.activityId}/votes/${round.id}`;
}

/** The groups whose ballots may come in through scoring mode: tiers, entered ballot by ballot. */
export function scoringGroups(round: Pick<VoteRound, 'rules' | 'entryModes'>) {
  if (round.rules.form !== 'tiers') return [];
  return round.rules.groups.filter((group) => entryModeOf(round, group.id) === 'ballots');
}

/** Full screen for the ballot; refused silently where the browser does not allow it (the page still works). */
export function enterFullscreen(): void {
  if (typeof document === 'undefined' || document.fullscreenElement) return;
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (typeof document === 'undefined' || !document.fullscreenElement) return;
  document.exitFullscreen().catch(() => undefined);
}
