import { expect, test } from '@playwright/test';
import { unitsWorkbookWithOneBadRow } from './fixtures/workbooks';
import { DirectoryPage } from './pages/DirectoryPage';

// Screenshots of each main screen for people to look at (test-results/screens/*.png). They are not
// compared with anything; each step asserts the content a user would check first.
const shot = (name: string) => ({ path: `test-results/screens/${name}.png`, fullPage: true });

test('screens for review', async ({ page }) => {
  const app = new DirectoryPage(page);
  await app.open('/');
  await expect(page.getByText('欢迎使用询评')).toBeVisible();
  await page.screenshot(shot('home-empty'));

  await app.openTab('单位');
  await app.importFile({ name: '应询单位.xlsx', buffer: await unitsWorkbookWithOneBadRow() });
  await expect(app.previewRow(5)).toContainText('单位全称');
  await page.screenshot(shot('import-preview'));
  await app.dialog('导入单位').getByRole('button', { name: '取消导入' }).click();

  await app.open('/');
  await page.getByRole('button', { name: '加载示例数据' }).click();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await page.screenshot(shot('home'));

  await app.openTab('人员');
  await expect(app.table()).toContainText('县人大常委会主任');
  await page.screenshot(shot('people'));
  await app.openTab('单位');
  await page.screenshot(shot('units'));

  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await expect(page.getByRole('table', { name: '被评议单位' })).toBeVisible();
  await page.screenshot(shot('activity-evaluation'));
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: /编辑/ })).toBeVisible();
  await page.screenshot(shot('activity-edit'));

  await app.nav('设置');
  await expect(page.getByLabel(/^发文机关标志/)).toHaveValue('宜丰县人民代表大会常务委员会');
  await page.screenshot(shot('settings'));
});
