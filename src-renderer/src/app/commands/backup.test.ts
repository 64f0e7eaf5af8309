import { beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { testServices, type TestServices } from '../testing/services';
import { exportBackupFile, pickBackup, restoreBackupFile } from './backup';
import { savePerson } from './directory';

/** The part of the browser's FileReader that dexie-export-import uses to read a backup. */
class BlobReader {
  onload: ((event: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}

// dexie-export-import is written for browsers: it reads `self` when it loads (the commands load it on
// demand) and reads files with FileReader.
beforeAll(() => {
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
  if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: BlobReader });
});

const zhang = { name: '张三', title: '', category: '人大代表', groups: [], phone: '' } as const;

function offer(services: TestServices, name: string, data: Uint8Array): void {
  services.desktop.openFile = async () => ({ name, data });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the command should have failed'),
    (error: unknown) => error,
  );
}

describe('exportBackupFile', () => {
  it("saves every table to a file named after the clock's today", async () => {
    const services = testServices(new Date(2026, 10, 29, 12).getTime());
    await savePerson(services, { id: null, input: { ...zhang, groups: [] } });
    const result = await exportBackupFile(services, undefined);
    expect(result).toMatchObject({ saved: true, fileName: '询评备份-2026-11-29.json' });
    const [saved] = services.desktop.saved;
    expect(saved?.suggestedName).toBe('询评备份-2026-11-29.json');
    expect(saved?.filters).toEqual([{ name: '询评备份', extensions: ['json'] }]);
    expect(new TextDecoder().decode(saved?.data)).toMatch(/^\{"formatName":"dexie"/);
  });
});

describe('pickBackup and restoreBackupFile', () => {
  it('give null when the dialog is cancelled', async () => {
    expect(await pickBackup(testServices(), undefined)).toBeNull();
  });

  it('refuse a file that is not a backup with backup.notBackup, and change nothing', async () => {
    const services = testServices();
    await savePerson(services, { id: null, input: { ...zhang, groups: [] } });
    offer(services, 'notes.json', new TextEncoder().encode('{"hello": "world"}'));
    const error = await failure(pickBackup(services, undefined));
    expect(isDomainError(error, 'backup.notBackup')).toBe(true);
    expect((error as Error).message).toContain('这个文件不是询评的备份文件');
    const restore = await failure(restoreBackupFile(services, { backup: new Blob(['{"hello": 1}']) }));
    expect(isDomainError(restore, 'backup.notBackup')).toBe(true);
    expect(await services.db.people.count()).toBe(1);
  });

  it('summarise a backup, then replace everything with it', async () => {
    const source = testServices();
    await savePerson(source, { id: null, input: { ...zhang, groups: [] } });
    await exportBackupFile(source, undefined);
    const data = source.desktop.saved[0]?.data ?? new Uint8Array();

    const services = testServices();
    await savePerson(services, { id: null, input: { ...zhang, name: '李四', groups: [] } });
    offer(services, '询评备份-2026-11-29.json', data);
    const picked = await pickBackup(services, undefined);
    expect(picked?.fileName).toBe('询评备份-2026-11-29.json');
    expect(picked?.summary.rows.people).toBe(1);
    expect((await services.db.people.toArray()).map((p) => p.name)).toEqual(['李四']);

    await restoreBackupFile(services, { backup: picked?.backup ?? new Blob(), fileName: picked?.fileName });
    expect((await services.db.people.toArray()).map((p) => p.name)).toEqual(['张三']);
    const [restored] = await services.db.auditLog.toArray();
    expect(restored).toMatchObject({ kind: 'restored', at: services.clock.now() });
    expect(restored?.text).toMatch(/^从备份「询评备份-2026-11-29\.json」.*：人员 1$/);
  });
});
