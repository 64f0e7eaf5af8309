// The Electron shell, tested where no Electron binary can run (environment.md): the BUILT main bundle
// (out/main/index.js) is loaded under plain Node with `electron` resolved to a recording stand-in, and
// the built preload (out/preload/index.cjs) runs in a vm with only what a sandboxed preload may require.
// Catches what unit tests of the pure rules cannot: a bundle that crashes at start, a window opened
// with weaker settings, a channel nobody handles, a guard never installed.
// Run after `npm run build`: `npm run test:shell`.

import assert from 'node:assert/strict';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mainBundle = join(root, 'out/main/index.js');
const preloadBundle = join(root, 'out/preload/index.cjs');
if (!existsSync(mainBundle) || !existsSync(preloadBundle)) {
  throw new Error(`${mainBundle} or ${preloadBundle} is missing: run \`npm run build\` first`);
}

register('./resolve-electron.mjs', import.meta.url);
const { recorder, resetStandIn, fakeWebContents } = await import('./electron-stand-in.mjs');

/** The channel names, read from the contract itself (channel key → channel name). */
function contractChannels() {
  const source = readFileSync(join(root, 'src-main/contract.ts'), 'utf8');
  const block = /export const CHANNELS = \{([\s\S]*?)\} as const/.exec(source)?.[1];
  assert.ok(block, 'CHANNELS not found in src-main/contract.ts');
  return Object.fromEntries([...block.matchAll(/(\w+): '([^']+)'/g)].map((m) => [m[1], m[2]]));
}
const CHANNELS = contractChannels();

const APP_ORIGIN = 'app://xunping';

// The bundle logs what its guards refuse; keep those lines for the assertions, not the output.
const warnings = [];
console.warn = (...args) => warnings.push(args.map(String).join(' '));
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

let loads = 0;

/** Loads a fresh copy of the main bundle and lets it get past app.whenReady(). */
async function startMain(isPackaged, rendererUrl = undefined) {
  const base = mkdtempSync(join(tmpdir(), 'xunping-shell-'));
  folders.push(base);
  const paths = { userData: join(base, 'userData'), documents: join(base, 'documents') };
  resetStandIn({ isPackaged, paths });
  if (rendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = rendererUrl;
  loads += 1;
  await import(`${pathToFileURL(mainBundle).href}?load=${loads}`);
  recorder.markReady();
  for (let i = 0; i < 20 && recorder.windows.length === 0; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(recorder.windows.length, 1, 'the console window did not open');
  return { base, ...paths };
}

const consoleWindow = () => recorder.windows[0];
const trusted = () => ({ senderFrame: { origin: APP_ORIGIN }, sender: consoleWindow().webContents });

/** Calls a registered handler the way ipcMain does (a synchronous throw becomes a rejection). */
async function invoke(channel, event, ...args) {
  const handler = recorder.ipcHandlers.get(channel);
  assert.ok(handler, `no handler for ${channel}`);
  return handler(event, ...args);
}

describe('the built main process, in development', () => {
  let paths;
  before(async () => {
    paths = await startMain(false);
  });

  it('registers app:// as a standard, secure scheme and enables the sandbox before ready', () => {
    const scheme = recorder.privilegedSchemes.find((s) => s.scheme === 'app');
    assert.ok(scheme, 'app scheme not registered');
    assert.equal(scheme.privileges.standard, true);
    assert.equal(scheme.privileges.secure, true);
    assert.equal(recorder.sandboxEnabled, true);
  });

  it('keeps the default menu (and DevTools) outside a packaged build', () => {
    assert.deepEqual(recorder.menuCalls, []);
    assert.equal(consoleWindow().options.webPreferences.devTools, true);
  });

  it('opens the console window locked down, with the preload, on app://', () => {
    const prefs = consoleWindow().options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.preload, join(root, 'out/preload/index.cjs'));
    assert.deepEqual(consoleWindow().loadedUrls, [`${APP_ORIGIN}/index.html`]);
  });

  it('registers exactly one handler per contract channel', () => {
    assert.deepEqual([...recorder.ipcHandlers.keys()].sort(), Object.values(CHANNELS).sort());
  });

  it('refuses every channel to an untrusted origin, and to a frame without one', async () => {
    for (const channel of Object.values(CHANNELS)) {
      for (const senderFrame of [{ origin: 'https://evil.example' }, { origin: 'file://' }, null]) {
        await assert.rejects(
          invoke(channel, { senderFrame, sender: consoleWindow().webContents }),
          /拒绝来自不受信任页面的请求/,
          `${channel} from ${senderFrame?.origin}`,
        );
      }
    }
    assert.deepEqual(recorder.saveDialogs, []);
    assert.ok(
      warnings.includes('[ipc] refused desktop:save-file from untrusted origin https://evil.example'),
    );
  });

  it('answers the app itself, and refuses invalid arguments', async () => {
    const info = await invoke(CHANNELS.getAppInfo, trusted());
    assert.deepEqual(info, { version: '0.0.0-shell-test', dataPath: paths.userData, shell: 'electron' });
    await assert.rejects(invoke(CHANNELS.getAppInfo, trusted(), 'extra'), /请求参数无效/);
    await assert.rejects(invoke(CHANNELS.readAutoBackup, trusted(), '../../secret.json'), /请求参数无效/);
    await assert.rejects(invoke(CHANNELS.openProjector, trusted(), '../settings'), /请求参数无效/);
  });

  it('writes, lists, reads and shows automatic backups under <userData>/backups', async () => {
    const data = new TextEncoder().encode('{"formatName":"dexie"}');
    const result = await invoke(CHANNELS.writeAutoBackup, trusted(), { reason: 'publish', data });
    assert.equal(result.written, true);
    const folder = join(paths.userData, 'backups');
    assert.deepEqual(readdirSync(folder), [result.backup.name]);
    const listed = await invoke(CHANNELS.listAutoBackups, trusted());
    assert.deepEqual(
      listed.map((b) => [b.name, b.reason, b.size]),
      [[result.backup.name, 'publish', data.byteLength]],
    );
    const bytes = await invoke(CHANNELS.readAutoBackup, trusted(), result.backup.name);
    assert.equal(new TextDecoder().decode(bytes), '{"formatName":"dexie"}');
    const status = await invoke(CHANNELS.backupStatus, trusted());
    assert.equal(status.folder, folder);
    assert.deepEqual(status.last, { createdAt: result.backup.createdAt, size: data.byteLength });
    await invoke(CHANNELS.openBackupsFolder, trusted());
    assert.deepEqual(recorder.openedPaths, [folder]);
  });

  it('opens the 答询人提示屏 on the display chosen, one window per route, moved when asked again', async () => {
    const second = { id: 2, label: 'HDMI', bounds: { x: 1920, y: 0, width: 1280, height: 1024 } };
    recorder.displays = [recorder.displays[0], second];
    try {
      const list = await invoke(CHANNELS.listDisplays, trusted());
      assert.deepEqual(
        list.displays.map((d) => [d.id, d.label, d.primary, d.hasConsole, d.hasProjector]),
        [
          [1, '显示器 1', true, true, false],
          [2, 'HDMI', false, false, false],
        ],
      );
      assert.equal(list.suggestedId, 2);
      const before = recorder.windows.length;
      await invoke(CHANNELS.openAnswerer, trusted(), { activityId: 'act-1', displayId: 2, mode: 'meeting' });
      const answerer = recorder.windows[before];
      assert.ok(answerer, 'no window opened');
      assert.deepEqual(answerer.loadedUrls, [`${APP_ORIGIN}/index.html#/answerer/act-1`]);
      assert.equal(answerer.options.webPreferences.sandbox, true);
      assert.deepEqual(answerer.getBounds(), second.bounds);
      assert.equal(answerer.isFullScreen(), true);

      // Again, on the console's display: the same window, moved beside the console, not full screen.
      await invoke(CHANNELS.openAnswerer, trusted(), { activityId: 'act-1', displayId: 1, mode: 'meeting' });
      assert.equal(recorder.windows.length, before + 1, 'a second window opened');
      assert.equal(answerer.isFullScreen(), false);
      assert.deepEqual(answerer.getBounds(), { x: 480, y: 240, width: 960, height: 600 });
      assert.ok(answerer.focusCount > 0, 'not brought forward');

      // The rehearsal's screen is a window of its own, on its own route.
      await invoke(CHANNELS.openAnswerer, trusted(), {
        activityId: 'act-1',
        displayId: null,
        mode: 'rehearsal',
      });
      assert.deepEqual(recorder.windows.at(-1).loadedUrls, [
        `${APP_ORIGIN}/index.html#/rehearsal/answerer/act-1`,
      ]);
      await invoke(CHANNELS.openProjector, trusted(), 'act-1', 'rehearsal');
      assert.deepEqual(recorder.windows.at(-1).loadedUrls, [
        `${APP_ORIGIN}/index.html#/rehearsal/projector/act-1`,
      ]);
      await assert.rejects(
        invoke(CHANNELS.openAnswerer, trusted(), { activityId: 'act-1', displayId: '2', mode: 'meeting' }),
        /请求参数无效/,
      );
    } finally {
      recorder.displays = [recorder.displays[0]];
    }
  });

  it('saves over an existing file after the dialog asks, through a temporary file', async () => {
    const target = join(paths.base, '通知.docx');
    writeFileSync(target, 'old');
    // A second name for the old file: a write in place would change it too; a rename leaves it as it was.
    const witness = join(paths.base, 'witness');
    linkSync(target, witness);
    recorder.nextSavePath = target;
    const result = await invoke(CHANNELS.saveFile, trusted(), {
      suggestedName: '通知.docx',
      data: new TextEncoder().encode('new document'),
    });
    assert.deepEqual(result, { saved: true, path: target });
    assert.equal(readFileSync(target, 'utf8'), 'new document');
    assert.equal(readFileSync(witness, 'utf8'), 'old', 'the file was written in place, not renamed over');
    assert.deepEqual(
      readdirSync(paths.base).filter((name) => name.includes('通知')),
      ['通知.docx'],
    );
    const options = recorder.saveDialogs.at(-1);
    assert.ok(options.properties.includes('showOverwriteConfirmation'), 'the dialog does not ask');
    assert.equal(options.defaultPath, join(paths.documents, '通知.docx'));
    recorder.nextSavePath = null;
    const cancelled = await invoke(CHANNELS.saveFile, trusted(), {
      suggestedName: 'x.docx',
      data: new Uint8Array(1),
    });
    assert.deepEqual(cancelled, { saved: false });
  });

  it('serves the renderer from app://, and nothing outside it', async () => {
    const serve = recorder.protocolHandlers.get('app');
    assert.ok(serve, 'no app:// handler');
    const index = await serve({ method: 'GET', url: `${APP_ORIGIN}/` });
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-security-policy'), /default-src 'self'/);
    assert.match(await index.text(), /<div id="root">/);
    for (const url of [
      `${APP_ORIGIN}/..%2fmain/index.js`,
      `${APP_ORIGIN}/%2e%2e/main/index.js`,
      `${APP_ORIGIN}/..%5cmain%5cindex.js`,
      `${APP_ORIGIN}/assets/../../main/index.js`,
    ]) {
      const response = await serve({ method: 'GET', url });
      assert.equal(response.status, 404, url);
      assert.doesNotMatch(await response.text(), /ipcMain|registerSchemesAsPrivileged/, url);
    }
  });

  it('installs the session guards: permissions, downloads, network', () => {
    const s = recorder.session;
    const answers = {};
    for (const permission of ['fullscreen', 'media', 'geolocation', 'notifications']) {
      s.permissionRequestHandler(null, permission, (allowed) => (answers[permission] = allowed));
    }
    assert.deepEqual(answers, { fullscreen: true, media: false, geolocation: false, notifications: false });
    assert.equal(s.permissionCheckHandler(null, 'media'), false);
    let downloadPrevented = false;
    for (const listener of s.listeners.get('will-download') ?? []) {
      listener({ preventDefault: () => (downloadPrevented = true) });
    }
    assert.equal(downloadPrevented, true, 'downloads are not blocked');
    const cancelled = (url) => {
      let answer;
      s.beforeRequest({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    assert.equal(cancelled('https://example.com/x.js'), true);
    assert.equal(cancelled('file:///etc/passwd'), true);
    assert.equal(cancelled(`${APP_ORIGIN}/assets/index.js`), false);
  });

  it('guards every web contents: navigation, new windows, webviews', () => {
    const contents = fakeWebContents();
    for (const listener of recorder.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    const prevented = (event, ...args) => {
      let result = false;
      for (const listener of contents.listeners.get(event) ?? []) {
        listener({ preventDefault: () => (result = true) }, ...args);
      }
      return result;
    };
    assert.equal(prevented('will-navigate', 'https://evil.example/'), true);
    assert.equal(prevented('will-redirect', 'https://evil.example/'), true);
    assert.equal(prevented('will-navigate', `${APP_ORIGIN}/index.html#/settings`), false);
    assert.equal(prevented('will-attach-webview'), true);
    assert.ok(contents.windowOpenHandler, 'no window-open handler');
    assert.deepEqual(contents.windowOpenHandler({ url: `${APP_ORIGIN}/index.html` }), { action: 'deny' });
  });
});

describe('the built main process, packaged', () => {
  before(async () => {
    await startMain(true);
  });

  it('removes the application menu before ready', () => {
    assert.deepEqual(recorder.menuCalls, [null]);
  });

  it('opens the window without DevTools and with the same locked-down settings', () => {
    const prefs = consoleWindow().options.webPreferences;
    assert.equal(prefs.devTools, false);
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
  });

  it('never trusts a dev server, even when ELECTRON_RENDERER_URL names one', async () => {
    try {
      await startMain(true, 'http://localhost:5173/');
      assert.deepEqual(consoleWindow().loadedUrls, [`${APP_ORIGIN}/index.html`]);
      await assert.rejects(
        invoke(CHANNELS.getAppInfo, { senderFrame: { origin: 'http://localhost:5173' }, sender: {} }),
        /拒绝来自不受信任页面的请求/,
      );
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
    }
  });
});

describe('the built preload', () => {
  const exposed = {};
  const invoked = [];
  const context = createContext({});
  // Errors from the preload's own realm, as ipcRenderer's are.
  const PreloadError = runInContext('Error', context);
  let failWith = null;
  before(() => {
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (channel, ...args) => {
          invoked.push({ channel, args });
          if (failWith) throw new PreloadError(failWith);
          return `answer of ${channel}`;
        },
      },
    };
    // A sandboxed preload may require only a few modules; the app's needs only 'electron'.
    const sandboxedRequire = (id) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    Object.assign(context, { require: sandboxedRequire, module: {}, exports: {} });
    runInContext(readFileSync(preloadBundle, 'utf8'), context);
  });

  it('exposes window.desktop with one method per channel, each invoking its channel', async () => {
    assert.ok(exposed.desktop, 'window.desktop not exposed');
    assert.deepEqual(Object.keys(exposed), ['desktop']);
    for (const [method, channel] of Object.entries(CHANNELS)) {
      assert.equal(typeof exposed.desktop[method], 'function', `desktop.${method} missing`);
      invoked.length = 0;
      assert.equal(await exposed.desktop[method]('arg'), `answer of ${channel}`);
      assert.equal(invoked[0]?.channel, channel, method);
    }
  });

  it('answers requestPersistentStorage without IPC', async () => {
    invoked.length = 0;
    assert.equal(await exposed.desktop.requestPersistentStorage(), true);
    assert.deepEqual(invoked, []);
  });

  it('passes on the handler’s own message, without Electron’s wrapping', async () => {
    failWith = "Error invoking remote method 'desktop:save-file': Error: 无法保存文件：磁盘已满";
    try {
      await assert.rejects(exposed.desktop.saveFile({}), { message: '无法保存文件：磁盘已满' });
    } finally {
      failWith = null;
    }
  });
});
