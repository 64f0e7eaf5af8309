// Use cases of 活动: create, edit, archive, delete.
import {
  createActivity,
  deleteActivity as deleteActivityRecord,
  setActivityArchived,
  updateActivity,
} from '../../db/repositories/activities';
import type { Activity, ActivityInput } from '../../domain/activity/activity';
import type { Command } from '../runtime/services';

/** Creates the activity when id is null, else saves the edit. */
export const saveActivity: Command<{ id: string | null; input: ActivityInput }, Activity> = (
  { db, clock },
  { id, input },
) => (id === null ? createActivity(db, input, clock.now()) : updateActivity(db, id, input, clock.now()));

export const setArchived: Command<{ id: string; archived: boolean }, void> = async (
  { db, clock },
  { id, archived },
) => {
  await setActivityArchived(db, id, archived, clock.now());
};

export const deleteActivity: Command<{ id: string }, void> = ({ db }, { id }) => deleteActivityRecord(db, id);
