// The candidate projects of a 民生实事项目票决: add, edit, delete, reorder and import, each refused once a round
// of the activity has started (the ballot would no longer match what was voted on).
import {
  candidateKey,
  normalizeCandidate,
  validateCandidate,
  type CandidateInput,
} from '../../domain/projects/candidate';
import { DomainError } from '../../domain/errors';
import { hasErrors } from '../../domain/validation';
import { newId, type ProjectCandidateRecord, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';

export async function listCandidates(db: XunpingDb, activityId: string): Promise<ProjectCandidateRecord[]> {
  const rows = await db.projectCandidates.where('activityId').equals(activityId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** Refuses when the activity is not a project vote, or once one of its rounds has left 设置中. */
async function checkEditable(db: XunpingDb, activityId: string): Promise<void> {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  if (activity.archived) throw new DomainError('activity.archived');
  if (activity.kind !== 'project') throw new DomainError('projects.notProjectVote');
  const rounds = await db.projectRounds.where('activityId').equals(activityId).toArray();
  if (rounds.some((r) => r.stage !== 'draft')) throw new DomainError('projects.candidatesLocked');
}

async function checkedInput(
  db: XunpingDb,
  activityId: string,
  input: CandidateInput,
  selfId: string | null,
): Promise<CandidateInput> {
  const clean = normalizeCandidate(input);
  const errors = validateCandidate(clean);
  if (hasErrors(errors)) throw new ValidationError(errors);
  if (!(await db.units.get(clean.unitId)))
    throw new ValidationError({ unitId: '所选单位已被删除，请重新选择' });
  const same = (await listCandidates(db, activityId)).find(
    (c) => c.id !== selfId && candidateKey(c.name) === candidateKey(clean.name),
  );
  if (same) {
    const message = new DomainError('projects.duplicateCandidate', { name: same.name, order: same.order });
    throw new ValidationError({ name: message.message });
  }
  return clean;
}

const tables = (db: XunpingDb) => [db.activities, db.units, db.projectCandidates, db.projectRounds];

export async function addCandidate(
  db: XunpingDb,
  activityId: string,
  input: CandidateInput,
): Promise<ProjectCandidateRecord> {
  return db.transaction('rw', tables(db), async () => {
    await checkEditable(db, activityId);
    const clean = await checkedInput(db, activityId, input, null);
    const order = (await db.projectCandidates.where('activityId').equals(activityId).count()) + 1;
    const record: ProjectCandidateRecord = { ...clean, id: newId(), activityId, order };
    await db.projectCandidates.add(record);
    return record;
  });
}

export async function updateCandidate(
  db: XunpingDb,
  id: string,
  input: CandidateInput,
): Promise<ProjectCandidateRecord> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await db.projectCandidates.get(id);
    if (!existing) throw new NotFoundError('该候选项目');
    await checkEditable(db, existing.activityId);
    const clean = await checkedInput(db, existing.activityId, input, id);
    const record = { ...existing, ...clean };
    await db.projectCandidates.put(record);
    return record;
  });
}

/** Writes 1..n as the order of `ids` (every candidate of the activity, once). */
async function writeOrder(db: XunpingDb, activityId: string, ids: readonly string[]): Promise<void> {
  const rows = await listCandidates(db, activityId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (ids.length !== rows.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
    throw new ValidationError({ order: '候选项目列表已变动，请刷新后重试' });
  }
  await db.projectCandidates.bulkPut(
    ids.map((id, i) => ({ ...(byId.get(id) as ProjectCandidateRecord), order: i + 1 })),
  );
}

export async function deleteCandidate(db: XunpingDb, id: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const existing = await db.projectCandidates.get(id);
    if (!existing) throw new NotFoundError('该候选项目');
    await checkEditable(db, existing.activityId);
    await db.projectCandidates.delete(id);
    const rest = await listCandidates(db, existing.activityId);
    await writeOrder(
      db,
      existing.activityId,
      rest.map((r) => r.id),
    );
  });
}

/** Sets the ballot order: `ids` is every candidate of the activity in its new order. */
export async function reorderCandidates(
  db: XunpingDb,
  activityId: string,
  ids: readonly string[],
): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await checkEditable(db, activityId);
    await writeOrder(db, activityId, ids);
  });
}

/** Appends the rows of an import after the candidates already listed, in the file's order; all or none. */
export async function importCandidates(
  db: XunpingDb,
  activityId: string,
  inputs: readonly CandidateInput[],
): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    await checkEditable(db, activityId);
    let order = await db.projectCandidates.where('activityId').equals(activityId).count();
    const seen = new Set((await listCandidates(db, activityId)).map((c) => candidateKey(c.name)));
    const records: ProjectCandidateRecord[] = [];
    for (const input of inputs) {
      const clean = normalizeCandidate(input);
      const errors = validateCandidate(clean);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const key = candidateKey(clean.name);
      if (seen.has(key)) throw new ValidationError({ name: `候选项目“${clean.name}”重复` });
      seen.add(key);
      order += 1;
      records.push({ ...clean, id: newId(), activityId, order });
    }
    const units = await db.units.bulkGet([...new Set(records.map((r) => r.unitId))]);
    if (units.some((u) => !u)) throw new ValidationError({ unitId: '有承办单位已被删除，请重新导入' });
    await db.projectCandidates.bulkAdd(records);
    return records.length;
  });
}
