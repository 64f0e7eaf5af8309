// Live queries the screens read from. Dexie re-runs them when the data changes, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../domain/directory/person';
import type { Unit } from '../domain/directory/unit';
import type { Settings } from '../domain/settings/settings';
import { appDb } from './appDb';
import type { ActivityRecord, AgendaItemRecord, ConsoleEventRecord, QuestionRecord } from './database';
import { listAgenda } from './repositories/agenda';
import { listQuestions } from './repositories/questions';
import { loadSettings } from './repositories/settings';
import { isEmpty } from './status';
import type { VoteRound } from '../domain/votes/roundRecord';
import type { BallotRecord, GroupTotalsRecord, RoundLogRecord } from './database';
import type { IssuedDocumentRecord, RectificationItemRecord } from './database';
import { listRounds, listRoundLog } from './repositories/votes';
import { listCheckins } from './repositories/votesScoring';

/** undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(appDb), []);
}

export function usePeople(): Person[] | undefined {
  return useLiveQuery(() => appDb.people.toArray(), []);
}

export function useUnits(): Unit[] | undefined {
  return useLiveQuery(() => appDb.units.toArray(), []);
}

export function useActivities(): ActivityRecord[] | undefined {
  return useLiveQuery(() => appDb.activities.orderBy('date').reverse().toArray(), []);
}

/** null when there is no such activity. */
export function useActivity(id: string): ActivityRecord | null | undefined {
  return useLiveQuery(async () => (await appDb.activities.get(id)) ?? null, [id]);
}

export function useIsEmpty(): boolean | undefined {
  return useLiveQuery(() => isEmpty(appDb), []);
}

export function useQuestions(activityId: string): QuestionRecord[] | undefined {
  return useLiveQuery(() => listQuestions(appDb, activityId), [activityId]);
}

export function useAgenda(activityId: string): AgendaItemRecord[] | undefined {
  return useLiveQuery(() => listAgenda(appDb, activityId), [activityId]);
}

/** The console's log, in any order: the domain sorts it. */
export function useConsoleEvents(activityId: string): ConsoleEventRecord[] | undefined {
  return useLiveQuery(
    () => appDb.consoleEvents.where('activityId').equals(activityId).toArray(),
    [activityId],
  );
}

/** The ballot rounds of an activity, oldest first. */
export function useRounds(activityId: string): VoteRound[] | undefined {
  return useLiveQuery(() => listRounds(appDb, activityId), [activityId]);
}

/** null when there is no such round. */
export function useRound(roundId: string): VoteRound | null | undefined {
  return useLiveQuery(async () => (await appDb.voteRounds.get(roundId)) ?? null, [roundId]);
}

/** The round's ballots, by group and paper number. */
export function useBallots(roundId: string): BallotRecord[] | undefined {
  return useLiveQuery(async () => {
    const rows = await appDb.ballots.where('roundId').equals(roundId).toArray();
    return rows.sort((a, b) => a.groupId.localeCompare(b.groupId) || (a.paperNo ?? 0) - (b.paperNo ?? 0));
  }, [roundId]);
}

export function useGroupTotals(roundId: string): GroupTotalsRecord[] | undefined {
  return useLiveQuery(() => appDb.groupTotals.where('roundId').equals(roundId).toArray(), [roundId]);
}

/** The round's log (操作记录), in order. */
export function useRoundLog(roundId: string): RoundLogRecord[] | undefined {
  return useLiveQuery(() => listRoundLog(appDb, roundId), [roundId]);
}

/**
 * For the projector: the published round of the activity that the secretary chose to show (在大屏显示), or
 * null when none is. Its `published.result` is the frozen result to render (see features/votes/ResultsBoard).
 */
export function usePublishedRoundOnProjector(activityId: string): VoteRound | null | undefined {
  return useLiveQuery(async () => {
    const rounds = await appDb.voteRounds.where('activityId').equals(activityId).toArray();
    return (
      rounds.find((round) => round.showOnProjector && round.stage === 'published' && round.published) ?? null
    );
  }, [activityId]);
}

/** Who has voted in scoring mode: person ids in id order (never the order of voting). */
export function useCheckins(roundId: string): string[] | undefined {
  return useLiveQuery(() => listCheckins(appDb, roundId), [roundId]);
}

/** Every rectification item (整改事项); the screens filter and sort. */
export function useRectificationItems(): RectificationItemRecord[] | undefined {
  return useLiveQuery(() => appDb.rectificationItems.toArray(), []);
}

/** null when there is no such item. */
export function useRectificationItem(id: string): RectificationItemRecord | null | undefined {
  return useLiveQuery(async () => (await appDb.rectificationItems.get(id)) ?? null, [id]);
}

/** The numbered documents issued, newest number last. */
export function useIssuedDocuments(): IssuedDocumentRecord[] | undefined {
  return useLiveQuery(async () => {
    const rows = await appDb.issuedDocuments.toArray();
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.sequence - b.sequence);
  }, []);
}

/** Rounds by id (e.g. the rounds items are voting in), in the order asked; missing ones left out. */
export function useRoundsById(ids: readonly string[]): VoteRound[] | undefined {
  const key = ids.join(',');
  return useLiveQuery(
    async () =>
      (await appDb.voteRounds.bulkGet(key === '' ? [] : key.split(','))).filter((r) => r !== undefined),
    [key],
  );
}
