// Installs the navigation, window-open, webview, permission, download and request guards. The rules
// themselves live in security.ts; this file only wires them to Electron.

import { app, session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedPermission, isAllowedRequest } from './security';

export interface GuardOptions {
  /** electron-vite's dev server URL in development; undefined in a built app. */
  devServerUrl: string | undefined;
}

function guardWebContents(contents: WebContents, { devServerUrl }: GuardOptions): void {
  const denyForeignNavigation = (event: Electron.Event, url: string): void => {
    if (!isAllowedNavigation(url, devServerUrl)) {
      event.preventDefault();
      console.warn(`[guards] blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  // New windows are opened by the main process only (the projector window), never by the page.
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[guards] blocked window.open of ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call before any window exists: every web contents created afterwards gets the guards. */
export function installWebContentsGuards(options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/** Call once the app is ready: the default session denies permissions, downloads and network requests. */
export function installSessionGuards({ devServerUrl }: GuardOptions): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isAllowedPermission(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  // Files are saved through DesktopApi.saveFile, never through browser downloads.
  ses.on('will-download', (event) => event.preventDefault());
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl);
    if (!allowed) console.warn(`[guards] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
