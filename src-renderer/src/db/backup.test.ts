import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import { exportBackup, inspectBackup, restoreBackup } from './backup';
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
    const summary = await restoreBackup(target, blob);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(summary.tables.find((t) => t.table === 'people')).toMatchObject({ label: '人员', now: 1 });
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
    await expect(restoreBackup(db, cut)).rejects.toSatisfy((e) => isDomainError(e, 'backup.truncated'));
    const file = await editableBackup();
    rowsOf(file, 'people')[0] = { id: 'x' };
    await expect(restoreBackup(db, blobOf(JSON.stringify(file)))).rejects.toSatisfy((e) =>
      isDomainError(e, 'backup.invalidRecord'),
    );
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});
