import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { DirectoryPage } from './pages/DirectoryPage';
import { VotesPage } from './pages/VotesPage';

/** Clears the site's data as a browser's "clear site data" would, then opens the app again. */
async function clearSiteData(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('xunping');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    });
  });
  await page.goto('/#/');
  await page.reload();
}

test('an empty database offers 从备份恢复 beside 加载示例数据, and the backup restores from there', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.loadDemo();
  await app.nav('设置');
  const backup = await app.download(() => page.getByRole('button', { name: '导出备份' }).click());

  // A new PC, or the browser's data cleared: the welcome page.
  await clearSiteData(page);
  await expect(page.getByText('欢迎使用询评')).toBeVisible();
  await expect(page.getByRole('button', { name: '加载示例数据' })).toBeVisible();
  await app.pickFile(() => page.getByRole('button', { name: '从备份恢复' }).click(), backup);
  const confirm = app.dialog('从备份恢复');
  await expect(restoredRow(confirm, '人员').getByRole('cell').nth(2)).toHaveText('82 条');
  await confirm.getByRole('button', { name: '替换并恢复' }).click();
  await expect(app.notification('已从备份恢复')).toBeVisible();

  // The home page of a database with data, and the data is the backup's.
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByRole('link', { name: /名册人员\s*82/ })).toBeVisible();
  await app.nav('活动');
  await expect(page.getByRole('link', { name: '优化营商环境' })).toBeVisible();
});

/** The 人员 (or another table's) row of the restore preview: 数据 | 现有 | 恢复后 | 变化. */
function restoredRow(confirm: Locator, label: string): Locator {
  return confirm
    .getByRole('table', { name: '恢复前后对比' })
    .getByRole('row')
    .filter({ has: confirm.page().getByRole('cell', { name: label, exact: true }) });
}

const DAY = 24 * 60 * 60 * 1000;

/** Reopens the demo evaluation's published round, closes it again and publishes it again. */
async function republishDemoRound(app: VotesPage): Promise<void> {
  const { page } = app;
  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await app.openVotesTab();
  await page
    .getByRole('link', { name: /满意度测评/ })
    .first()
    .click();
  await page.getByRole('button', { name: '重新开启' }).click();
  await app.dialog('重新开启测评').getByRole('textbox').fill('核对测评票');
  await app.confirm('重新开启测评', '重新开启');
  await page.getByRole('region', { name: '收回并结束' }).getByRole('button', { name: '收回并结束' }).click();
  await app.publish();
}

test('the browser reminds to export after a round is published since the last export, and asks before closing', async ({
  page,
}) => {
  const app = new VotesPage(page);
  await app.loadDemo();
  const reminder = app.notification('请导出备份');
  await app.download(() => reminder.getByRole('button', { name: '导出备份' }).click());
  await expect(reminder).toBeHidden();

  // Exported: closing the tab asks nothing.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.reload();
  expect(asked).toEqual([]);

  await republishDemoRound(app);
  await app.nav('首页');
  await expect(reminder).toContainText('上次导出备份后又公布了测评结果');

  // A published result not exported yet: closing the tab asks first (dismissed: the page stays).
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(reminder).toContainText('上次导出备份后又公布了测评结果');

  // Exported again: the tab closes without a question.
  await app.download(() => reminder.getByRole('button', { name: '导出备份' }).click());
  await expect(reminder).toBeHidden();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});

