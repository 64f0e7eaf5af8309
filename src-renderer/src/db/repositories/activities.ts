import type { Instant } from '../../domain/time';
import {
  normalizeActivity,
  validateActivity,
  type Activity,
  type ActivityInput,
  type ActivityStatus,
} from '../../domain/activity/activity';
import { DomainError } from '../../domain/errors';
import { hasErrors } from '../../domain/validation';
import { newId, type ActivityRecord, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { appendAudit } from './auditLog';
import { deleteDraftsOfActivity } from './rectification';
import { deleteRoundsOf } from './votes';
import { roundTables } from './votesLog';

function referencedIds(input: ActivityInput): Pick<ActivityRecord, 'unitIds' | 'personIds'> {
  const personIds = new Set(input.participantIds);
  if (input.chairId) personIds.add(input.chairId);
  return { unitIds: input.units.map((u) => u.unitId), personIds: [...personIds] };
}

async function checked(db: XunpingDb, input: ActivityInput): Promise<ActivityInput> {
  const clean = normalizeActivity(input);
  const errors = validateActivity(clean);
  if (hasErrors(errors)) throw new ValidationError(errors);
  const { unitIds, personIds } = referencedIds(clean);
  const units = await db.units.bulkGet(unitIds);
  if (units.some((u) => !u)) throw new ValidationError({ units: '所选单位已被删除，请重新选择' });
  const people = await db.people.bulkGet(personIds);
  if (people.some((p) => !p)) throw new ValidationError({ participantIds: '所选人员已被删除，请重新选择' });
  return clean;
}

export async function createActivity(db: XunpingDb, input: ActivityInput, now: Instant): Promise<Activity> {
  return db.transaction('rw', db.activities, db.units, db.people, async () => {
    const clean = await checked(db, input);
    const record: ActivityRecord = {
      ...clean,
      ...referencedIds(clean),
      id: newId(),
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await db.activities.add(record);
    return record;
  });
}

export async function updateActivity(
  db: XunpingDb,
  id: string,
  input: ActivityInput,
  now: Instant,
): Promise<Activity> {
  return db.transaction('rw', db.activities, db.units, db.people, async () => {
    const existing = await db.activities.get(id);
    if (!existing) throw new NotFoundError('该活动');
    if (existing.archived) throw new DomainError('activity.archived');
    const clean = await checked(db, input);
    const record: ActivityRecord = {
      ...existing,
      ...clean,
      ...referencedIds(clean),
      updatedAt: now,
    };
    await db.activities.put(record);
    return record;
  });
}

/** Sets the activity's status (e.g. 进行中 when its meeting starts); nothing happens when it is already so. */
export async function setActivityStatus(
  db: XunpingDb,
  id: string,
  status: ActivityStatus,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', db.activities, async () => {
    const existing = await db.activities.get(id);
    if (!existing) throw new NotFoundError('该活动');
    if (existing.status !== status) await db.activities.put({ ...existing, status, updatedAt: now });
  });
}

/** Sets the 议程's 开始时间 (HH:mm, see normalizeAgendaStart), or removes it (null). */
export async function setAgendaStart(
  db: XunpingDb,
  id: string,
  start: string | null,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', db.activities, async () => {
    const existing = await db.activities.get(id);
    if (!existing) throw new NotFoundError('该活动');
    if (existing.archived) throw new DomainError('activity.archived');
    if ((existing.agendaStart ?? null) === start) return;
    const { agendaStart: _previous, ...rest } = existing;
    await db.activities.put({ ...rest, ...(start ? { agendaStart: start } : {}), updatedAt: now });
  });
}

export async function setActivityArchived(
  db: XunpingDb,
  id: string,
  archived: boolean,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', db.activities, db.auditLog, async () => {
    const existing = await db.activities.get(id);
    if (!existing) throw new NotFoundError('该活动');
    if (existing.archived === archived) return;
    await db.activities.put({ ...existing, archived, updatedAt: now });
    const kind = archived ? 'activityArchived' : 'activityUnarchived';
    await appendAudit(db, { kind, activity: existing.title }, now);
  });
}

/**
 * Deletes the activity and everything recorded under it. The screen asks before calling this. Rectification items
 * still 待交办 go with it; once an item was handed over (or a numbered document issued), or a round of the
 * activity published its result, the activity is refused with the reason: those are records that must keep their
 * source, so such an activity can only be archived.
 */
export async function deleteActivity(db: XunpingDb, id: string): Promise<void> {
  const owned = [db.questions, db.agendaItems, db.consoleEvents];
  const rectification = [db.rectificationItems, db.issuedDocuments];
  const projects = [db.projectCandidates, db.projectRounds, db.projectBallots, db.projectItems];
  const tables = [db.activities, ...owned, ...rectification, ...roundTables(db), ...projects];
  await db.transaction('rw', tables, async () => {
    if (!(await db.activities.get(id))) throw new NotFoundError('该活动');
    const rounds = [
      ...(await db.voteRounds.where('activityId').equals(id).toArray()),
      ...(await db.projectRounds.where('activityId').equals(id).toArray()),
    ];
    const published = rounds.find((round) => round.published !== null);
    if (published) throw new DomainError('activity.hasPublishedResult', { round: published.title });
    const projectRoundIds = await db.projectRounds.where('activityId').equals(id).primaryKeys();
    await db.projectBallots.where('roundId').anyOf(projectRoundIds).delete();
    // 双人复核 readings and the 操作记录 of project rounds live in the ballot rounds' tables.
    await db.secondEntries.where('roundId').anyOf(projectRoundIds).delete();
    await db.roundLog.where('roundId').anyOf(projectRoundIds).delete();
    for (const table of [db.projectCandidates, db.projectRounds, db.projectItems]) {
      await table.where('activityId').equals(id).delete();
    }
    await deleteDraftsOfActivity(db, id);
    for (const table of owned) await table.where('activityId').equals(id).delete();
    await deleteRoundsOf(db, id);
    await db.activities.delete(id);
  });
}
