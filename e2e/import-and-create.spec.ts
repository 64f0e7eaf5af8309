import { expect, test } from '@playwright/test';
import { unitsWorkbookWithOneBadRow } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { DirectoryPage } from './pages/DirectoryPage';

// The foundation journey: from an empty database, import units (one bad row), create an inquiry with three
// of them, reload, and find everything still there.
test('import units with a bad row, create an inquiry, reload', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.open('/');
  await expect(page.getByText('欢迎使用询评')).toBeVisible();

  await directory.openTab('单位');
  await expect(page.getByText('名册中还没有单位')).toBeVisible();
  await directory.importFile({ name: '应询单位.xlsx', buffer: await unitsWorkbookWithOneBadRow() });

  const preview = directory.dialog('导入单位');
  await expect(preview.getByText('可导入 4 行')).toBeVisible();
  await expect(preview.getByText('有问题 1 行')).toBeVisible();
  // Row numbers are as the user sees them in Excel: title row 1, header row 2, data from row 3.
  await expect(directory.previewRow(5)).toContainText('县应急管理局');
  await expect(directory.previewRow(5)).toContainText('单位全称');
  await expect(directory.previewRow(3)).toContainText('宜丰县自然资源局');
  await preview.getByRole('button', { name: '导入 4 行有效数据' }).click();
  await expect(directory.notification('已导入 4 个单位')).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(directory.table().getByRole('row')).toHaveCount(5); // header + 4
  await expect(directory.row('县水利局')).toContainText('政府工作部门'); // empty kind took the default
  await expect(directory.row('县应急管理局')).toHaveCount(0);

  const activities = new ActivityPages(page);
  await activities.startNew('专题询问');
  await activities.fill('主题', '促进绿色矿山建设');
  await activities.fill('日期', '2026-12-06');
  await activities.fill('地点', '县人大常委会会议室');
  await activities.choose('应询单位', ['县自然资源局', '县生态环境局', '县林业局']);
  await expect(page.getByRole('textbox', { name: '县林业局应询人', exact: true })).toHaveValue('郑宏斌');
  await activities.save();

  await activities.expectDetail('促进绿色矿山建设');
  const units = page.getByRole('table', { name: '应询单位' });
  await expect(units.getByRole('row')).toHaveCount(4);
  await expect(units).toContainText('县生态环境局');
  await expect(units).toContainText('施伟');

  await page.reload();
  await activities.expectDetail('促进绿色矿山建设');
  await expect(units.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('2026年12月6日')).toBeVisible();
  await expect(page.getByText('县人大常委会会议室')).toBeVisible();

  await directory.nav('活动');
  await expect(activities.listRow('促进绿色矿山建设')).toContainText('专题询问');
  await directory.openTab('单位');
  await expect(directory.table().getByRole('row')).toHaveCount(5);
});
