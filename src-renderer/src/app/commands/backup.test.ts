import { describe, expect, it } from 'vitest';
import type { AutoBackupWriteResult } from '../../../../src-main/contract';
import { isDomainError } from '../../domain/errors';
import { testServices, type TestServices } from '../testing/services';
import { exportBackupFile, pickBackup, restoreBackupFile, type RestoreProgress } from './backup';
import { savePerson } from './directory';

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

interface ParsedBackup {
  xunping: { app: string; appVersion: string | null; exportedAt: number | null };
  data: { data: { tableName: string; rows: { name?: string }[] }[] };
}

function parse(data: Uint8Array | undefined): ParsedBackup {
  return JSON.parse(new TextDecoder().decode(data)) as ParsedBackup;
}

/** The names in a backup file's 人员 table. */
function peopleIn(data: Uint8Array | undefined): (string | undefined)[] {
  return (
    parse(data)
      .data.data.find((t) => t.tableName === 'people')
      ?.rows.map((r) => r.name) ?? []
  );
}

async function namesOf(services: TestServices): Promise<string[]> {
  return (await services.db.people.toArray()).map((p) => p.name);
}

/** A backup holding one person, 张三. */
async function zhangBackup(): Promise<Blob> {
  const source = testServices();
  await savePerson(source, { id: null, input: { ...zhang, groups: [] } });
  await exportBackupFile(source, undefined);
  return new Blob([source.desktop.saved[0]?.data as BlobPart]);
}

/** A PC holding one person, 李四, at 2026-11-29 09:05 local time. */
async function liSiServices(): Promise<TestServices> {
  const services = testServices(new Date(2026, 10, 29, 9, 5).getTime());
  await savePerson(services, { id: null, input: { ...zhang, name: '李四', groups: [] } });
  return services;
}

/** A desktop like the browser's: it keeps no automatic backups. */
function asBrowser(services: TestServices): void {
  services.desktop.writeAutoBackup = async (request) => {
    services.desktop.autoBackups.push(request);
    return { written: false, reason: 'unsupported' };
  };
}

function refuseAutoBackups(services: TestServices, result: AutoBackupWriteResult): void {
  services.desktop.writeAutoBackup = async () => result;
}