test('the browser reminds to export a backup: never exported, then 8 days after the last export', async ({
  page,
}) => {
  const start = new Date('2026-12-01T10:00:00+08:00').getTime();
  await page.clock.setFixedTime(start);
  const app = new AppPage(page);
  await app.loadDemo();

  // Data and no export yet: the home page says so, with the button.
  const reminder = app.notification('请导出备份');
  await expect(reminder).toContainText('还没有导出过备份');
  const file = await app.download(() => reminder.getByRole('button', { name: '导出备份' }).click());
  expect(file.name).toBe('询评备份-2026-12-01.json');
  await expect(reminder).toBeHidden();

  // 设置 shows the date of that export and, in a browser, that no automatic backups are kept.
  await app.nav('设置');
  const panel = page.getByRole('heading', { name: '自动备份' }).locator('..');
  await expect(panel).toContainText('浏览器版不保存自动备份');
  await expect(panel).toContainText('上次导出：2026年12月1日');
  await expect(panel).toContainText(/存储：/);

  // Exactly 7 days later: no reminder yet.
  await page.clock.setFixedTime(start + 7 * DAY);
  await page.reload();
  await app.nav('首页');
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('名册人员')).toBeVisible();
  await expect(reminder).toHaveCount(0);

  // 8 days: on the home page and in 设置 (there pointing at the panel's own button).
  await page.clock.setFixedTime(start + 8 * DAY);
  await page.reload();
  await expect(reminder).toContainText('上次导出备份已是 8 天前');
  await app.nav('设置');
  await expect(reminder).toContainText('上次导出备份已是 8 天前');
  await page.getByRole('button', { name: '导出备份' }).click();
  await expect(reminder).toBeHidden();
  await app.nav('首页');
  await expect(page.getByText('名册人员')).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

/**
 * The Electron preload's window.desktop, stood in for in the page: it keeps the automatic backups in memory
 * (the main process's folder, pruning and disk checks are unit-tested in src-main/backups).
 */
function standInDesktop({ lowDisk }: { lowDisk: boolean }): void {
  type Kept = { name: string; createdAt: number; size: number; reason: string; data: Uint8Array };
  const kept: Kept[] = [];
  const calls: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  w.__kept = kept;
  w.__calls = calls;
  w.desktop = {
    saveFile: async ({ data }: { data: Uint8Array }) => {
      w.__lastSaved = data;
      return { saved: true, path: 'D:\\备份\\询评备份.json' };
    },
    openFile: async () => null,
    getAppInfo: async () => ({
      version: '0.1.0',
      dataPath: 'C:\\Users\\秘书\\AppData\\Roaming\\xunping',
      shell: 'electron',
    }),
    openProjector: async () => undefined,
    writeAutoBackup: async ({ reason, data }: { reason: string; data: Uint8Array }) => {
      calls.push(`writeAutoBackup ${reason}`);
      if (lowDisk) return { written: false, reason: 'lowDisk' };
      const backup = {
        name: `auto-${kept.length + 1}-${reason}.json`,
        createdAt: Date.now(),
        size: data.byteLength,
        reason,
      };
      kept.unshift({ ...backup, data });
      return { written: true, backup };
    },
    listAutoBackups: async () => kept.map(({ data: _data, ...info }) => info),
    readAutoBackup: async (name: string) => kept.find((k) => k.name === name)?.data ?? new Uint8Array(),
    openBackupsFolder: async () => void calls.push('openBackupsFolder'),
    backupStatus: async () => ({
      last: kept[0] ? { createdAt: kept[0].createdAt, size: kept[0].size } : null,
      folder: 'C:\\Users\\秘书\\AppData\\Roaming\\xunping\\backups',
      lowDisk,
    }),
    requestPersistentStorage: async () => true,
  };
}

test('in Electron, the app writes an automatic backup while data changes; 设置 lists it and 恢复 restores it', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00+08:00') });
  await page.addInitScript(standInDesktop, { lowDisk: false });
  const app = new DirectoryPage(page);
  await app.loadDemo();
  await expect(app.notification('请导出备份')).toHaveCount(0); // Electron keeps backups itself

  // The demo was loaded (a change): ten minutes later the app has written an automatic backup.
  await page.clock.fastForward('10:30');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __kept: unknown[] }).__kept.length))
    .toBe(1);

  // A change after that backup.
  await app.openTab('人员');
  await page.getByRole('button', { name: '添加人员' }).click();
  await app.dialog('添加人员').getByLabel(/^姓名/).fill('备份后新增');
  await app.dialog('添加人员').getByRole('button', { name: '保存' }).click();
  await expect(app.row('备份后新增')).toHaveCount(1);

  await app.nav('设置');
  const panel = page.getByRole('heading', { name: '自动备份' }).locator('..');
  await expect(panel).toContainText(/上次备份：2026-12-01 09:1\d，\d+ KB/);
  const list = panel.getByRole('table', { name: '自动备份' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('定时（数据有改动）');
  await page.screenshot({ path: test.info().outputPath('settings-electron.png'), fullPage: true });

  await panel.getByRole('button', { name: '打开备份文件夹' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls))
    .toEqual(['writeAutoBackup interval', 'openBackupsFolder']);

  await list.getByRole('button', { name: /^恢复 2026-12-01 09:1\d 的备份$/ }).click();
  const confirm = app.dialog('从备份恢复');
  await expect(restoredRow(confirm, '人员').getByRole('cell').nth(2)).toHaveText('82 条');
  await confirm.getByRole('button', { name: '替换并恢复' }).click();
  await expect(app.notification('已从备份恢复')).toBeVisible();
  await app.openTab('人员');
  await app.expectRecords(82);
  await app.search('备份后新增');
  await app.expectRecords(0);
});

test('in Electron, a full disk pauses the automatic backups with a warning that stays', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00+08:00') });
  await page.addInitScript(standInDesktop, { lowDisk: true });
  const app = new AppPage(page);
  await app.loadDemo();
  await page.clock.fastForward('10:30');
  const warning = app.notification('磁盘空间不足，自动备份已暂停');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(warning).toBeVisible(); // not closed on a timer
  await app.nav('设置');
  await expect(page.getByRole('heading', { name: '自动备份' }).locator('..')).toContainText(
    '磁盘空间不足，自动备份已暂停',
  );
});

test('in Electron, closing and publishing a round each write an automatic backup at once', async ({
  page,
}) => {
  await page.addInitScript(standInDesktop, { lowDisk: false });
  const app = new VotesPage(page);
  await app.loadDemo();
  await republishDemoRound(app);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls))
    .toEqual(['writeAutoBackup close', 'writeAutoBackup publish']);
  await app.nav('设置');
  const list = page.getByRole('table', { name: '自动备份' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('公布结果后');
  await expect(list).toContainText('测评结束后');
});
