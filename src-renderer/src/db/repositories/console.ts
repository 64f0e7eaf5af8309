import type { ConsoleAction, ConsoleEvent } from '../../domain/inquiry/consoleEvents';
import { nextSeq, toEvent } from '../../domain/inquiry/consoleEvents';
import { DomainError } from '../../domain/errors';
import { consoleRefusal } from '../../domain/inquiry/consoleRules';
import { foldConsole } from '../../domain/inquiry/consoleState';
import type { Instant } from '../../domain/time';
import { isQuestionShape, normalizeQuestion } from '../../domain/inquiry/question';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listAgenda } from './agenda';
import { listQuestions } from './questions';

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
  return db.transaction('rw', [db.activities, db.questions, db.agendaItems, db.consoleEvents], async () => {
    if (!(await db.activities.get(activityId))) throw new NotFoundError('该活动');
    const events = await db.consoleEvents.where('activityId').equals(activityId).toArray();
    const state = foldConsole(await listQuestions(db, activityId), await listAgenda(db, activityId), events);
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
  });
}

/** The console's state folded from what is stored now (for commands that must see the latest write). */
export async function loadConsoleState(db: XunpingDb, activityId: string) {
  const [questions, agenda, events] = await Promise.all([
    listQuestions(db, activityId),
    listAgenda(db, activityId),
    db.consoleEvents.where('activityId').equals(activityId).toArray(),
  ]);
  return foldConsole(questions, agenda, events);
}
