import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOW_DISK_BYTES } from '../contract';
import { KEEP_DAILY_DAYS, KEEP_LATEST, backupFileName, isBackupName, temporaryFileName } from './rules';
import {
  BAD_BACKUP_NAME_MESSAGE,
  MISSING_BACKUP_MESSAGE,
  createBackupStore,
  type BackupStoreOptions,
} from './store';

const BEIJING = 8 * 60;
const DAY = 86_400_000;
const PLENTY = 100 * 1024 ** 3;

let base: string;
let folder: string;
let clock: number;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'xunping-backups-'));
  folder = join(base, 'userData', 'backups');
  clock = Date.parse('2026-11-29T09:00:00+08:00');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

function store(overrides: Partial<BackupStoreOptions> = {}) {
  return createBackupStore({
    folder,
    now: () => clock,
    utcOffsetMinutes: () => BEIJING,
    freeBytes: async () => PLENTY,
    warn: () => undefined,
    ...overrides,
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);
const files = () => readdirSync(folder).sort();

describe('writing a backup', () => {
  it('creates the folder and writes the bytes under a name that carries time and reason', async () => {
    const result = await store().write({ reason: 'publish', data: bytes('{"a":1}') });
    const name = 'xunping-auto-2026-11-29T09-00-00.000+0800-publish.json';
    expect(result).toEqual({
      written: true,
      backup: { name, createdAt: clock, size: 7, reason: 'publish' },
    });
    expect(files()).toEqual([name]);
    expect(readFileSync(join(folder, name), 'utf8')).toBe('{"a":1}');
  });

  it('never overwrites an earlier backup written in the same millisecond', async () => {
    const backups = store();
    const first = await backups.write({ reason: 'issue', data: bytes('first') });
    const second = await backups.write({ reason: 'issue', data: bytes('second') });
    expect(first.written && second.written).toBe(true);
    expect(files()).toHaveLength(2);
    const texts = files().map((name) => readFileSync(join(folder, name), 'utf8'));
    expect(texts.sort()).toEqual(['first', 'second']);
  });

  it('leaves no partial file, and the earlier backups intact, when the write fails midway', async () => {
    await store().write({ reason: 'close', data: bytes('good backup') });
    const before = files();
    let writtenTo = '';
    const failing = store({
      now: () => clock + 60_000,
      writeNewFile: async (path, data) => {
        writtenTo = path;
        await writeFile(path, data.subarray(0, data.byteLength / 2)); // half the bytes reach the disk...
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }); // ...then the disk fills
      },
    });
    await expect(failing.write({ reason: 'interval', data: bytes('0123456789') })).rejects.toThrow(
      '自动备份失败：no space left on device',
    );
    expect(writtenTo.startsWith(join(folder, '.xunping-auto-'))).toBe(true);
    expect(files()).toEqual(before);
    expect(readFileSync(join(folder, before[0]!), 'utf8')).toBe('good backup');
    expect(await failing.list()).toHaveLength(1);
  });

  it('ignores the temporary file a crash left behind, and clears it on the next write', async () => {
    const backups = store();
    await backups.write({ reason: 'publish', data: bytes('complete') });
    const crashed = temporaryFileName(backupFileName(clock + 1000, 'issue', BEIJING), '99-deadbeef');
    writeFileSync(join(folder, crashed), 'half a bac');
    expect((await backups.list()).map((b) => b.reason)).toEqual(['publish']);
    clock += 2000;
    await backups.write({ reason: 'interval', data: bytes('next') });
    expect(files().some((name) => name.startsWith('.'))).toBe(false);
    expect(files()).toHaveLength(2);
  });

  it(
    'prunes to the newest 20 plus one a day for 30 days as backups accumulate',
    { timeout: 30_000 },
    async () => {
      // Without fsync: 160 durable writes would only measure the disk.
      const backups = store({ writeNewFile: (path, data) => writeFile(path, data, { flag: 'wx' }) });
      // Four backups a day, at 08:00, 11:00, 14:00 and 17:00, for 40 days.
      const start = Date.parse('2026-10-01T08:00:00+08:00');
      for (let day = 0; day < 40; day += 1) {
        for (let slot = 0; slot < 4; slot += 1) {
          clock = start + day * DAY + slot * 3 * 3_600_000;
          await backups.write({ reason: 'interval', data: bytes(`${day}/${slot}`) });
        }
      }
      const listed = await backups.list();
      // The newest 20 are the last 5 days whole; each of the 25 days before them, back to 29 days before
      // the last, keeps its 17:00 backup.
      const expected = KEEP_LATEST + (KEEP_DAILY_DAYS - 5);
      expect(listed).toHaveLength(expected);
      expect(files()).toHaveLength(expected);
      const oldest = listed.at(-1)!;
      expect(oldest.createdAt).toBe(start + (39 - 29) * DAY + 9 * 3_600_000);
      expect(listed.slice(KEEP_LATEST).every((b) => new Date(b.createdAt).getUTCHours() === 9)).toBe(true);
    },
  );

  it('refuses to write when it would leave less than 500 MB free, and writes nothing', async () => {
    const data = bytes('x'.repeat(1000));
    const full = store({ freeBytes: async () => LOW_DISK_BYTES + 999 });
    expect(await full.write({ reason: 'publish', data })).toEqual({ written: false, reason: 'lowDisk' });
    expect(files()).toEqual([]);
    const roomy = store({ freeBytes: async () => LOW_DISK_BYTES + 1000 });
    expect((await roomy.write({ reason: 'publish', data })).written).toBe(true);
  });
});

