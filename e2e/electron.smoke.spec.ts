// Launches the real, built app (out/main) in Electron: the console window opens with the product title,
// the renderer loads from app://, and the preload's DesktopApi answers. Where the Electron binary is
// not installed (it is downloaded on first use, which needs GitHub), the test is skipped and says why.

import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Why the Electron binary cannot be launched, or null when it can. Mirrors how node_modules/electron/index.js
 * finds its binary (path.txt names it inside dist/, or inside ELECTRON_OVERRIDE_DIST_PATH) without
 * requiring that file: requiring it starts a download when the binary is missing.
 */
function electronUnavailableReason(): string | null {
  let electronDir: string;
  try {
    electronDir = dirname(createRequire(join(repoRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return 'the electron package is not installed (run npm ci)';
  }
  const pathFile = join(electronDir, 'path.txt');
  const binaryName = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, binaryName || 'electron');
    return existsSync(binary)
      ? null
      : `ELECTRON_OVERRIDE_DIST_PATH is set, but the Electron binary ${binary} does not exist`;
  }
  if (!binaryName) {
    return (
      `the Electron binary is not installed (${pathFile} does not exist): electron >= 42 downloads it ` +
      'from GitHub on first use, which needs access to GitHub. Run `npx install-electron` where GitHub ' +
      'is reachable, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder'
    );
  }
  const binary = join(electronDir, 'dist', binaryName);
  return existsSync(binary) ? null : `the Electron binary ${binary} named by ${pathFile} does not exist`;
}

function displayUnavailableReason(): string | null {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset): run the tests under xvfb-run';
}

const skipReason = electronUnavailableReason() ?? displayUnavailableReason();
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

test.describe('Electron shell', () => {
  test('opens the console window on the home page', async () => {
    // Skipped, with its reason printed and annotated, where the Electron binary or a display is missing
    // (environment.md): the list and line reporters do not show skip reasons.
    // eslint-disable-next-line playwright/no-conditional-in-test
    if (skipReason !== null) console.warn(`Electron smoke test skipped: ${skipReason}`);
    // eslint-disable-next-line playwright/no-skipped-test
    test.skip(skipReason !== null, `Electron smoke test skipped: ${skipReason}`);
    expect(
      existsSync(join(repoRoot, 'out/main/index.js')),
      'out/main/index.js is missing: run npm run build first',
    ).toBe(true);
    // Without ELECTRON_RENDERER_URL the shell serves the built renderer from app://.
    const env = { ...process.env };
    delete env.ELECTRON_RENDERER_URL;
    const app = await electron.launch({ args: ['.'], cwd: repoRoot, env: env as Record<string, string> });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^app:\/\/xunping\//);
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
        .toBe('询评');
      await expect(page.getByText('询评').first()).toBeVisible();
      // The preload exposes DesktopApi and the main process answers it (origin check and IPC included).
      const info = await page.evaluate(() => window.desktop?.getAppInfo());
      expect(info).toMatchObject({ shell: 'electron', version });
    } finally {
      await app.close();
    }
  });
});
