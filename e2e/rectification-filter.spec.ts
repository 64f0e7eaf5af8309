import { expect, test } from '@playwright/test';
import { DataTable } from './pages/DataTable';
import { RectificationPage } from './pages/RectificationPage';

// The 整改 list filtered to 待交办: issuing the ticked items moves them out of the filter, and the dialog that
// lists the documents just issued (with 合并保存为一个文件) must stay open all the same.
test.use({ viewport: { width: 1366, height: 768 } });

test('the issue dialog stays open when the issued items leave the 待交办 filter', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') });
  const app = new RectificationPage(page);
  await app.loadDemo();

  // Six 待交办 items from the green-mine inquiry's questions.
  await app.open('/activities');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await app.openTab('整改');
  await page.getByRole('button', { name: '从询问问题生成' }).click();
  await app.dialog('从询问问题生成整改事项').getByRole('button', { name: '生成 6 项整改事项' }).click();
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(6);

  await app.openNav();
  await page.getByRole('combobox', { name: '状态', exact: true }).click();
  await page.getByRole('option', { name: '待交办', exact: true }).click();
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(6);
  await app.select('县林业局');
  await app.select('县自然资源局');
  // The demo's inquiry meets next week: notices on it dated today are issued once the date is confirmed.
  const numbers = await app.issueSelected('整改通知书', { confirmDates: true });
  expect(numbers).toHaveLength(2);

  // The two items are 已交办 now and no longer listed; the dialog with the documents is still there.
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(4);
  const result = app.dialog('文件已印发');
  await expect(result).toBeVisible();
  expect(
    await new DataTable(result.getByRole('table', { name: '已印发的文件' })).column('单位'),
  ).toHaveLength(2);
  const combined = await app.download(() =>
    result.getByRole('button', { name: '合并保存为一个文件' }).click(),
  );
  expect(combined.name).toMatch(/（共2份）\.docx$/);
  expect(combined.buffer.subarray(0, 2).toString()).toBe('PK');
  await result.getByRole('button', { name: '完成' }).click();
  await expect(result).toBeHidden();
  await expect(page.getByRole('region', { name: '已选择的整改事项' })).toBeHidden();
});
