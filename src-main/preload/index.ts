// The preload: exposes DesktopApi as window.desktop and nothing else. Bundled into one CommonJS file
// (a sandboxed preload may require only 'electron'), so it imports nothing but the contract.

import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type DesktopApi } from '../contract';

// ipcRenderer.invoke wraps a handler's error as "Error invoking remote method '<channel>': Error: <message>";
// the renderer shows the message to the user, so keep only the handler's own words.
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:Error: )?/;

async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''), { cause: error });
  }
}

const api = {
  saveFile: (request) => invoke(CHANNELS.saveFile, request),
  openFile: (request) => invoke(CHANNELS.openFile, request),
  getAppInfo: () => invoke(CHANNELS.getAppInfo),
  openProjector: (activityId, mode) => invoke(CHANNELS.openProjector, activityId, mode),
  listDisplays: () => invoke(CHANNELS.listDisplays),
  openAnswerer: (request) => invoke(CHANNELS.openAnswerer, request),
  writeAutoBackup: (request) => invoke(CHANNELS.writeAutoBackup, request),
  listAutoBackups: () => invoke(CHANNELS.listAutoBackups),
  readAutoBackup: (name) => invoke(CHANNELS.readAutoBackup, name),
  openBackupsFolder: () => invoke(CHANNELS.openBackupsFolder),
  backupStatus: () => invoke(CHANNELS.backupStatus),
  // The app's data folder is never evicted; nothing to ask for.
  requestPersistentStorage: async () => true,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
