// One repository shape for both directory lists (people and units): validated writes, duplicate checks,
// archive instead of delete while an activity uses the record, and all-or-nothing imports.
import type { Table } from 'dexie';
import type { FieldErrors } from '../../domain/validation';
import { hasErrors } from '../../domain/validation';
import { newId, type XunpingDb } from '../database';
import { InUseError, NotFoundError, ValidationError } from '../errors';

export interface DirectoryRecord {
  id: string;
  archived: boolean;
}

export interface DirectorySpec<R extends DirectoryRecord, I> {
  table(db: XunpingDb): Table<R, string>;
  /** The activities index that lists the ids of records an activity uses. */
  usageIndex: 'personIds' | 'unitIds';
  normalize(input: I): I;
  validate(input: I): FieldErrors;
  /** Equal keys mean the same record entered twice. */
  key(input: I | R): string;
  /** How the record is named in messages, e.g. 张三（县人大常委会委员）. */
  describe(input: I | R): string;
  /** The field a duplicate message belongs to. */
  keyField: string;
  /** "该人员" / "该单位" */
  noun: string;
}

export interface DirectoryRepository<R extends DirectoryRecord, I> {
  add(db: XunpingDb, input: I): Promise<R>;
  update(db: XunpingDb, id: string, input: I): Promise<R>;
  setArchived(db: XunpingDb, id: string, archived: boolean): Promise<void>;
  /** Deletes a record no activity uses; otherwise throws InUseError naming the activities. */
  remove(db: XunpingDb, id: string): Promise<void>;
  /** Titles of the activities that use the record. */
  usedBy(db: XunpingDb, id: string): Promise<string[]>;
  /**
   * Adds all rows in one transaction. Duplicates are checked again inside it against what is stored
   * now: if anything clashes (say, added since the preview), nothing is imported.
   */
  importAll(db: XunpingDb, inputs: I[]): Promise<number>;
}

/** The part of a repository that needs only an id: what a row's action buttons use. */
export type RecordLifecycle = Pick<
  DirectoryRepository<DirectoryRecord, never>,
  'setArchived' | 'remove' | 'usedBy'
>;

export function directoryRepository<R extends DirectoryRecord, I extends object>(
  spec: DirectorySpec<R, I>,
): DirectoryRepository<R, I> {
  const checked = (input: I): I => {
    const clean = spec.normalize(input);
    const errors = spec.validate(clean);
    if (hasErrors(errors)) throw new ValidationError(errors);
    return clean;
  };
  const duplicateError = (twin: I | R, suffix: string) =>
    new ValidationError({ [spec.keyField]: `名册中已有${spec.describe(twin)}${suffix}` });

  const assertNoTwin = async (db: XunpingDb, input: I, exceptId?: string) => {
    const key = spec.key(input);
    const twin = (await spec.table(db).toArray()).find((r) => r.id !== exceptId && spec.key(r) === key);
    if (twin) throw duplicateError(twin, '，请勿重复添加');
  };

  const usedBy = async (db: XunpingDb, id: string) =>
    (await db.activities.where(spec.usageIndex).equals(id).toArray()).map((a) => a.title);

  return {
    async add(db, input) {
      const clean = checked(input);
      return db.transaction('rw', spec.table(db), async () => {
        await assertNoTwin(db, clean);
        const record = { ...clean, id: newId(), archived: false } as unknown as R;
        await spec.table(db).add(record);
        return record;
      });
    },
    async update(db, id, input) {
      const clean = checked(input);
      return db.transaction('rw', spec.table(db), async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        await assertNoTwin(db, clean, id);
        const record = { ...existing, ...clean };
        await spec.table(db).put(record);
        return record;
      });
    },
    async setArchived(db, id, archived) {
      await db.transaction('rw', spec.table(db), async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        await spec.table(db).put({ ...existing, archived });
      });
    },
    async remove(db, id) {
      await db.transaction('rw', spec.table(db), db.activities, async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        const titles = await usedBy(db, id);
        if (titles.length > 0) throw new InUseError(spec.describe(existing), titles);
        await spec.table(db).delete(id);
      });
    },
    usedBy,
    async importAll(db, inputs) {
      const clean = inputs.map(checked);
      return db.transaction('rw', spec.table(db), async () => {
        const seen = new Set((await spec.table(db).toArray()).map(spec.key));
        const records: R[] = [];
        for (const input of clean) {
          const key = spec.key(input);
          if (seen.has(key)) throw duplicateError(input, '，导入已取消，未导入任何记录');
          seen.add(key);
          records.push({ ...input, id: newId(), archived: false } as unknown as R);
        }
        await spec.table(db).bulkAdd(records);
        return records.length;
      });
    },
  };
}
