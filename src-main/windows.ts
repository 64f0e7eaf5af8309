// The app's windows. Each window gets the same locked-down webPreferences and loads a route of the same
// renderer: the console, and the projector (大屏) on the second display.

import { BrowserWindow, screen } from 'electron';
import { projectorRoute, type ScreenMode } from './contract';
import { pickProjectorDisplay, rendererUrl, type WindowPlacement } from './windowPlan';

export interface WindowContext {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** electron-vite's dev server URL in development; undefined in a built app. */
  devServerUrl: string | undefined;
  /** False in a packaged build: no DevTools, whatever the keyboard. */
  devTools: boolean;
}

export const APP_TITLE = '询评';

type WindowOptions = Omit<Electron.BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Every window of the app is made here, with the same locked-down webPreferences written out in full
 * (electronegativity reads them from this literal). DevTools only outside a packaged build.
 */
function createAppWindow(context: WindowContext, options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      preload: context.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click would open a link in a new window; setWindowOpenHandler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: context.devTools,
    },
  });
  // The window keeps the product name whatever <title> the current screen sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}

function loadRenderer(win: BrowserWindow, context: WindowContext, hashRoute?: string): void {
  const url = rendererUrl(context.devServerUrl, hashRoute);
  win.loadURL(url).catch((error: unknown) => console.error(`[windows] failed to load ${url}`, error));
}

/** The secretary's console: the main window of the app. */
export function createConsoleWindow(context: WindowContext): BrowserWindow {
  const win = createAppWindow(context, {
    title: APP_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
  });
  loadRenderer(win, context);
  return win;
}

/**
 * The projector screen: full screen on the largest non-primary display when one is connected, else an
 * ordinary window the secretary can drag to the projector. Both windows read the same IndexedDB.
 */
export function createProjectorWindow(
  context: WindowContext,
  activityId: string,
  mode: ScreenMode,
): BrowserWindow {
  const display = pickProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const win = createAppWindow(context, {
    title: `${APP_TITLE} · 大屏`,
    ...(display
      ? {
          x: display.bounds.x,
          y: display.bounds.y,
          width: display.bounds.width,
          height: display.bounds.height,
        }
      : { width: 1280, height: 720 }),
    fullscreen: display !== null,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#101418',
  });
  loadRenderer(win, context, projectorRoute(activityId, mode));
  return win;
}

/**
 * The 答询人提示屏: on the display the secretary chose, full screen when that display is its own, else an
 * ordinary window beside the console (windowPlan.answererPlacement). `route` is answererRoute(...).
 */
export function createAnswererWindow(
  context: WindowContext,
  route: string,
  placement: WindowPlacement,
): BrowserWindow {
  const win = createAppWindow(context, {
    title: `${APP_TITLE} · 答询人提示屏`,
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#101418',
  });
  loadRenderer(win, context, route);
  return win;
}

/** Moves an open window to a new placement (the 答询人提示屏 asked for again, on another display). */
export function placeWindow(win: BrowserWindow, placement: WindowPlacement): void {
  if (win.isFullScreen()) win.setFullScreen(false);
  win.setBounds(placement.bounds);
  if (placement.fullscreen) win.setFullScreen(true);
}
