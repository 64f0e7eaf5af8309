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
