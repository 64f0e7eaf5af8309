import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import {
  exportBackup,
  inspectBackup,
  previewBackup,
  replaceWithBackup,
  restoreBackup,
  type WriteProgress,
} from './backup';
import { TABLE_NAMES } from './backupCheck';
import type { XunpingDb } from './database';
import { peopleRepository } from './repositories/people';
import { freshDb } from './testing/freshDb';
import { editableBackup, everyTableBackup, rowsOf } from './testing/backupText';
import { dbWithEveryTable } from './testing/everyTable';

async function snapshot(db: XunpingDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

function blobOf(text: string): Blob {
  return new Blob([text], { type: 'application/json' });
}

const RESTORED_AT = Date.UTC(2026, 11, 1, 2);
const RECORD = { fileName: '询评备份-2026-11-29.json', at: RESTORED_AT };

describe('backup and restore', () => {
  it('restores every table exactly, exact fractions included', async () => {
    const source = await dbWithEveryTable();
    const blob = await exportBackup(source, { appVersion: '0.1.0', now: 1 });
    const target = freshDb();
    await peopleRepository.add(target, {
      name: '将被替换',
      title: '',
      category: '工作人员',
      groups: [],
      phone: '',
    });
    const summary = await restoreBackup(target, blob, RECORD);
    const { auditLog: restoredLog, ...restored } = await snapshot(target);
    const { auditLog: sourceLog, ...original } = await snapshot(source);
    expect(restored).toEqual(original);
    // The backup's log, and the restore's own line.
    expect(restoredLog).toHaveLength((sourceLog?.length ?? 0) + 1);
    expect(restoredLog).toEqual(
      expect.arrayContaining([...(sourceLog ?? []), expect.objectContaining({ kind: 'restored' })]),
    );
    expect(summary.tables.find((t) => t.table === 'people')).toMatchObject({ label: '人员', now: 1 });
    expect(summary.tables.find((t) => t.table === 'auditLog')).toMatchObject({ label: '操作日志', now: 0 });
    source.close();
    target.close();
  });

  it('previews the backup: its version and date, and per table the rows now and after', async () => {
    const db = freshDb();
    await peopleRepository.add(db, { name: '张三', title: '', category: '工作人员', groups: [], phone: '' });
    const file = await editableBackup();
    const summary = await inspectBackup(db, blobOf(JSON.stringify(file)));
    expect(summary.appVersion).toBe('0.1.0');
    expect(summary.exportedAt).toBe(Date.UTC(2026, 10, 29, 8));
    const people = summary.tables.find((t) => t.table === 'people');
    expect(people).toEqual({ table: 'people', label: '人员', now: 1, after: rowsOf(file, 'people').length });
    expect(summary.rows.ballots).toBe(rowsOf(file, 'ballots').length);
    expect(await db.people.count()).toBe(1);
    db.close();
  });

  it('changes nothing when the file is refused', async () => {
    const db = await dbWithEveryTable();
    const before = await snapshot(db);
    const text = await everyTableBackup();
    const cut = blobOf(text.slice(0, Math.floor(text.length * 0.6)));
    await expect(restoreBackup(db, cut, RECORD)).rejects.toSatisfy((e) =>
      isDomainError(e, 'backup.truncated'),
    );
    const file = await editableBackup();
    rowsOf(file, 'people')[0] = { id: 'x' };
    await expect(restoreBackup(db, blobOf(JSON.stringify(file)), RECORD)).rejects.toSatisfy((e) =>
      isDomainError(e, 'backup.invalidRecord'),
    );
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('keeps the audit log the backup lacks and records the restore once, with the file and the counts', async () => {
    const db = await dbWithEveryTable();
    const blob = await exportBackup(db, { appVersion: '0.1.0', now: Date.UTC(2026, 10, 29, 8) });
    const inBackup = await db.auditLog.toArray();
    expect(inBackup).toHaveLength(1);
    // After the backup: a person no activity uses is deleted, so its line is not in the backup.
    const used = new Set((await db.activities.toArray()).flatMap((a) => a.personIds));
    const spare = (await db.people.toArray()).find((p) => !used.has(p.id));
    if (!spare) throw new Error('the demo has no person outside the activities');
    await peopleRepository.remove(db, spare.id, RESTORED_AT - 60_000);
    const since = (await db.auditLog.toArray()).find((e) => e.kind === 'recordDeleted');

    const preview = await inspectBackup(db, blob);
    expect(preview.tables.find((t) => t.table === 'auditLog')).toMatchObject({ now: 2, after: 3 });
    await restoreBackup(db, blob, RECORD);
    expect(await db.people.get(spare.id)).toEqual(spare);
    const log = await db.auditLog.orderBy('at').toArray();
    expect(log.map((e) => e.kind)).toEqual(['recordEdited', 'recordDeleted', 'restored']);
    expect(log[1]).toEqual(since);
    const restore = log[2];
    expect(restore?.at).toBe(RESTORED_AT);
    const people = await db.people.count();
    expect(restore?.text).toMatch(
      new RegExp(`^从备份「询评备份-2026-11-29\\.json」（2026-11-29 \\d\\d:00 导出）恢复全部数据，条数`),
    );
    expect(restore?.text).toContain(`人员 ${people - 1} → ${people}、单位 ${await db.units.count()}、`);
    expect(restore?.text).not.toContain('操作日志');

    // Restoring again adds one more line and duplicates nothing.
    await restoreBackup(db, blob, { ...RECORD, at: RESTORED_AT + 1 });
    const again = await db.auditLog.orderBy('at').toArray();
    expect(again.map((e) => e.kind)).toEqual(['recordEdited', 'recordDeleted', 'restored', 'restored']);
    db.close();
  });

  it('writes no line when the file is refused', async () => {
    const db = freshDb();
    await expect(restoreBackup(db, blobOf('{"hello": 1}'), RECORD)).rejects.toSatisfy((e) =>
      isDomainError(e, 'backup.notBackup'),
    );
    expect(await db.auditLog.count()).toBe(0);
    db.close();
  });

  it('restores from the rows checked for the preview exactly as from the file, reporting each table', async () => {
    const source = await dbWithEveryTable();
    const blob = await exportBackup(source, { appVersion: '0.1.0', now: 1 });
    const fromFile = freshDb();
    const fromPreview = freshDb();
    await restoreBackup(fromFile, blob, RECORD);
    const { checked, summary } = await previewBackup(fromPreview, blob);
    const heard: WriteProgress[] = [];
    const written = await replaceWithBackup(fromPreview, checked, RECORD, (p) => heard.push(p));
    expect(written).toEqual(summary);
    // The restore's own audit line has a new (random) id each time, so its place among the entries read in
    // id order differs too; everything else is the same.
    const withoutIds = async (db: XunpingDb) => {
      const { auditLog, ...rest } = await snapshot(db);
      const entries = (auditLog as { id: string }[]).map(({ id: _id, ...entry }) => entry);
      const text = (entry: object) => JSON.stringify(entry);
      return { ...rest, auditLog: entries.sort((a, b) => text(a).localeCompare(text(b))) };
    };
    expect(await withoutIds(fromPreview)).toEqual(await withoutIds(fromFile));
    const totalRows = TABLE_NAMES.reduce((sum, name) => sum + checked.rows[name].length, 0);
    expect(heard[0]).toEqual({ rows: 0, totalRows, tables: 0, totalTables: TABLE_NAMES.length });
    expect(heard.at(-1)).toEqual({
      rows: totalRows,
      totalRows,
      tables: TABLE_NAMES.length,
      totalTables: TABLE_NAMES.length,
    });
    for (let i = 1; i < heard.length; i += 1) {
      expect(heard[i]?.rows).toBeGreaterThanOrEqual(heard[i - 1]?.rows ?? 0);
      expect(heard[i]?.tables).toBeGreaterThanOrEqual(heard[i - 1]?.tables ?? 0);
    }
    source.close();
    fromFile.close();
    fromPreview.close();
  });
});
