// A recording stand-in for the parts of the `electron` module the main process uses. The shell test
// (main-bundle.test.mjs) resolves `electron` to this file, loads the built main bundle under plain Node,
// and reads back what the bundle asked Electron to do through `recorder`.

/** The primary display, alone unless a test connects more (recorder.displays). */
const PRIMARY = { id: 1, label: '', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

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
  /** The connected displays; the first is the primary one. */
  displays: [],
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
  recorder.displays = [PRIMARY];
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
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.fullScreen = options.fullscreen === true;
    this.focusCount = 0;
    recorder.windows.push(this);
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds) {
    this.bounds = { ...this.bounds, ...bounds };
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(flag) {
    this.fullScreen = flag;
  }
  loadURL(url) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show() {}
  focus() {
    this.focusCount += 1;
  }
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

const overlap = (a, b) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

export const screen = {
  getAllDisplays: () => [...recorder.displays],
  getPrimaryDisplay: () => recorder.displays[0],
  /** The display a rectangle overlaps most, as Electron answers. */
  getDisplayMatching: (rect) =>
    recorder.displays.reduce((best, d) => (overlap(d.bounds, rect) > overlap(best.bounds, rect) ? d : best)),
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
