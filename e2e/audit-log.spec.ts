import { expect, test } from '@playwright/test';
import { readWorkbookRows } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { DirectoryPage } from './pages/DirectoryPage';
import { VotesPage } from './pages/VotesPage';

test('名册 edits, a deleted unit and a reopened round are in 设置 → 操作日志, newest first, and export', async ({
  page,
}) => {
  test.slow(); // a long journey: demo, 名册, a round, 设置
  const directory = new DirectoryPage(page);
  const activities = new ActivityPages(page);
  const votes = new VotesPage(page);
  await activities.loadDemo();

  // Before anything is changed, the log says what it will hold.
  await directory.open('/settings');
  const panel = page.getByRole('region', { name: '操作日志' });
  await expect(panel.getByTestId('audit-empty')).toContainText('还没有操作记录');
  await expect(panel.getByRole('button', { name: '导出' })).toBeDisabled();

  // Edit a person's title.
  await directory.openTab('人员');
  await page.getByRole('textbox', { name: '搜索' }).fill('丁振宇');
  await page.getByRole('button', { name: '编辑 丁振宇' }).click();
  await directory.dialog('编辑人员').getByLabel('职务').fill('县自然资源局党组书记、局长');
  await directory.dialog('编辑人员').getByRole('button', { name: '保存' }).click();
  await expect(directory.dialog('编辑人员')).toBeHidden();

  // Add a unit no activity uses, then delete it.
  await directory.openTab('单位');
  await page.getByRole('button', { name: '添加单位' }).first().click();
  await directory
    .dialog('添加单位')
    .getByLabel(/^单位全称/)
    .fill('宜丰县档案馆');
  await directory.dialog('添加单位').getByRole('button', { name: '保存' }).click();
  await expect(directory.dialog('添加单位')).toBeHidden();
  await page.getByRole('button', { name: '删除 宜丰县档案馆' }).click();
  await directory.confirm('确认删除', '删除');
  await expect(directory.row('宜丰县档案馆')).toHaveCount(0);

  // Reopen the demo's published round, with a reason.
  await activities.nav('活动');
  await activities.listRow('优化营商环境').getByRole('link').click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '优化营商环境工作评议满意度测评' }).click();
  await page.getByRole('button', { name: '重新开启' }).click();
  const reopen = page.getByRole('dialog', { name: '重新开启测评' });
  await reopen.getByLabel(/^原因/).fill('核对纸质票时发现漏录一张');
  await reopen.getByRole('button', { name: '重新开启' }).click();
  await expect(votes.notification('测评已重新开启')).toBeVisible();

  // 设置 → 操作日志: the three acts, newest first.
  await activities.nav('设置');
  const rows = panel.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('重新开启测评');
  await expect(rows.nth(1)).toContainText(
    '重新开启「优化营商环境」的测评「优化营商环境工作评议满意度测评」，撤回已公布的结果',
  );
  await expect(rows.nth(1)).toContainText('原因：核对纸质票时发现漏录一张');
  await expect(rows.nth(2)).toContainText('删除名册记录');
  await expect(rows.nth(2)).toContainText('删除单位「宜丰县档案馆」');
  await expect(rows.nth(3)).toContainText(
    '修改人员「丁振宇（县自然资源局局长）」：职务 县自然资源局局长 → 县自然资源局党组书记、局长',
  );
  await expect(panel).toContainText('共 3 条');

  // Filtered by kind.
  await panel.getByRole('combobox', { name: '按类别筛选' }).click();
  await page.getByRole('option', { name: '修改名册', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('丁振宇');
  await panel.getByRole('combobox', { name: '按类别筛选' }).click();
  await page.getByRole('option', { name: '作废文号', exact: true }).click();
  await expect(panel).toContainText('没有“作废文号”类的记录');
  await panel.getByRole('combobox', { name: '按类别筛选' }).click();
  await page.getByRole('option', { name: '全部类别', exact: true }).click();
  await expect(rows).toHaveCount(4);

  // 导出: an .xlsx with the same lines, newest first.
  const file = await directory.download(() => panel.getByRole('button', { name: '导出' }).click());
  expect(file.name).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = await readWorkbookRows(file.buffer);
  expect(sheet[0]).toEqual(['时间', '类别', '内容']);
  expect(sheet.slice(1).map((row) => row[1])).toEqual(['重新开启测评', '删除名册记录', '修改名册']);
  expect(sheet[2]?.[2]).toBe('删除单位「宜丰县档案馆」');
});
