// DesktopApi in a plain browser: saving starts a download, opening uses a file input. Used when the
// renderer runs outside Electron (the web build and the Chromium journeys).

import {
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
    async openProjector(activityId) {
      // A named window: opening it again reuses it. The projector reads the same IndexedDB.
      const url = `${window.location.pathname}${window.location.search}#${projectorRoute(activityId)}`;
      const win = window.open(url, `xunping-projector-${activityId}`, 'popup,width=1280,height=720');
      if (!win) throw new Error('浏览器阻止了弹出窗口，请允许本页面打开新窗口后重试');
      win.focus();
    },
  };
}
