// Use cases of an inquiry's 议程: the usual agenda to start from, then add, edit, move and delete items.
import { NotFoundError } from '../../db/errors';
import {
  addAgendaItem,
  ensureAgenda,
  moveAgendaItem as moveAgendaRecord,
  removeAgendaItem,
  updateAgendaItem,
} from '../../db/repositories/agenda';
import type { AgendaItemInput } from '../../domain/inquiry/agenda';
import type { Command } from '../runtime/services';

/** Gives the inquiry the usual agenda (with the activity's timer minutes) the first time; never touches one. */
export const prepareAgenda: Command<{ activityId: string }, void> = async ({ db }, { activityId }) => {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  await ensureAgenda(db, activityId, activity.timerMinutes);
};

/** Adds the item at the end when id is null, else saves the edit. */
export const saveAgendaItem: Command<
  { activityId: string; id: string | null; input: AgendaItemInput },
  void
> = async ({ db }, { activityId, id, input }) => {
  if (id === null) await addAgendaItem(db, activityId, input);
  else await updateAgendaItem(db, id, input);
};

/** Refused for an item the meeting has already entered. */
export const deleteAgendaItem: Command<{ id: string }, void> = ({ db }, { id }) => removeAgendaItem(db, id);

/** One place up (-1) or down (1); the first and last items stay where they are. */
export const moveAgendaItem: Command<{ id: string; step: -1 | 1 }, void> = ({ db }, { id, step }) =>
  moveAgendaRecord(db, id, step);
