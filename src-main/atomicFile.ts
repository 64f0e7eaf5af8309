// Writing a file so that a crash, a full disk or a failed write never leaves it half written: the bytes
// go to a temporary file beside the target, are flushed to the disk, and the temporary file is renamed
// over the target in one step. No electron import: files.ts and the backups store use it, and
// atomicFile.test.ts drives it with a temporary folder.

import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes data to a new file at path (failing if it exists) and flushes it to the disk. */
export async function writeNewFileDurably(path: string, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable on Linux and macOS; Windows cannot open a folder this way, and need not. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort.
  }
}

export interface AtomicWriteOptions {
  /** The temporary file; by default a hidden file beside the target. It must be in the target's folder. */
  temporaryPath?: string;
  /** Replaces writeNewFileDurably (tests make it fail midway). */
  writeNewFile?: (path: string, data: Uint8Array) => Promise<void>;
}

export function defaultTemporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

async function existingMode(target: string): Promise<number | null> {
  try {
    return (await stat(target)).mode & 0o7777;
  } catch {
    return null;
  }
}

/**
 * Replaces (or creates) target with data. Either the whole new content is there afterwards, or the old
 * file is untouched and no temporary file remains; the error of the failed step is rethrown.
 */
export async function writeFileAtomically(
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = options.temporaryPath ?? defaultTemporaryPath(target);
  const writeNewFile = options.writeNewFile ?? writeNewFileDurably;
  try {
    await writeNewFile(temporary, data);
    // An overwritten file keeps its permissions (POSIX; Windows ignores them).
    const mode = await existingMode(target);
    if (mode !== null) await chmod(temporary, mode).catch(() => undefined);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}
