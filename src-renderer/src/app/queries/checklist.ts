// The facts behind the home page's first-run checklist (domain/activity/checklist.ts), live.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings } from '../../db/repositories/settings';
import type { ChecklistFacts } from '../../domain/activity/checklist';
import { isCurrent } from '../../domain/activity/listing';
import { settingsReadyForAll } from '../../domain/settings/readiness';
import { useServices } from '../runtime/ServicesProvider';

/** undefined while loading. Inquiries: current ones first, newest first. */
export function useChecklistFacts(): ChecklistFacts | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [settings, people, units, activities] = await Promise.all([
      loadSettings(db),
      db.people.filter((p) => !p.archived).count(),
      db.units.filter((u) => !u.archived).count(),
      db.activities.orderBy('date').reverse().toArray(),
    ]);
    const live = activities.filter((a) => !a.archived);
    const inquiries = live
      .filter((a) => a.kind === 'inquiry')
      .sort((a, b) => Number(isCurrent(b)) - Number(isCurrent(a)));
    return {
      settingsReady: settingsReadyForAll(settings),
      people,
      units,
      activities: live.length,
      inquiries: await Promise.all(
        inquiries.map(async (a) => ({
          id: a.id,
          questions: await db.questions.where('activityId').equals(a.id).count(),
          agendaItems: await db.agendaItems.where('activityId').equals(a.id).count(),
        })),
      ),
    };
  }, []);
}
