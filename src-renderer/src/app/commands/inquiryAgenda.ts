// Use cases of an inquiry's 议程: the usual agenda to start from, then add, edit, move and delete items.
import { NotFoundError } from '../../db/errors';
import {
  addAgendaItem,
  ensureAgenda,
  moveAgendaItem as moveAgendaRecord,
  removeAgendaItem,
  updateAgendaItem,
} from '../../db/repositories/agenda';
import { setAgendaStart } from '../../db/repositories/activities';
import { ValidationError } from '../../db/errors';
import { normalizeAgendaStart, type AgendaItemInput } from '../../domain/inquiry/agenda';
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

/** The 议程's 开始时间 (e.g. 9:00); empty removes it. A time that cannot be read is refused with a message. */
export const saveAgendaStart: Command<{ activityId: string; text: string }, void> = async (
  { db, clock },
  { activityId, text },
) => {
  const result = normalizeAgendaStart(text);
  if ('error' in result) throw new ValidationError({ agendaStart: result.error });
  await setAgendaStart(db, activityId, result.start, clock.now());
};
