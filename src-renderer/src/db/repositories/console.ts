import type { ConsoleAction, ConsoleEvent } from '../../domain/inquiry/consoleEvents';
import { nextSeq, toEvent } from '../../domain/inquiry/consoleEvents';
import { DomainError } from '../../domain/errors';
import { consoleRefusal } from '../../domain/inquiry/consoleRules';
import { foldFrom, type ConsoleFold, type ConsoleState } from '../../domain/inquiry/consoleState';
import type { Instant } from '../../domain/time';
import { isQuestionShape, normalizeQuestion } from '../../domain/inquiry/question';
import { announceConsoleEvent } from '../consoleFeed';
import type { ConsoleEventRecord, XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listAgenda } from './agenda';
import { readConsoleLog } from './consoleLog';
import { listQuestions } from './questions';

/**
 * The last read of each activity's log and its fold, per database: a key reads only the events written since
 * (readConsoleLog) and folds only those (foldFrom checks that the log only grew, else folds it all again). A memo
 * only: the log in IndexedDB is the truth.
 */
interface Memo {
  events: readonly ConsoleEventRecord[];
  fold: ConsoleFold;
}
const memos = new WeakMap<XunpingDb, Map<string, Memo>>();

/** The log as stored now and the state folded from it, reading and folding only what is new since the last call. */
async function readAndFold(
  db: XunpingDb,
  activityId: string,
): Promise<{ events: readonly ConsoleEventRecord[]; state: ConsoleState }> {
  let byActivity = memos.get(db);
  if (!byActivity) memos.set(db, (byActivity = new Map()));
  const memo = byActivity.get(activityId);
  const [questions, agenda, events] = await Promise.all([
    listQuestions(db, activityId),
    listAgenda(db, activityId),
    readConsoleLog(db, activityId, memo?.events),
  ]);
  const fold = foldFrom(memo?.fold ?? null, questions, agenda, events);
  byActivity.set(activityId, { events, fold });
  return { events, state: fold.state };
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
  const written = await decideConsoleAction(db, activityId, () => action, now);
  if (!written) throw new Error('unreachable: an action was given');
  return written.event;
}

/**
 * applyConsoleAction for the action `decide` picks from the state folded in the write's own transaction (one
 * read of the log per key, not one to decide and another to write); null, and nothing written, when it picks
 * none. Returns the event and the state with it applied.
 */
export async function decideConsoleAction(
  db: XunpingDb,
  activityId: string,
  decide: (state: ConsoleState) => ConsoleAction | null | undefined,
  now: Instant,
): Promise<{ event: ConsoleEvent; state: ConsoleState } | null> {
  const written = await db.transaction(
    'rw',
    [db.activities, db.questions, db.agendaItems, db.consoleEvents],
    async () => {
      if (!(await db.activities.get(activityId))) throw new NotFoundError('该活动');
      const { events, state } = await readAndFold(db, activityId);
      const action = decide(state);
      if (!action) return null;
      // An unplanned question is stored inside the event: its texts are cleaned like any stored question's.
      const clean: ConsoleAction =
        action.type === 'questionAdded' && isQuestionShape(action.question)
          ? { ...action, question: normalizeQuestion(action.question) }
          : action;
      const refusal = consoleRefusal(state, clean);
      if (refusal) throw new DomainError(refusal.code, refusal.params);
      const event = toEvent(clean, nextSeq(events), now);
      await db.consoleEvents.add({ ...event, activityId });
      return { event, log: [...events, { ...event, activityId }] };
    },
  );
  if (!written) return null;
  announceConsoleEvent(db, activityId, written.event);
  // The memo carries on with the event written (the next read checks that it is stored, see readConsoleLog).
  return { event: written.event, state: remember(db, activityId, written.log) };
}

/** The memo's fold extended with a log the window wrote itself; its state. */
function remember(db: XunpingDb, activityId: string, events: readonly ConsoleEventRecord[]): ConsoleState {
  const byActivity = memos.get(db);
  const memo = byActivity?.get(activityId);
  if (!byActivity || !memo) throw new Error('unreachable: the transaction read the log');
  const fold = foldFrom(memo.fold, memo.fold.questions, memo.fold.agenda, events);
  byActivity.set(activityId, { events, fold });
  return fold.state;
}

/** The console's state folded from what is stored now (for commands that must see the latest write). */
export async function loadConsoleState(db: XunpingDb, activityId: string): Promise<ConsoleState> {
  return (await readAndFold(db, activityId)).state;
}
