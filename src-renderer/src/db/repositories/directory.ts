// One repository shape for both directory lists (people and units): validated writes, duplicate checks,
// archive instead of delete while an activity uses the record, and all-or-nothing imports.
import type { Table } from 'dexie';
import { fieldChanges, type AuditList, type FieldChange } from '../../domain/audit/auditEntry';
import type { Instant } from '../../domain/time';
import type { FieldErrors } from '../../domain/validation';
import { hasErrors } from '../../domain/validation';
import { newId, type XunpingDb } from '../database';
import { InUseError, NotFoundError, ValidationError } from '../errors';
import { appendAudit } from './auditLog';

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
  /** Which list the audit log names. */
  list: AuditList;
  /** The fields an edit compares for the audit log, with their names (the import's column headers). */
  fields: readonly { field: keyof I & string; header: string }[];
}

/** Where imported rows came from, and when (the caller's clock). */
export interface ImportSource {
  fileName: string;
  at: Instant;
}

export interface DirectoryRepository<R extends DirectoryRecord, I> {
  add(db: XunpingDb, input: I): Promise<R>;
  /** Saves an edit; what changed goes to the audit log at `now`. */
  update(db: XunpingDb, id: string, input: I, now: Instant): Promise<R>;
  setArchived(db: XunpingDb, id: string, archived: boolean, now: Instant): Promise<void>;
  /** Deletes a record no activity uses (audit-logged); otherwise throws InUseError naming the activities. */
  remove(db: XunpingDb, id: string, now: Instant): Promise<void>;
  /** Titles of the activities that use the record. */
  usedBy(db: XunpingDb, id: string): Promise<string[]>;
  /**
   * Adds all rows in one transaction. Duplicates are checked again inside it against what is stored
   * now: if anything clashes (say, added since the preview), nothing is imported.
   */
  importAll(db: XunpingDb, inputs: I[], source: ImportSource): Promise<number>;
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

  /** An edit that changed something gets one line, named as the record was before it. */
  const logEdit = async (db: XunpingDb, before: R, changes: FieldChange[], now: Instant) => {
    if (changes.length === 0) return;
    const event = { kind: 'recordEdited', list: spec.list, name: spec.describe(before), changes } as const;
    await appendAudit(db, event, now);
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
    async update(db, id, input, now) {
      const clean = checked(input);
      return db.transaction('rw', spec.table(db), db.auditLog, async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        await assertNoTwin(db, clean, id);
        const record = { ...existing, ...clean };
        await spec.table(db).put(record);
        const changes = fieldChanges(spec.fields, existing as unknown as I, clean);
        await logEdit(db, existing, changes, now);
        return record;
      });
    },
    async setArchived(db, id, archived, now) {
      await db.transaction('rw', spec.table(db), db.auditLog, async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        await spec.table(db).put({ ...existing, archived });
        const status = (value: boolean) => (value ? '已归档' : '在用');
        const change = { field: '状态', before: status(existing.archived), after: status(archived) };
        await logEdit(db, existing, existing.archived === archived ? [] : [change], now);
      });
    },
    async remove(db, id, now) {
      await db.transaction('rw', spec.table(db), db.activities, db.auditLog, async () => {
        const existing = await spec.table(db).get(id);
        if (!existing) throw new NotFoundError(spec.noun);
        const titles = await usedBy(db, id);
        if (titles.length > 0) throw new InUseError(spec.describe(existing), titles);
        await spec.table(db).delete(id);
        const event = { kind: 'recordDeleted', list: spec.list, name: spec.describe(existing) } as const;
        await appendAudit(db, event, now);
      });
    },
    usedBy,
    async importAll(db, inputs, { fileName, at }) {
      const clean = inputs.map(checked);
      return db.transaction('rw', spec.table(db), db.auditLog, async () => {
        const seen = new Set((await spec.table(db).toArray()).map(spec.key));
        const records: R[] = [];
        for (const input of clean) {
          const key = spec.key(input);
          if (seen.has(key)) throw duplicateError(input, '，导入已取消，未导入任何记录');
          seen.add(key);
          records.push({ ...input, id: newId(), archived: false } as unknown as R);
        }
        await spec.table(db).bulkAdd(records);
        const count = records.length;
        await appendAudit(db, { kind: 'imported', target: spec.list, fileName, count, activity: null }, at);
        return records.length;
      });
    },
  };
}
