// The app's windows. Each window gets the same locked-down webPreferences and loads a route of the same
// renderer; the projector window (a later addition) will be another function here that places itself
// with pickProjectorDisplay and loads rendererUrl(devServerUrl, `/projector/${activityId}`).

import { BrowserWindow } from 'electron';
import { rendererUrl } from './windowPlan';

export interface WindowContext {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** electron-vite's dev server URL in development; undefined in a built app. */
  devServerUrl: string | undefined;
}

export const APP_TITLE = '询评';

function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

function loadRenderer(win: BrowserWindow, context: WindowContext, hashRoute?: string): void {
  const url = rendererUrl(context.devServerUrl, hashRoute);
  win.loadURL(url).catch((error: unknown) => console.error(`[windows] failed to load ${url}`, error));
}

/** The secretary's console: the main window of the app. */
export function createConsoleWindow(context: WindowContext): BrowserWindow {
  const win = new BrowserWindow({
    title: APP_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(context.preloadPath),
  });
  // The window keeps the product name whatever <title> the current screen sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  loadRenderer(win, context);
  return win;
}
