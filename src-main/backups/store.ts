// The automatic backups folder on disk: writes a backup through a temporary file and a rename, prunes
// the folder by the rules, lists and reads backups, and reports the status. Node only, no electron
// import: ipc.ts gives it <userData>/backups, and store.test.ts a temporary folder.

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../atomicFile';
import type { AutoBackupInfo, AutoBackupRequest, AutoBackupWriteResult, BackupStatus } from '../contract';
import {
  backupFileName,
  hasRoomFor,
  isTemporaryFileName,
  parseBackupName,
  planPrune,
  temporaryFileName,
} from './rules';

export interface BackupStoreOptions {
  /** The backups folder; created when missing. */
  folder: string;
  /** The wall clock, epoch ms. */
  now: () => number;
  /** Local time minus UTC at an instant, in minutes (UTC+8: 480). Defaults to the system's time zone. */
  utcOffsetMinutes?: (instant: number) => number;
  /** Free bytes on the disk holding folder. Defaults to fs.statfs. */
  freeBytes?: (folder: string) => Promise<number>;
  /**
   * Writes data to a new (temporary) file and makes it durable; atomicFile's writeNewFileDurably by
   * default. Tests replace it with one that fails midway.
   */
  writeNewFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** Where to report what went wrong without failing (a backup that could not be pruned). */
  warn?: (message: string, error: unknown) => void;
}

export interface BackupStore {
  readonly folder: string;
  write(request: AutoBackupRequest): Promise<AutoBackupWriteResult>;
  list(): Promise<AutoBackupInfo[]>;
  /** Throws for a name that is not one of this app's backups (a path, ".."), or one that does not exist. */
  read(name: string): Promise<Uint8Array>;
  status(): Promise<BackupStatus>;
}

export const BAD_BACKUP_NAME_MESSAGE = '不是本软件的自动备份文件名。';
export const MISSING_BACKUP_MESSAGE = '找不到这份自动备份，它可能已被清理。';

function systemUtcOffsetMinutes(instant: number): number {
  // getTimezoneOffset is UTC minus local; "- 0" turns -0 into 0.
  return -new Date(instant).getTimezoneOffset() - 0;
}

async function systemFreeBytes(folder: string): Promise<number> {
  const info = await statfs(folder);
  return Number(info.bavail) * Number(info.bsize);
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { folder, now } = options;
  const utcOffset = options.utcOffsetMinutes ?? systemUtcOffsetMinutes;
  const freeBytes = options.freeBytes ?? systemFreeBytes;
  const warn = options.warn ?? ((message, error) => console.warn(`[backups] ${message}`, error));

  async function entries(): Promise<string[]> {
    try {
      return await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async function list(): Promise<AutoBackupInfo[]> {
    const backups: AutoBackupInfo[] = [];
    for (const name of await entries()) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      try {
        const info = await stat(join(folder, name));
        if (info.isFile()) backups.push({ name, size: info.size, ...parsed });
      } catch {
        // Removed meanwhile.
      }
    }
    return backups.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
  }

  async function remove(name: string): Promise<void> {
    try {
      await rm(join(folder, name), { force: true });
    } catch (error) {
      warn(`could not remove ${name}`, error);
    }
  }

  /** Removes what pruning does not keep, and temporary files a crash left behind. */
  async function prune(): Promise<void> {
    for (const name of await entries()) if (isTemporaryFileName(name)) await remove(name);
    const at = now();
    const { remove: excess } = planPrune(await list(), at, utcOffset(at));
    for (const backup of excess) await remove(backup.name);
  }

  async function writeNow({ reason, data }: AutoBackupRequest): Promise<AutoBackupWriteResult> {
    await mkdir(folder, { recursive: true });
    if (!hasRoomFor(await freeBytes(folder), data.byteLength)) return { written: false, reason: 'lowDisk' };
    const taken = new Set(await entries());
    let createdAt = now();
    let name = backupFileName(createdAt, reason, utcOffset(createdAt));
    while (taken.has(name)) {
      createdAt += 1;
      name = backupFileName(createdAt, reason, utcOffset(createdAt));
    }
    const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await writeFileAtomically(join(folder, name), data, {
        temporaryPath: join(folder, temporaryFileName(name, unique)),
        writeNewFile: options.writeNewFile,
      });
    } catch (error) {
      throw new Error(`自动备份失败：${(error as Error).message}`, { cause: error });
    }
    try {
      await prune();
    } catch (error) {
      warn('pruning failed', error);
    }
    return { written: true, backup: { name, createdAt, size: data.byteLength, reason } };
  }

  // One write at a time: a write and its pruning never interleave with another's.
  let queue: Promise<unknown> = Promise.resolve();
  function write(request: AutoBackupRequest): Promise<AutoBackupWriteResult> {
    const result = queue.then(() => writeNow(request));
    queue = result.catch(() => undefined);
    return result;
  }

  async function read(name: string): Promise<Uint8Array> {
    if (!parseBackupName(name)) throw new Error(BAD_BACKUP_NAME_MESSAGE);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(folder, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(MISSING_BACKUP_MESSAGE, { cause: error });
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async function status(): Promise<BackupStatus> {
    const [last] = await list();
    await mkdir(folder, { recursive: true });
    const free = await freeBytes(folder);
    return {
      last: last ? { createdAt: last.createdAt, size: last.size } : null,
      folder,
      // The next backup will be about as large as the last one.
      lowDisk: !hasRoomFor(free, last?.size ?? 0),
    };
  }

  return { folder, write, list, read, status };
}
