import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicFile';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'xunping-atomic-'));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

/** Writes half the bytes, then fails as a full disk would. */
async function failMidway(path: string, data: Uint8Array): Promise<void> {
  await writeFile(path, data.subarray(0, Math.floor(data.byteLength / 2)));
  throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
}

describe('writeFileAtomically', () => {
  it('creates a new file and leaves nothing else in the folder', async () => {
    const target = join(folder, '通知.docx');
    await writeFileAtomically(target, bytes('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['通知.docx']);
  });

  it('replaces an existing file whole, keeping its permissions', async () => {
    const target = join(folder, 'a.xlsx');
    writeFileSync(target, 'old content that is longer than the new one');
    chmodSync(target, 0o640);
    await writeFileAtomically(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['a.xlsx']);
  });

  it('leaves the old file untouched and no temporary file when the write fails midway', async () => {
    const target = join(folder, 'a.xlsx');
    writeFileSync(target, 'the old, complete file');
    await expect(
      writeFileAtomically(target, bytes('a new file that never fully arrives'), { writeNewFile: failMidway }),
    ).rejects.toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('the old, complete file');
    expect(readdirSync(folder)).toEqual(['a.xlsx']);
  });

  it('creates no file at all when the first write of a new file fails midway', async () => {
    await expect(
      writeFileAtomically(join(folder, 'b.docx'), bytes('0123456789'), { writeNewFile: failMidway }),
    ).rejects.toThrow('ENOSPC');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fails, removing its temporary file, when the target is a folder', async () => {
    const target = join(folder, 'sub');
    writeFileSync(join(folder, 'keep.txt'), 'x');
    await import('node:fs/promises').then((fs) => fs.mkdir(target));
    await expect(writeFileAtomically(target, bytes('x'))).rejects.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['keep.txt', 'sub']);
  });
});
