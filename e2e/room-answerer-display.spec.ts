import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12, new in the room: in Electron the 答询人提示屏 opens on a display of the secretary's choice. The
// main process lists the displays and places the window (src-main/windowPlan.ts, unit-tested; the built main
// process in scripts/shell); here the preload's window.desktop is stood in for, recording what it is asked.

interface Display {
  id: number;
  label: string;
  width: number;
  height: number;
  primary: boolean;
  hasConsole: boolean;
  hasProjector: boolean;
}

function standInDesktop({ displays, suggestedId }: { displays: Display[]; suggestedId: number | null }) {
  const opened: unknown[] = [];
  const w = window as unknown as Record<string, unknown>;
  w.__answerers = opened;
  w.desktop = {
    saveFile: async () => ({ saved: true }),
    openFile: async () => null,
    getAppInfo: async () => ({ version: '0.1.0', dataPath: 'C:\\xunping', shell: 'electron' }),
    openProjector: async () => undefined,
    listDisplays: async () => ({ displays, suggestedId }),
    openAnswerer: async (request: unknown) => void opened.push(request),
    writeAutoBackup: async () => ({ written: false, reason: 'lowDisk' }),
    listAutoBackups: async () => [],
    readAutoBackup: async () => new Uint8Array(),
    openBackupsFolder: async () => undefined,
    backupStatus: async () => ({ last: null, folder: 'C:\\xunping\\backups', lowDisk: false }),
    requestPersistentStorage: async () => true,
  };
}

const display = (id: number, label: string, extra: Partial<Display> = {}): Display => ({
  id,
  label,
  width: 1920,
  height: 1080,
  primary: false,
  hasConsole: false,
  hasProjector: false,
  ...extra,
});

const answerers = (page: Page) =>
  page.evaluate(() => (window as unknown as { __answerers: unknown[] }).__answerers);

test('in Electron, 答询人提示屏 offers the displays, the free one preselected, and opens on the one chosen', async ({
  page,
}) => {
  await page.addInitScript(standInDesktop, {
    displays: [
      display(11, '显示器 1', { primary: true, hasConsole: true, width: 1366, height: 768 }),
      display(12, '投影仪', { hasProjector: true }),
      display(13, '答询席', { width: 1280, height: 1024 }),
    ],
    suggestedId: 13,
  });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();

  await page.getByRole('button', { name: '答询人提示屏' }).click();
  const dialog = console.dialog('答询人提示屏放在哪个显示器');
  await expect(dialog).toBeVisible();
  const radios = dialog.getByRole('radio');
  await expect(radios).toHaveCount(3);
  await expect(
    dialog.getByRole('radio', { name: '显示器 1（1366×768，主显示器，控制台所在）' }),
  ).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '投影仪（1920×1080，大屏所在）' })).toBeVisible();
  const suggested = dialog.getByRole('radio', { name: '答询席（1280×1024） · 推荐' });
  await expect(suggested).toBeChecked();

  // Enter opens it there (the console's Enter does nothing behind the dialog).
  await suggested.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => answerers(page)).toEqual([{ activityId, displayId: 13, mode: 'meeting' }]);
  expect(await console.storedActions()).toBe(0);

  // Again, on the projector's display this time: the secretary's choice is what the desktop gets.
  await page.getByRole('button', { name: '答询人提示屏' }).click();
  await dialog.getByText('投影仪（1920×1080，大屏所在）').click();
  await dialog.getByRole('button', { name: '打开' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => answerers(page))
    .toEqual([
      { activityId, displayId: 13, mode: 'meeting' },
      { activityId, displayId: 12, mode: 'meeting' },
    ]);

  // 取消 opens nothing.
  await page.getByRole('button', { name: '答询人提示屏' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await answerers(page)).toHaveLength(2);
});

test('in Electron with one display, 答询人提示屏 opens at once, beside the console', async ({ page }) => {
  await page.addInitScript(standInDesktop, {
    displays: [display(11, '显示器 1', { primary: true, hasConsole: true })],
    suggestedId: 11,
  });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  await page.getByRole('button', { name: '答询人提示屏' }).click();
  await expect.poll(() => answerers(page)).toEqual([{ activityId, displayId: 11, mode: 'meeting' }]);
  await expect(console.dialog('答询人提示屏放在哪个显示器')).toHaveCount(0);
});
