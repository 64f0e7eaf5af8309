// DesktopApi in a plain browser: saving starts a download, opening uses a file input. Used when the
// renderer runs outside Electron (the web build and the Chromium journeys). A browser has no backups
// folder: automatic backups are not kept ('unsupported'); the app asks for persistent storage instead
// and reminds the user to export.

import {
  answererRoute,
  projectorRoute,
  FILE_TOO_LARGE_MESSAGE,
  MAX_OPEN_BYTES,
  type DesktopApi,
  type FileFilter,
  type OpenedFile,
} from '../../../src-main/contract';
import { appVersion } from './appVersion';

/** How long a download's object URL stays alive; the browser has read the blob long before. */
const OBJECT_URL_LIFETIME_MS = 60_000;

function toArrayBufferView(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

function downloadBytes(fileName: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([toArrayBufferView(data)], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

/** The projector and 答询人提示屏 windows this page opened, by route: asking again brings one forward. */
const screenWindows = new Map<string, Window>();

/**
 * Opens a screen of the app (a hash route) in a popup, or brings the one this page opened forward without
 * navigating it. The window's name also reuses a screen this page opened before a reload. Every screen reads
 * the same IndexedDB.
 */
function openScreen(route: string): void {
  const open = screenWindows.get(route);
  if (open && !open.closed) {
    open.focus();
    return;
  }
  const url = `${window.location.pathname}${window.location.search}#${route}`;
  const name = `xunping${route.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const win = window.open(url, name, 'popup,width=1280,height=720');
  if (!win) throw new Error('浏览器阻止了弹出窗口，请允许本页面打开新窗口后重试');
  screenWindows.set(route, win);
  win.focus();
}

/** The accept attribute for a file input: ".xlsx,.csv"; empty (anything) when a filter allows "*". */
export function acceptAttribute(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function readPickedFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_OPEN_BYTES) throw new Error(FILE_TOO_LARGE_MESSAGE);
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

export const NO_BACKUPS_FOLDER_MESSAGE = '浏览器版没有自动备份文件夹，请在「设置」中导出备份文件。';

/** The part of navigator.storage used here (absent in old browsers and on plain http pages). */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser to keep the app's IndexedDB under storage pressure; true when storage is (now)
 * persistent. Never throws: a browser that cannot or will not answers false.
 */
export async function requestPersistentStorage(storage: PersistableStorage | undefined): Promise<boolean> {
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export function createBrowserDesktop(): DesktopApi {
  return {
    async saveFile({ suggestedName, data }) {
      downloadBytes(suggestedName, data);
      return { saved: true };
    },
    async openFile({ filters }) {
      const file = await pickFile(acceptAttribute(filters));
      return file ? readPickedFile(file) : null;
    },
    async getAppInfo() {
      return { version: appVersion(), dataPath: null, shell: 'browser' };
    },
    async writeAutoBackup() {
      return { written: false, reason: 'unsupported' };
    },
    async listAutoBackups() {
      return [];
    },
    async readAutoBackup() {
      throw new Error(NO_BACKUPS_FOLDER_MESSAGE);
    },
    async openBackupsFolder() {
      throw new Error(NO_BACKUPS_FOLDER_MESSAGE);
    },
    async backupStatus() {
      return { last: null, folder: null, lowDisk: false };
    },
    requestPersistentStorage: () => requestPersistentStorage(globalThis.navigator?.storage),
    async openProjector(activityId, mode = 'meeting') {
      openScreen(projectorRoute(activityId, mode));
    },
    // A page cannot list the displays nor place a window on one: the secretary drags the window there.
    async listDisplays() {
      return { displays: [], suggestedId: null };
    },
    async openAnswerer({ activityId, mode }) {
      openScreen(answererRoute(activityId, mode));
    },
  };
}