describe('exportBackupFile', () => {
  it("saves every table to a file named after the clock's today, the header saying when and which version", async () => {
    const services = testServices(new Date(2026, 10, 29, 12).getTime());
    await savePerson(services, { id: null, input: { ...zhang, groups: [] } });
    const result = await exportBackupFile(services, undefined);
    expect(result).toMatchObject({ saved: true, fileName: '询评备份-2026-11-29.json' });
    const [saved] = services.desktop.saved;
    expect(saved?.suggestedName).toBe('询评备份-2026-11-29.json');
    expect(saved?.filters).toEqual([{ name: '询评备份', extensions: ['json'] }]);
    expect(new TextDecoder().decode(saved?.data)).toMatch(/^\{"formatName":"dexie"/);
    expect(parse(saved?.data).xunping).toMatchObject({
      app: '询评',
      appVersion: 'test',
      exportedAt: new Date(2026, 10, 29, 12).getTime(),
    });
  });
});

describe('pickBackup and restoreBackupFile', () => {
  it('give null when the dialog is cancelled', async () => {
    expect(await pickBackup(testServices(), undefined)).toBeNull();
  });

  it('refuse a file that is not a backup with backup.notBackup, write no safety backup, change nothing', async () => {
    const services = testServices();
    await savePerson(services, { id: null, input: { ...zhang, groups: [] } });
    offer(services, 'notes.json', new TextEncoder().encode('{"hello": "world"}'));
    const error = await failure(pickBackup(services, undefined));
    expect(isDomainError(error, 'backup.notBackup')).toBe(true);
    expect((error as Error).message).toContain('这个文件不是询评的备份文件');
    const restore = await failure(restoreBackupFile(services, { backup: new Blob(['{"hello": 1}']) }));
    expect(isDomainError(restore, 'backup.notBackup')).toBe(true);
    expect(await services.db.people.count()).toBe(1);
    expect(services.desktop.autoBackups).toEqual([]);
    expect(services.desktop.saved).toEqual([]);
  });

  it('summarise a backup (its date and version, the rows now and after), then replace everything with it', async () => {
    const backup = await zhangBackup();
    const services = await liSiServices();
    offer(services, '询评备份-2026-11-29.json', new Uint8Array(await backup.arrayBuffer()));
    const picked = await pickBackup(services, undefined);
    expect(picked?.fileName).toBe('询评备份-2026-11-29.json');
    expect(picked?.summary).toMatchObject({
      appVersion: 'test',
      exportedAt: Date.parse('2026-11-29T09:00:00+08:00'),
    });
    expect(picked?.summary.tables.find((t) => t.table === 'people')).toEqual({
      table: 'people',
      label: '人员',
      now: 1,
      after: 1,
    });
    expect(await namesOf(services)).toEqual(['李四']);

    if (!picked) throw new Error('nothing picked');
    await restoreBackupFile(services, { checked: picked.checked, fileName: picked.fileName });
    expect(await namesOf(services)).toEqual(['张三']);
    const [restored] = await services.db.auditLog.toArray();
    expect(restored).toMatchObject({ kind: 'restored', at: services.clock.now() });
    expect(restored?.text).toMatch(/^从备份「询评备份-2026-11-29\.json」/);
  });
});

describe('restoreBackupFile: the safety backup before, the automatic backup after', () => {
  it('in Electron keeps the current data as an automatic backup first, and backs up the restored data after', async () => {
    const services = await liSiServices();
    const whenWritten: string[][] = [];
    const record = services.desktop.writeAutoBackup;
    services.desktop.writeAutoBackup = async (request) => {
      whenWritten.push(await namesOf(services));
      return record(request);
    };
    services.desktop.backupStatus = async () => ({ last: null, folder: '/data/backups', lowDisk: false });

    const outcome = await restoreBackupFile(services, { backup: await zhangBackup() });

    const [before, after] = services.desktop.autoBackups;
    expect(services.desktop.autoBackups.map((b) => b.reason)).toEqual(['beforeRestore', 'restore']);
    expect(whenWritten).toEqual([['李四'], ['张三']]);
    expect(peopleIn(before?.data)).toEqual(['李四']);
    expect(parse(before?.data).xunping).toMatchObject({ app: '询评', appVersion: 'test' });
    expect(peopleIn(after?.data)).toEqual(['张三']);
    expect(services.desktop.saved).toEqual([]);
    expect(outcome).toEqual({
      safety: { kind: 'backupsFolder', name: 'auto-1.json', folder: '/data/backups' },
      afterRestore: 'written',
    });
  });

  it('in a browser saves the current data as 询评备份-恢复前-<date-time>.json first, and nothing after', async () => {
    const services = await liSiServices();
    asBrowser(services);
    let namesWhenSaved: string[] = [];
    const save = services.desktop.saveFile;
    services.desktop.saveFile = async (request) => {
      namesWhenSaved = await namesOf(services);
      return save(request);
    };

    const outcome = await restoreBackupFile(services, { backup: await zhangBackup() });

    const [safety] = services.desktop.saved;
    expect(services.desktop.saved).toHaveLength(1);
    expect(safety?.suggestedName).toBe('询评备份-恢复前-2026-11-29-0905.json');
    expect(safety?.filters).toEqual([{ name: '询评备份', extensions: ['json'] }]);
    expect(peopleIn(safety?.data)).toEqual(['李四']);
    expect(namesWhenSaved).toEqual(['李四']);
    expect(services.desktop.autoBackups.map((b) => b.reason)).toEqual(['beforeRestore']);
    expect(await namesOf(services)).toEqual(['张三']);
    expect(outcome).toEqual({
      safety: {
        kind: 'file',
        fileName: '询评备份-恢复前-2026-11-29-0905.json',
        path: '/tmp/询评备份-恢复前-2026-11-29-0905.json',
      },
      afterRestore: 'unsupported',
    });
  });

  it('does not restore when the disk is too full for the safety backup, and says so', async () => {
    const services = await liSiServices();
    refuseAutoBackups(services, { written: false, reason: 'lowDisk' });
    const error = await failure(restoreBackupFile(services, { backup: await zhangBackup() }));
    expect(isDomainError(error, 'backup.safetyLowDisk')).toBe(true);
    expect((error as Error).message).toContain('磁盘剩余空间不足');
    expect((error as Error).message).toContain('没有恢复');
    expect(await namesOf(services)).toEqual(['李四']);
    expect(services.desktop.saved).toEqual([]);
  });

  it('does not restore when the safety backup is not saved (the save is cancelled)', async () => {
    const services = await liSiServices();
    asBrowser(services);
    services.desktop.saveFile = async () => ({ saved: false });
    const error = await failure(restoreBackupFile(services, { backup: await zhangBackup() }));
    expect(isDomainError(error, 'backup.safetyNotSaved')).toBe(true);
    expect((error as Error).message).toContain('恢复前的备份没有保存');
    expect(await namesOf(services)).toEqual(['李四']);
  });

  it('does not restore when writing the safety backup fails, and gives the reason', async () => {
    const services = await liSiServices();
    services.desktop.writeAutoBackup = async () => {
      throw new Error('EACCES: permission denied');
    };
    const error = await failure(restoreBackupFile(services, { backup: await zhangBackup() }));
    expect(isDomainError(error, 'backup.safetyFailed')).toBe(true);
    expect((error as Error).message).toContain('EACCES: permission denied');
    expect(await namesOf(services)).toEqual(['李四']);
  });

  it('keeps the restore when only the automatic backup after it is refused, and says so', async () => {
    const services = await liSiServices();
    let calls = 0;
    services.desktop.writeAutoBackup = async (request) => {
      calls += 1;
      if (calls === 1)
        return { written: true, backup: { name: 'a.json', createdAt: 0, size: 1, reason: request.reason } };
      return { written: false, reason: 'lowDisk' };
    };
    const outcome = await restoreBackupFile(services, { backup: await zhangBackup() });
    expect(outcome.afterRestore).toBe('lowDisk');
    expect(await namesOf(services)).toEqual(['张三']);
  });

  it('writes no safety backup when this PC holds no data yet (a new PC restoring its data)', async () => {
    const services = testServices();
    asBrowser(services);
    const outcome = await restoreBackupFile(services, { backup: await zhangBackup() });
    expect(outcome.safety).toEqual({ kind: 'none' });
    expect(services.desktop.saved).toEqual([]);
    expect(await namesOf(services)).toEqual(['张三']);
  });
});

describe('restoreBackupFile: progress and the previewed rows', () => {
  /** Percentages never go back and end at 100 %; stages in order. */
  function expectMonotonic(heard: RestoreProgress[]): void {
    const percents = heard.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(heard.at(-1)).toEqual({ stage: 'done', percent: 100, tables: null });
  }

  function stagesOf(heard: RestoreProgress[]): string[] {
    return heard.map((p) => p.stage).filter((stage, i, all) => all[i - 1] !== stage);
  }

  it('reports each stage to 100 %, the tables as they are written (Electron, with data to keep)', async () => {
    const services = await liSiServices();
    services.desktop.backupStatus = async () => ({ last: null, folder: '/data/backups', lowDisk: false });
    const heard: RestoreProgress[] = [];
    await restoreBackupFile(services, { backup: await zhangBackup(), onProgress: (p) => heard.push(p) });
    expectMonotonic(heard);
    expect(stagesOf(heard)).toEqual(['check', 'safety', 'write', 'after', 'done']);
    const writes = heard.filter((p) => p.stage === 'write');
    expect(writes[0]?.tables).toEqual({ done: 0, total: 21 });
    expect(writes.at(-1)?.tables).toEqual({ done: 21, total: 21 });
    expect(heard.every((p) => p.percent >= 0 && p.percent <= 100)).toBe(true);
  });

  it('skips the stages with nothing to do in a browser on a new PC, and exports nothing after', async () => {
    const services = testServices();
    asBrowser(services);
    const heard: RestoreProgress[] = [];
    await restoreBackupFile(services, { backup: await zhangBackup(), onProgress: (p) => heard.push(p) });
    expectMonotonic(heard);
    expect(stagesOf(heard)).toEqual(['check', 'write', 'done']);
    expect(services.desktop.autoBackups).toEqual([]);
  });

  it('restores what the preview showed, even when the file has changed since', async () => {
    const services = await liSiServices();
    offer(services, 'a.json', new Uint8Array(await (await zhangBackup()).arrayBuffer()));
    const picked = await pickBackup(services, undefined);
    if (!picked) throw new Error('nothing picked');
    offer(services, 'a.json', new TextEncoder().encode('{"hello": "world"}'));
    const heard: RestoreProgress[] = [];
    await restoreBackupFile(services, {
      checked: picked.checked,
      fileName: picked.fileName,
      onProgress: (p) => heard.push(p),
    });
    expect(await namesOf(services)).toEqual(['张三']);
    expectMonotonic(heard);
  });

  it('restores nothing and reports no 100 % when the safety backup fails', async () => {
    const services = await liSiServices();
    refuseAutoBackups(services, { written: false, reason: 'lowDisk' });
    const heard: RestoreProgress[] = [];
    const error = await failure(
      restoreBackupFile(services, { backup: await zhangBackup(), onProgress: (p) => heard.push(p) }),
    );
    expect(isDomainError(error, 'backup.safetyLowDisk')).toBe(true);
    expect(heard.map((p) => p.stage)).not.toContain('done');
    expect(await namesOf(services)).toEqual(['李四']);
  });
});
