import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../src-main/contract';
import {
  NO_BACKUPS_FOLDER_MESSAGE,
  acceptAttribute,
  createBrowserDesktop,
  requestPersistentStorage,
} from './browserDesktop';
import { desktop } from './desktop';

afterEach(() => vi.unstubAllGlobals());

describe('desktop()', () => {
  it('uses the Electron preload’s window.desktop when present', () => {
    const electronApi = { getAppInfo: vi.fn() } as unknown as DesktopApi;
    vi.stubGlobal('window', { desktop: electronApi });
    expect(desktop()).toBe(electronApi);
  });

  it('falls back to one browser implementation otherwise', async () => {
    vi.stubGlobal('window', {});
    const api = desktop();
    expect(desktop()).toBe(api);
    await expect(api.getAppInfo()).resolves.toMatchObject({ shell: 'browser', dataPath: null });
  });
});

describe('acceptAttribute', () => {
  it('lists every extension once, with a dot', () => {
    expect(
      acceptAttribute([
        { name: 'Excel 工作簿', extensions: ['xlsx', 'XLSX'] },
        { name: 'CSV', extensions: ['csv'] },
      ]),
    ).toBe('.xlsx,.csv');
  });

  it('accepts anything without filters or with "*"', () => {
    expect(acceptAttribute(undefined)).toBe('');
    expect(acceptAttribute([{ name: '全部文件', extensions: ['*'] }])).toBe('');
  });
});

describe('the browser’s automatic backups and storage', () => {
  it('keeps no backups and says it has no folder', async () => {
    vi.stubGlobal('window', {});
    const api = createBrowserDesktop();
    await expect(api.writeAutoBackup({ reason: 'publish', data: new Uint8Array([1]) })).resolves.toEqual({
      written: false,
      reason: 'unsupported',
    });
    await expect(api.listAutoBackups()).resolves.toEqual([]);
    await expect(api.backupStatus()).resolves.toEqual({ last: null, folder: null, lowDisk: false });
    await expect(api.readAutoBackup('x')).rejects.toThrow(NO_BACKUPS_FOLDER_MESSAGE);
    await expect(api.openBackupsFolder()).rejects.toThrow(NO_BACKUPS_FOLDER_MESSAGE);
  });

  it('asks for persistent storage only when it is not persistent yet', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const notAsked = vi.fn(async () => false);
    expect(await requestPersistentStorage({ persisted: async () => true, persist: notAsked })).toBe(true);
    expect(notAsked).not.toHaveBeenCalled();
  });

  it('answers false when the browser refuses, cannot answer, or has no storage manager', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(
      false,
    );
    expect(
      await requestPersistentStorage({
        persisted: async () => false,
        persist: async () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });

  it('uses navigator.storage in the browser implementation', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await createBrowserDesktop().requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
