// Use cases of 活动: create, edit, archive, delete.
import {
  createActivity,
  deleteActivity as deleteActivityRecord,
  setActivityArchived,
  updateActivity,
} from '../../db/repositories/activities';
import {
  RETIME_TABLES,
  retimeUnaskedQuestions,
  unaskedQuestionsToRetime,
} from '../../db/repositories/retime';
import type { Activity, ActivityInput } from '../../domain/activity/activity';
import type { TimerMinutes } from '../../domain/settings/settings';
import type { Command } from '../runtime/services';

/**
 * Creates the activity when id is null, else saves the edit. With `retimeUnasked`, the questions not yet
 * asked take the lengths that changed (in the same transaction); asked ones keep theirs.
 */
export const saveActivity: Command<
  { id: string | null; input: ActivityInput; retimeUnasked?: boolean },
  Activity
> = ({ db, clock }, { id, input, retimeUnasked = false }) => {
  if (id === null) return createActivity(db, input, clock.now());
  return db.transaction('rw', [db.activities, db.units, db.people, ...RETIME_TABLES(db)], async () => {
    const before = (await db.activities.get(id))?.timerMinutes;
    const saved = await updateActivity(db, id, input, clock.now());
    if (retimeUnasked && before) await retimeUnaskedQuestions(db, id, before, saved.timerMinutes);
    return saved;
  });
};

/** How many questions not yet asked would take the new lengths (0 for a new activity). */
export const countUnaskedToRetime: Command<{ id: string; timerMinutes: TimerMinutes }, number> = async (
  { db },
  { id, timerMinutes },
) => {
  const activity = await db.activities.get(id);
  if (!activity) return 0;
  return (await unaskedQuestionsToRetime(db, id, activity.timerMinutes, timerMinutes)).length;
};

export const setArchived: Command<{ id: string; archived: boolean }, void> = async (
  { db, clock },
  { id, archived },
) => {
  await setActivityArchived(db, id, archived, clock.now());
};

export const deleteActivity: Command<{ id: string }, void> = ({ db }, { id }) => deleteActivityRecord(db, id);
