import type { ConsoleAction, ConsoleEvent } from '../../domain/inquiry/consoleEvents';
import { nextSeq, toEvent } from '../../domain/inquiry/consoleEvents';
import { DomainError } from '../../domain/errors';
import { consoleRefusal } from '../../domain/inquiry/consoleRules';
import { foldFrom, type ConsoleFold, type ConsoleState } from '../../domain/inquiry/consoleState';
import type { Instant } from '../../domain/time';
import { isQuestionShape, normalizeQuestion } from '../../domain/inquiry/question';
import { announceConsoleEvent } from '../consoleFeed';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listAgenda } from './agenda';
import { listQuestions } from './questions';

/**
 * The last fold of each activity's log, per database: a key folds only the events written since (foldFrom
 * checks that the log only grew, else folds it all again). A memo only: the log in IndexedDB is the truth.
 */
const folds = new WeakMap<XunpingDb, Map<string, ConsoleFold>>();

function foldStored(
  db: XunpingDb,
  activityId: string,
  questions: Parameters<typeof foldFrom>[1],
  agenda: Parameters<typeof foldFrom>[2],
  events: readonly ConsoleEvent[],
): ConsoleState {
  let byActivity = folds.get(db);
  if (!byActivity) folds.set(db, (byActivity = new Map()));
  const fold = foldFrom(byActivity.get(activityId) ?? null, questions, agenda, events);
  byActivity.set(activityId, fold);
  return fold.state;
}

/**
 * Appends one action to the console log. The action is checked against the state folded from the log in
 * the same transaction, and gets the next sequence number there, so two windows pressing keys at once
 * cannot write conflicting or duplicate events. A refused action throws a DomainError saying why.
 */
export async function applyConsoleAction(
  db: XunpingDb,
  activityId: string,
  action: ConsoleAction,
  now: Instant,
): Promise<ConsoleEvent> {
  const written = await db.transaction(
    'rw',
    [db.activities, db.questions, db.agendaItems, db.consoleEvents],
    async () => {
      if (!(await db.activities.get(activityId))) throw new NotFoundError('该活动');
      const events = await db.consoleEvents.where('activityId').equals(activityId).toArray();
      const questions = await listQuestions(db, activityId);
      const state = foldStored(db, activityId, questions, await listAgenda(db, activityId), events);
      // An unplanned question is stored inside the event: its texts are cleaned like any stored question's.
      const clean: ConsoleAction =
        action.type === 'questionAdded' && isQuestionShape(action.question)
          ? { ...action, question: normalizeQuestion(action.question) }
          : action;
      const refusal = consoleRefusal(state, clean);
      if (refusal) throw new DomainError(refusal.code, refusal.params);
      const event = toEvent(clean, nextSeq(events), now);
      await db.consoleEvents.add({ ...event, activityId });
      return event;
    },
  );
  announceConsoleEvent(db, activityId, written);
  return written;
}

/** The console's state folded from what is stored now (for commands that must see the latest write). */
export async function loadConsoleState(db: XunpingDb, activityId: string) {
  const [questions, agenda, events] = await Promise.all([
    listQuestions(db, activityId),
    listAgenda(db, activityId),
    db.consoleEvents.where('activityId').equals(activityId).toArray(),
  ]);
  return foldStored(db, activityId, questions, agenda, events);
}
