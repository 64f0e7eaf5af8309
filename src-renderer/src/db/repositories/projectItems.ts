// The chosen projects followed through the year: one follow-up action at a time (a dated note, 延期 with a
// reason and a new date, 已完成, 恢复), checked by the domain (followUp.ts) with today passed in.
import { DomainError } from '../../domain/errors';
import { applyFollowUp, type FollowUpAction } from '../../domain/projects/followUp';
import type { ProjectItem } from '../../domain/projects/projectItem';
import type { CalendarDate } from '../../domain/time';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';

export async function listProjectItems(db: XunpingDb, activityId?: string): Promise<ProjectItem[]> {
  return activityId === undefined
    ? db.projectItems.toArray()
    : db.projectItems.where('activityId').equals(activityId).toArray();
}

export async function applyProjectFollowUp(
  db: XunpingDb,
  itemId: string,
  action: FollowUpAction,
  today: CalendarDate,
): Promise<ProjectItem> {
  return db.transaction('rw', db.projectItems, db.activities, async () => {
    const item = await db.projectItems.get(itemId);
    if (!item) throw new NotFoundError('该项目');
    const activity = await db.activities.get(item.activityId);
    if (activity?.archived) throw new DomainError('activity.archived');
    const outcome = applyFollowUp(item, action, today);
    if ('error' in outcome) throw new DomainError('projects.followUp', { message: outcome.error });
    const next: ProjectItem = { ...item, ...outcome.state };
    await db.projectItems.put(next);
    return next;
  });
}