describe('listing and reading', () => {
  it('lists only this app’s backups, newest first, with size and reason', async () => {
    const backups = store();
    await backups.write({ reason: 'publish', data: bytes('1') });
    clock += 5000;
    await backups.write({ reason: 'beforeRestore', data: bytes('22') });
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, '询评备份-2026-11-29.json'), '{}');
    const listed = await backups.list();
    expect(listed.map((b) => [b.reason, b.size, b.createdAt])).toEqual([
      ['beforeRestore', 2, clock],
      ['publish', 1, clock - 5000],
    ]);
    expect(listed.every((b) => isBackupName(b.name))).toBe(true);
  });

  it('lists nothing before the folder exists', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('reads a backup by its name', async () => {
    const backups = store();
    const result = await backups.write({ reason: 'restore', data: bytes('restored data') });
    if (!result.written) throw new Error('not written');
    expect(new TextDecoder().decode(await backups.read(result.backup.name))).toBe('restored data');
  });

  it('refuses names that are not backups, and never reads outside the folder', async () => {
    const backups = store();
    await backups.write({ reason: 'publish', data: bytes('x') });
    writeFileSync(join(base, 'userData', 'secret.json'), 'secret');
    for (const name of [
      '../secret.json',
      '..',
      join(base, 'userData', 'secret.json'),
      `../backups/${backupFileName(clock, 'publish', BEIJING)}`,
      '..\\secret.json',
    ]) {
      await expect(backups.read(name), name).rejects.toThrow(BAD_BACKUP_NAME_MESSAGE);
    }
  });

  it('says so when a well-formed name is not in the folder', async () => {
    await expect(store().read(backupFileName(clock, 'publish', BEIJING))).rejects.toThrow(
      MISSING_BACKUP_MESSAGE,
    );
  });
});

describe('status', () => {
  it('reports the last backup, the folder, and whether the disk is too full for the next one', async () => {
    let free = PLENTY;
    const backups = store({ freeBytes: async () => free });
    expect(await backups.status()).toEqual({ last: null, folder, lowDisk: false });
    await backups.write({ reason: 'publish', data: bytes('x'.repeat(2000)) });
    expect(await backups.status()).toEqual({
      last: { createdAt: clock, size: 2000 },
      folder,
      lowDisk: false,
    });
    free = LOW_DISK_BYTES + 1999;
    expect((await backups.status()).lowDisk).toBe(true);
  });
});
