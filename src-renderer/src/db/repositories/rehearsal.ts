// 演练: the console run on a throw-away copy of one inquiry, in a database of its own (REHEARSAL_DATABASE_NAME).
// The copy holds what the console reads (the activity, its questions and agenda, the 名册 and the settings for
// the names) and nothing else; the meeting's database is only read. Ending the rehearsal wipes the copy.
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';

/** The rehearsal's database: never backed up, never restored, wiped when a rehearsal starts or ends. */
export const REHEARSAL_DATABASE_NAME = 'xunping-rehearsal';

/** Empties every table of the rehearsal database, in one transaction. */
export async function wipeRehearsal(rehearsal: XunpingDb): Promise<void> {
  await rehearsal.transaction('rw', rehearsal.tables, () =>
    Promise.all(rehearsal.tables.map((table) => table.clear())),
  );
}

/**
 * Replaces the rehearsal database's contents with a fresh copy of one activity as planned: its questions and
 * agenda, with no console log, and the activity 筹备中 whatever the meeting's own status. Returns the copy.
 */
export async function copyForRehearsal(meeting: XunpingDb, rehearsal: XunpingDb, activityId: string) {
  const source = await meeting.transaction(
    'r',
    [
      meeting.activities,
      meeting.questions,
      meeting.agendaItems,
      meeting.people,
      meeting.units,
      meeting.settings,
    ],
    async () => {
      const activity = await meeting.activities.get(activityId);
      if (!activity) throw new NotFoundError('该活动');
      return {
        activity,
        questions: await meeting.questions.where('activityId').equals(activityId).toArray(),
        agenda: await meeting.agendaItems.where('activityId').equals(activityId).toArray(),
        people: await meeting.people.toArray(),
        units: await meeting.units.toArray(),
        settings: await meeting.settings.toArray(),
      };
    },
  );
  const activity = { ...source.activity, status: 'planning' as const, archived: false };
  await rehearsal.transaction('rw', rehearsal.tables, async () => {
    await Promise.all(rehearsal.tables.map((table) => table.clear()));
    await rehearsal.settings.bulkAdd(source.settings);
    await rehearsal.people.bulkAdd(source.people);
    await rehearsal.units.bulkAdd(source.units);
    await rehearsal.activities.add(activity);
    await rehearsal.questions.bulkAdd(source.questions);
    await rehearsal.agendaItems.bulkAdd(source.agenda);
  });
  return activity;
}
