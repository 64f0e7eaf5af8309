import {
  normalizeQuestion,
  validateQuestion,
  type Question,
  type QuestionInput,
} from '../../domain/inquiry/question';
import type { Instant } from '../../domain/time';
import { hasErrors } from '../../domain/validation';
import { newId, type QuestionRecord, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { appendAudit } from './auditLog';

function checked(input: QuestionInput): QuestionInput {
  const clean = normalizeQuestion(input);
  const errors = validateQuestion(clean);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return clean;
}

/** Orders questions by their planned order; the console keeps its own live order in its log. */
export async function listQuestions(db: XunpingDb, activityId: string): Promise<QuestionRecord[]> {
  const rows = await db.questions.where('activityId').equals(activityId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/**
 * An asker must be one of the activity's askers, so the directory knows the person is in use and the
 * activity page lists everyone who asked. A new asker is added to the activity.
 */
async function enlistAskers(db: XunpingDb, activityId: string, askerIds: string[]): Promise<void> {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  const missing = [...new Set(askerIds)].filter((id) => !activity.participantIds.includes(id));
  if (missing.length === 0) return;
  const people = await db.people.bulkGet(missing);
  if (people.some((p) => !p)) throw new ValidationError({ askerId: '所选询问人已被删除，请重新选择' });
  const participantIds = [...activity.participantIds, ...missing];
  const personIds = [...new Set([...activity.personIds, ...missing])];
  await db.activities.put({ ...activity, participantIds, personIds });
}

async function checkUnits(db: XunpingDb, unitIds: string[]): Promise<void> {
  const units = await db.units.bulkGet(unitIds);
  if (units.some((u) => !u)) throw new ValidationError({ unitIds: '所选单位已被删除，请重新选择' });
}

const TABLES = (db: XunpingDb) => [db.questions, db.activities, db.people, db.units];

export async function addQuestion(
  db: XunpingDb,
  activityId: string,
  input: QuestionInput,
): Promise<Question> {
  const clean = checked(input);
  return db.transaction('rw', TABLES(db), async () => {
    await checkUnits(db, clean.unitIds);
    await enlistAskers(db, activityId, [clean.askerId]);
    const existing = await listQuestions(db, activityId);
    const order = existing.reduce((max, q) => Math.max(max, q.order), 0) + 1;
    const record: QuestionRecord = { ...clean, id: newId(), order, activityId };
    await db.questions.add(record);
    return record;
  });
}

export async function updateQuestion(db: XunpingDb, id: string, input: QuestionInput): Promise<Question> {
  const clean = checked(input);
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await db.questions.get(id);
    if (!existing) throw new NotFoundError('该问题');
    await checkUnits(db, clean.unitIds);
    await enlistAskers(db, existing.activityId, [clean.askerId]);
    const record: QuestionRecord = { ...existing, ...clean };
    await db.questions.put(record);
    return record;
  });
}

/** A question the console has already taken stays: the meeting's record refers to it. */
export async function removeQuestion(db: XunpingDb, id: string): Promise<void> {
  await db.transaction('rw', db.questions, db.consoleEvents, async () => {
    const existing = await db.questions.get(id);
    if (!existing) throw new NotFoundError('该问题');
    const events = await db.consoleEvents.where('activityId').equals(existing.activityId).toArray();
    if (events.some((e) => 'questionId' in e && e.questionId === id)) {
      throw new ValidationError({ text: '这个问题已在会议中询问过，会议记录要用到它，不能删除' });
    }
    await db.questions.delete(id);
    const rest = await listQuestions(db, existing.activityId);
    await db.questions.bulkPut(rest.map((q, i) => ({ ...q, order: i + 1 })));
  });
}

/** Saves a new planned order: `orderedIds` lists every question of the activity once. */
export async function reorderQuestions(
  db: XunpingDb,
  activityId: string,
  orderedIds: string[],
): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    const current = await listQuestions(db, activityId);
    const ids = new Set(current.map((q) => q.id));
    if (orderedIds.length !== ids.size || !orderedIds.every((id) => ids.has(id))) {
      throw new ValidationError({ order: '问题列表已被修改，请刷新后再调整顺序' });
    }
    const byId = new Map(current.map((q) => [q.id, q]));
    await db.questions.bulkPut(orderedIds.map((id, i) => ({ ...byId.get(id)!, order: i + 1 })));
  });
}

/** Adds all questions after the existing ones in one transaction, or none; the import is audit-logged. */
export async function importQuestions(
  db: XunpingDb,
  activityId: string,
  inputs: QuestionInput[],
  source: { fileName: string; at: Instant },
): Promise<number> {
  const clean = inputs.map(checked);
  return db.transaction('rw', [...TABLES(db), db.auditLog], async () => {
    const activity = await db.activities.get(activityId);
    if (!activity) throw new NotFoundError('该活动');
    await checkUnits(db, [...new Set(clean.flatMap((q) => q.unitIds))]);
    await enlistAskers(
      db,
      activityId,
      clean.map((q) => q.askerId),
    );
    const start = (await listQuestions(db, activityId)).length;
    await db.questions.bulkAdd(
      clean.map((q, i) => ({ ...q, id: newId(), order: start + i + 1, activityId })),
    );
    const event = {
      kind: 'imported',
      target: 'questions',
      fileName: source.fileName,
      count: clean.length,
      activity: activity.title,
    } as const;
    await appendAudit(db, event, source.at);
    return clean.length;
  });
}
