// A recording stand-in for the parts of the `electron` module the main process uses. The shell test
// (main-bundle.test.mjs) resolves `electron` to this file, loads the built main bundle under plain Node,
// and reads back what the bundle asked Electron to do through `recorder`.

/** Everything the bundle did, reset by resetStandIn before each load. */
export const recorder = {
  options: { isPackaged: false, paths: {} },
  privilegedSchemes: [],
  sandboxEnabled: false,
  menuCalls: [],
  appListeners: new Map(),
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  windows: [],
  session: null,
  saveDialogs: [],
  openDialogs: [],
  openedPaths: [],
  nextSavePath: null,
  markReady: () => {},
};

function listenerMap() {
  const listeners = new Map();
  return {
    listeners,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event, listener) {
      return this.on(event, listener);
    },
  };
}

/** A web contents as the guards see it: events, a window-open handler, nothing else. */
export function fakeWebContents() {
  const contents = { ...listenerMap(), windowOpenHandler: null };
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  return contents;
}

let readyPromise;

export function resetStandIn({ isPackaged, paths }) {
  recorder.options = { isPackaged, paths };
  recorder.privilegedSchemes = [];
  recorder.sandboxEnabled = false;
  recorder.menuCalls = [];
  recorder.appListeners = new Map();
  recorder.protocolHandlers = new Map();
  recorder.ipcHandlers = new Map();
  recorder.windows = [];
  recorder.saveDialogs = [];
  recorder.openDialogs = [];
  recorder.openedPaths = [];
  recorder.nextSavePath = null;
  recorder.session = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    beforeRequest: null,
    ...listenerMap(),
  };
  readyPromise = new Promise((resolve) => {
    recorder.markReady = resolve;
  });
}

resetStandIn({ isPackaged: false, paths: {} });

export const app = {
  get isPackaged() {
    return recorder.options.isPackaged;
  },
  enableSandbox() {
    recorder.sandboxEnabled = true;
  },
  requestSingleInstanceLock: () => true,
  on(event, listener) {
    recorder.appListeners.set(event, [...(recorder.appListeners.get(event) ?? []), listener]);
    return app;
  },
  whenReady: () => readyPromise,
  isReady: () => true,
  quit() {},
  exit(code) {
    throw new Error(`app.exit(${code}) called: the main process failed to start`);
  },
  getVersion: () => '0.0.0-shell-test',
  getPath(name) {
    const path = recorder.options.paths[name];
    if (!path) throw new Error(`stand-in: no path for ${name}`);
    return path;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorder.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorder.protocolHandlers.set(scheme, handler);
  },
};

export class BrowserWindow {
  constructor(options) {
    const events = listenerMap();
    this.options = options;
    this.listeners = events.listeners;
    this.on = events.on.bind(this);
    this.once = events.once.bind(this);
    this.webContents = fakeWebContents();
    this.loadedUrls = [];
    recorder.windows.push(this);
  }
  loadURL(url) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized = () => false;
  isDestroyed = () => false;
  static fromWebContents(contents) {
    return recorder.windows.find((win) => win.webContents === contents) ?? null;
  }
}

export const ipcMain = {
  handle(channel, handler) {
    if (recorder.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    recorder.ipcHandlers.set(channel, handler);
  },
};

export const session = {
  get defaultSession() {
    const s = recorder.session;
    return {
      setPermissionRequestHandler: (handler) => (s.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler) => (s.permissionCheckHandler = handler),
      on: (event, listener) => s.on(event, listener),
      webRequest: { onBeforeRequest: (handler) => (s.beforeRequest = handler) },
    };
  },
};

const PRIMARY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

export const screen = {
  getAllDisplays: () => [PRIMARY],
  getPrimaryDisplay: () => PRIMARY,
};

export const dialog = {
  async showSaveDialog(ownerOrOptions, maybeOptions) {
    recorder.saveDialogs.push(maybeOptions ?? ownerOrOptions);
    const filePath = recorder.nextSavePath;
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
  },
  async showOpenDialog(ownerOrOptions, maybeOptions) {
    recorder.openDialogs.push(maybeOptions ?? ownerOrOptions);
    return { canceled: true, filePaths: [] };
  },
};

export const Menu = {
  setApplicationMenu(menu) {
    recorder.menuCalls.push(menu);
  },
};

export const shell = {
  async openPath(path) {
    recorder.openedPaths.push(path);
    return '';
  },
};

export default { app, protocol, BrowserWindow, ipcMain, session, screen, dialog, Menu, shell };
