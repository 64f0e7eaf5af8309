// The activity's lengths, applied to the questions not yet asked (domain/inquiry/retime.ts).
import { askedQuestionIds, retimedQuestions } from '../../domain/inquiry/retime';
import type { TimerMinutes } from '../../domain/settings/settings';
import type { XunpingDb } from '../database';
import { loadConsoleState } from './console';
import { listQuestions } from './questions';

/** The tables an edit of the activity with its questions' lengths writes or reads. */
export const RETIME_TABLES = (db: XunpingDb) => [db.questions, db.agendaItems, db.consoleEvents];

/** The questions not yet asked whose lengths would change, with their new lengths. */
export async function unaskedQuestionsToRetime(
  db: XunpingDb,
  activityId: string,
  before: TimerMinutes,
  after: TimerMinutes,
) {
  const [questions, state] = await Promise.all([
    listQuestions(db, activityId),
    loadConsoleState(db, activityId),
  ]);
  return retimedQuestions(questions, askedQuestionIds(state), before, after);
}

/** Gives the questions not yet asked the changed lengths; the number of questions changed. */
export async function retimeUnaskedQuestions(
  db: XunpingDb,
  activityId: string,
  before: TimerMinutes,
  after: TimerMinutes,
): Promise<number> {
  return db.transaction('rw', RETIME_TABLES(db), async () => {
    const changed = await unaskedQuestionsToRetime(db, activityId, before, after);
    await db.questions.bulkPut(changed);
    return changed.length;
  });
}
