import { expect, type Page, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';

const askers = async (page: Page) =>
  page
    .getByRole('table', { name: '询问提纲' })
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''));

test('the question list reorders by keyboard and by drag, and keeps the order after a reload', async ({
  page,
}) => {
  const app = new ActivityPages(page);
  await app.loadDemo();
  await app.nav('活动');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await page.getByRole('tab', { name: '询问提纲' }).click();
  const before = await askers(page);

  // Alt+↓ on the focused first row moves it down one place.
  await page.getByRole('row', { name: '第 1 题' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => askers(page)).toEqual([before[1], before[0], ...before.slice(2)]);

  // Dragging the fourth row onto the first puts it first.
  await page.getByRole('row', { name: '第 4 题' }).dragTo(page.getByRole('row', { name: '第 1 题' }));
  await expect
    .poll(() => askers(page))
    .toEqual([before[3], before[1], before[0], before[2], ...before.slice(4)]);

  await page.reload();
  await expect
    .poll(() => askers(page))
    .toEqual([before[3], before[1], before[0], before[2], ...before.slice(4)]);
  await expect(page.getByRole('row', { name: '第 1 题' })).toContainText(before[3] ?? '');
});
