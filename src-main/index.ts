// The app's lifecycle: registers the app:// scheme, serves the built renderer from it, installs the
// guards and IPC handlers, and opens the console window. One instance at a time.

import { app, Menu, protocol, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveAppRequest } from './appProtocol';
import { createBackupStore } from './backups/store';
import { APP_SCHEME } from './contract';
import { installSessionGuards, installWebContentsGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import { createConsoleWindow, createProjectorWindow } from './windows';

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

const projectorWindows = new Map<string, BrowserWindow>();

/** One projector window per activity; asking again brings it forward. */
function openProjectorWindow(activityId: string): void {
  const open = projectorWindows.get(activityId);
  if (open && !open.isDestroyed()) {
    open.show();
    open.focus();
    return;
  }
  const win = createProjectorWindow(context, activityId);
  projectorWindows.set(activityId, win);
  win.on('closed', () => projectorWindows.delete(activityId));
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
