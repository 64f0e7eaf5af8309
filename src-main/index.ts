// The app's lifecycle: registers the app:// scheme, serves the built renderer from it, installs the
// guards and IPC handlers, and opens the console window. One instance at a time.

import { app, Menu, protocol, screen, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveAppRequest } from './appProtocol';
import { createBackupStore } from './backups/store';
import {
  answererRoute,
  APP_SCHEME,
  projectorRoute,
  type DisplayList,
  type OpenAnswererRequest,
  type ScreenMode,
} from './contract';
import { installSessionGuards, installWebContentsGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import {
  answererPlacement,
  displayChoices,
  resolveAnswererDisplay,
  suggestAnswererDisplay,
} from './windowPlan';
import { createAnswererWindow, createConsoleWindow, createProjectorWindow, placeWindow } from './windows';

// Must run before 'ready'. standard: IndexedDB and localStorage need a standard scheme with a real
// origin; secure: a secure context; supportFetchAPI + corsEnabled: Vite's module scripts are fetched
// in CORS mode (crossorigin attribute), which Chromium allows only for CORS-enabled schemes.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);
app.enableSandbox();
// A packaged build has no menu bar, so no menu item or accelerator reaches DevTools or reloads the page.
// Set before 'ready', so Electron never builds its default menu.
if (app.isPackaged) Menu.setApplicationMenu(null);

const mainDir = dirname(fileURLToPath(import.meta.url)); // out/main
const rendererRoot = join(mainDir, '../renderer');
const preloadPath = join(mainDir, '../preload/index.cjs');
// Trust a dev server only in development, never in a packaged app.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const context = { preloadPath, devServerUrl, devTools: !app.isPackaged };

let consoleWindow: BrowserWindow | null = null;

function openConsoleWindow(): void {
  consoleWindow = createConsoleWindow(context);
  consoleWindow.on('closed', () => {
    consoleWindow = null;
  });
}

/** The open projector and 答询人提示屏 windows, by route: a meeting's and its rehearsal's are different windows. */
const projectorWindows = new Map<string, BrowserWindow>();
const answererWindows = new Map<string, BrowserWindow>();

function openWindow(windows: Map<string, BrowserWindow>, route: string): BrowserWindow | null {
  const open = windows.get(route);
  return open && !open.isDestroyed() ? open : null;
}

function remember(windows: Map<string, BrowserWindow>, route: string, win: BrowserWindow): void {
  windows.set(route, win);
  win.on('closed', () => windows.delete(route));
}

/** One projector window per activity (and one for its rehearsal); asking again brings it forward. */
function openProjectorWindow(activityId: string, mode: ScreenMode): void {
  const route = projectorRoute(activityId, mode);
  const open = openWindow(projectorWindows, route);
  if (open) {
    open.show();
    open.focus();
    return;
  }
  remember(projectorWindows, route, createProjectorWindow(context, activityId, mode));
}

function displayIdOf(win: BrowserWindow | null): number | null {
  if (!win || win.isDestroyed()) return null;
  return screen.getDisplayMatching(win.getBounds()).id;
}

/** The connected displays, where the console and the projectors are, and the one suggested for the answerer. */
function listDisplays(): DisplayList {
  const projectorIds = [...projectorWindows.values()]
    .map(displayIdOf)
    .filter((id): id is number => id !== null);
  const displays = displayChoices(screen.getAllDisplays(), {
    primaryId: screen.getPrimaryDisplay().id,
    consoleId: displayIdOf(consoleWindow),
    projectorIds,
  });
  return { displays, suggestedId: suggestAnswererDisplay(displays) };
}

/** One 答询人提示屏 per activity (and one for its rehearsal); asking again moves it to the display chosen now. */
function openAnswererWindow({ activityId, displayId, mode }: OpenAnswererRequest): void {
  const connected = screen.getAllDisplays();
  const chosen = resolveAnswererDisplay(listDisplays().displays, displayId);
  const display = connected.find((d) => d.id === chosen?.id) ?? screen.getPrimaryDisplay();
  const placement = answererPlacement(display, chosen?.hasConsole ?? true);
  const route = answererRoute(activityId, mode);
  const open = openWindow(answererWindows, route);
  if (open) {
    placeWindow(open, placement);
    open.show();
    open.focus();
    return;
  }
  remember(answererWindows, route, createAnswererWindow(context, route, placement));
}

function focusConsoleWindow(): void {
  if (!consoleWindow) return;
  if (consoleWindow.isMinimized()) consoleWindow.restore();
  consoleWindow.focus();
}

async function onReady(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
  installSessionGuards({ devServerUrl });
  registerIpcHandlers({
    devServerUrl,
    openProjector: openProjectorWindow,
    listDisplays,
    openAnswerer: openAnswererWindow,
    backups: createBackupStore({ folder: join(app.getPath('userData'), 'backups'), now: () => Date.now() }),
  });
  openConsoleWindow();
}

function start(): void {
  installWebContentsGuards({ devServerUrl });
  app.on('second-instance', focusConsoleWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!consoleWindow && app.isReady()) openConsoleWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      app.exit(1);
    });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
