import { expect, test, type Page } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';
import { ConsolePage } from './pages/ConsolePage';
import { RectificationPage } from './pages/RectificationPage';

// The large libraries have chunks of their own (electron.vite.config.ts LARGE_LIBRARIES: vendor-docx,
// vendor-exceljs, vendor-charts, vendor-backup, vendor-csv). The meeting room's windows must never load them:
// the console and the projector stay light however large the data is.
const LARGE = /vendor-(docx|exceljs|charts|backup|csv)-/;

function scriptsLoaded(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test('the console and the projector load none of docx, exceljs, recharts or the backup library', async ({
  page,
  context,
}) => {
  const consolePage = new ConsolePage(page);
  const activityId = await consolePage.openDemoInquiry();

  // A fresh window on the console, as the secretary's after a restart, and one on the projector; a question
  // is taken and its timer started, so both windows show the live meeting.
  const consoleWindow = await context.newPage();
  const consoleScripts = scriptsLoaded(consoleWindow);
  await consoleWindow.goto(`/#/console/${activityId}`);
  await expect(consoleWindow.getByText('会议控制台', { exact: true })).toBeVisible();
  const projector = await context.newPage();
  const projectorScripts = scriptsLoaded(projector);
  await projector.goto(`/#/projector/${activityId}`);
  await expect(projector.getByText('促进绿色矿山建设').first()).toBeVisible();

  const live = new ConsolePage(consoleWindow);
  await consoleWindow.bringToFront();
  await live.press('Enter', 'Space');
  await expect(live.current()).toContainText('第 1 题');
  await expect(projector.getByRole('timer')).toBeVisible();

  expect(consoleScripts.length).toBeGreaterThan(0);
  expect(projectorScripts.length).toBeGreaterThan(0);
  expect(consoleScripts.filter((url) => LARGE.test(url))).toEqual([]);
  expect(projectorScripts.filter((url) => LARGE.test(url))).toEqual([]);
});

test('the home page starts without them, and a Word export loads docx only when asked', async ({ page }) => {
  const scripts = scriptsLoaded(page);
  const app = new ActivityPages(page);
  await app.loadDemo();
  expect(scripts.filter((url) => LARGE.test(url))).toEqual([]);

  await app.nav('活动');
  await app.listRow('促进绿色矿山建设').getByRole('link').click();
  await app.expectDetail('促进绿色矿山建设');
  await page.getByRole('tab', { name: '议程' }).click();
  expect(scripts.filter((url) => /vendor-docx-/.test(url))).toEqual([]);
  const agenda = await app.download(() => page.getByRole('button', { name: '导出议程' }).click());
  expect(agenda.name).toMatch(/\.docx$/);
  expect(scripts.filter((url) => /vendor-docx-/.test(url))).toHaveLength(1);
});

test('the 整改 ledger is made in the document worker: the page itself loads neither docx nor exceljs', async ({
  page,
}) => {
  const scripts = scriptsLoaded(page);
  const app = new RectificationPage(page);
  await app.loadDemo();
  await app.openNav();
  await page.getByRole('button', { name: '台账' }).click();
  const ledger = app.dialog(/整改情况跟踪台账/);
  const word = await app.download(() => ledger.getByRole('button', { name: '导出 Word' }).click());
  const excel = await app.download(() => ledger.getByRole('button', { name: '导出 Excel' }).click());
  expect(word.name).toMatch(/整改情况跟踪台账.*\.docx$/);
  expect(excel.name).toMatch(/整改情况跟踪台账.*\.xlsx$/);
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
    expect.stringMatching(/render\.worker-[\w-]+\.js$/),
  ]);
  expect(scripts.filter((url) => /vendor-(docx|exceljs)-/.test(url))).toEqual([]);
});
