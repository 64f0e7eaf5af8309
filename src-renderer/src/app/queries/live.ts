// Live queries the screens read from, on the database the ServicesProvider gives. Dexie re-runs them when the data changes, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { onConsoleEvent, withPush, withPushedEvents, type PushedEvents } from '../../db/consoleFeed';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import type { Settings } from '../../domain/settings/settings';
import { useServices } from '../runtime/ServicesProvider';
import type { ActivityRecord, AgendaItemRecord, ConsoleEventRecord, QuestionRecord } from '../../db/database';
import { listAgenda } from '../../db/repositories/agenda';
import { readConsoleLog } from '../../db/repositories/consoleLog';
import { listQuestions } from '../../db/repositories/questions';
import { loadSettings } from '../../db/repositories/settings';
import { isEmpty } from '../../db/status';
import type { VoteRound } from '../../domain/votes/roundRecord';
import {
  isBallotSecondEntry,
  type BallotRecord,
  type BallotSecondEntryRecord,
  type GroupTotalsRecord,
  type RoundLogRecord,
} from '../../db/database';
import type { IssuedDocumentRecord, RectificationItemRecord } from '../../db/database';
import { listRounds, listRoundLog } from '../../db/repositories/votes';
import { listCheckins } from '../../db/repositories/votesScoring';

/** undefined while loading. */
export function useSettings(): Settings | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadSettings(db), []);
}

export function usePeople(): Person[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.people.toArray(), []);
}

export function useUnits(): Unit[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.units.toArray(), []);
}

export function useActivities(): ActivityRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.activities.orderBy('date').reverse().toArray(), []);
}

/** null when there is no such activity. */
export function useActivity(id: string): ActivityRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.activities.get(id)) ?? null, [id]);
}

export function useIsEmpty(): boolean | undefined {
  const { db } = useServices();
  return useLiveQuery(() => isEmpty(db), []);
}

export function useQuestions(activityId: string): QuestionRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listQuestions(db, activityId), [activityId]);
}

export function useAgenda(activityId: string): AgendaItemRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listAgenda(db, activityId), [activityId]);
}

/** The console's log, in any order: the domain sorts it. */
export function useConsoleEvents(activityId: string): readonly ConsoleEventRecord[] | undefined {
  const { db } = useServices();
  // Each read after a change reads only the events after the last one held (readConsoleLog): a key costs a
  // row or two, not the whole meeting's log; the same array comes back when nothing was added.
  const held = useRef<{ db: unknown; events: readonly ConsoleEventRecord[] } | null>(null);
  const stored = useLiveQuery(async () => {
    const before = held.current?.db === db ? held.current.events : undefined;
    const events = await readConsoleLog(db, activityId, before);
    held.current = { db, events };
    return events;
  }, [db, activityId]);
  // Actions other windows commit arrive at once through a BroadcastChannel, before the read of the log that
  // Dexie starts after each write comes back; they count only on top of the read they arrived after.
  const [pushed, setPushed] = useState<PushedEvents<ConsoleEventRecord>>({ after: undefined, events: [] });
  useEffect(
    () =>
      onConsoleEvent(db, activityId, (event) =>
        // Rendered at once, in the message's own task: the projector paints the action before any other work
        // of the page (a scheduled render waited behind the reads and renders the write set off).
        flushSync(() => setPushed((before) => withPush(before, stored, { ...event, activityId }))),
      ),
    [db, activityId, stored],
  );
  return useMemo(
    () => (stored && pushed.after === stored ? withPushedEvents(stored, pushed.events) : stored),
    [stored, pushed],
  );
}

/** The ballot rounds of an activity, oldest first. */
export function useRounds(activityId: string): VoteRound[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listRounds(db, activityId), [activityId]);
}

/** null when there is no such round. */
export function useRound(roundId: string): VoteRound | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.voteRounds.get(roundId)) ?? null, [roundId]);
}

/** The round's ballots, by group and paper number. */
export function useBallots(roundId: string): BallotRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.ballots.where('roundId').equals(roundId).toArray();
    return rows.sort((a, b) => a.groupId.localeCompare(b.groupId) || (a.paperNo ?? 0) - (b.paperNo ?? 0));
  }, [roundId]);
}

/** 双人复核: the round's second readings. */
export function useSecondEntries(roundId: string): BallotSecondEntryRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.secondEntries.where('roundId').equals(roundId).toArray();
    return rows.filter(isBallotSecondEntry);
  }, [roundId]);
}

export function useGroupTotals(roundId: string): GroupTotalsRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.groupTotals.where('roundId').equals(roundId).toArray(), [roundId]);
}

/** The round's log (操作记录), in order. */
export function useRoundLog(roundId: string): RoundLogRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listRoundLog(db, roundId), [roundId]);
}

/**
 * For the projector: the published round of the activity that the secretary chose to show (在大屏显示), or
 * null when none is. Its `published.result` is the frozen result to render (see features/votes/ResultsBoard),
 * once its fingerprint is checked (useFingerprintCheck).
 */
export function usePublishedRoundOnProjector(activityId: string): VoteRound | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rounds = await db.voteRounds.where('activityId').equals(activityId).toArray();
    return (
      rounds.find((round) => round.showOnProjector && round.stage === 'published' && round.published) ?? null
    );
  }, [activityId]);
}

/** Who has voted in scoring mode: person ids in id order (never the order of voting). */
export function useCheckins(roundId: string): string[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listCheckins(db, roundId), [roundId]);
}

/** Every rectification item (整改事项); the screens filter and sort. */
export function useRectificationItems(): RectificationItemRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.rectificationItems.toArray(), []);
}

/** null when there is no such item. */
export function useRectificationItem(id: string): RectificationItemRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.rectificationItems.get(id)) ?? null, [id]);
}

/** The numbered documents issued, newest number last. */
export function useIssuedDocuments(): IssuedDocumentRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.issuedDocuments.toArray();
    return rows.sort((a, b) => a.createdAt - b.createdAt || a.sequence - b.sequence);
  }, []);
}

/** Rounds by id (e.g. the rounds items are voting in), in the order asked; missing ones left out. */
export function useRoundsById(ids: readonly string[]): VoteRound[] | undefined {
  const { db } = useServices();
  const key = ids.join(',');
  return useLiveQuery(
    async () =>
      (await db.voteRounds.bulkGet(key === '' ? [] : key.split(','))).filter((r) => r !== undefined),
    [key],
  );
}
