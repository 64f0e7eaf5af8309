import { expect, test } from '@playwright/test';
import { readWorkbookRows } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { DirectoryPage } from './pages/DirectoryPage';

test('add, correct, archive and delete people, with a message for each bad input', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.openTab('人员');
  await expect(page.getByText('名册中还没有人员')).toBeVisible();

  await page.getByRole('button', { name: '添加人员' }).first().click();
  const form = directory.dialog('添加人员');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请填写姓名')).toBeVisible();
  await form.getByLabel(/^姓名/).fill('钟国平');
  await form.getByLabel('职务').fill('县人大常委会主任');
  await form.getByLabel('电话').fill('12345');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('电话号码格式不对')).toBeVisible();
  await form.getByLabel('电话').fill('139 7950 0001');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(directory.row('钟国平')).toContainText('13979500001');

  // The same name and title again is refused; nothing is added.
  await page.getByRole('button', { name: '添加人员' }).click();
  await directory.dialog('添加人员').getByLabel(/^姓名/).fill('钟国平');
  await directory.dialog('添加人员').getByLabel('职务').fill('县人大常委会主任');
  await directory.dialog('添加人员').getByRole('button', { name: '保存' }).click();
  await expect(directory.dialog('添加人员').getByText('名册中已有钟国平')).toBeVisible();
  await directory.dialog('添加人员').getByRole('button', { name: '取消' }).click();
  await expect(directory.table().getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: '添加人员' }).click();
  await directory.dialog('添加人员').getByLabel(/^姓名/).fill('喻建平');
  await directory.dialog('添加人员').getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: '编辑 喻建平' }).click();
  await directory.dialog('编辑人员').getByLabel('职务').fill('县人大常委会委员');
  await directory.dialog('编辑人员').getByRole('button', { name: '保存' }).click();
  await expect(directory.row('喻建平')).toContainText('县人大常委会委员');

  // A person used by an activity cannot be deleted, only archived.
  const activities = new ActivityPages(page);
  await activities.startNew('专题询问');
  await activities.fill('主题', '促进绿色矿山建设');
  await activities.choose(/^询问人/, ['喻建平']);
  await activities.save();
  await activities.expectDetail('促进绿色矿山建设');

  await directory.openTab('人员');
  await page.getByRole('button', { name: '删除 喻建平' }).click();
  await expect(directory.dialog('不能删除')).toContainText('促进绿色矿山建设');
  await directory.confirm('不能删除', '归档');
  await expect(directory.row('喻建平')).toHaveCount(0);
  await page.getByLabel('显示已归档').check();
  await expect(directory.row('喻建平')).toContainText('已归档');

  // An unused person is deleted after confirmation; cancelling keeps them.
  await page.getByRole('button', { name: '删除 钟国平' }).click();
  await directory.dialog('确认删除').getByRole('button', { name: '取消' }).click();
  await expect(directory.row('钟国平')).toHaveCount(1);
  await page.getByRole('button', { name: '删除 钟国平' }).click();
  await directory.confirm('确认删除', '删除');
  await expect(directory.row('钟国平')).toHaveCount(0);

  await page.reload();
  await page.getByLabel('显示已归档').check();
  await expect(directory.table().getByRole('row')).toHaveCount(2);
});

test('a file that is not a spreadsheet is refused in Chinese, and a cancelled import changes nothing', async ({
  page,
}) => {
  const directory = new DirectoryPage(page);
  await directory.openTab('人员');
  await directory.importFile({ name: '名单.xlsx', buffer: Buffer.from('这不是表格文件') });
  await expect(directory.notification('文件无法读取')).toBeVisible();
  await expect(page.getByText('名册中还没有人员')).toBeVisible();

  const csv = '姓名,职务,类别,电话\r\n张三,县人大代表,人大代表,\r\n李四,,群众,\r\n';
  await directory.importFile({ name: '代表.csv', buffer: Buffer.from(csv, 'utf8') });
  const preview = directory.dialog('导入人员');
  await expect(directory.previewRow(3)).toContainText('类别');
  await preview.getByRole('button', { name: '取消导入' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText('名册中还没有人员')).toBeVisible();
});

test('the lists export to .xlsx in the columns the import reads', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.loadDemo();
  await directory.openTab('单位');
  await page.getByLabel('搜索').fill('自然资源');
  await expect(directory.table().getByRole('row')).toHaveCount(2);
  const file = await directory.download(() => page.getByRole('button', { name: '导出 Excel' }).click());
  expect(file.name).toBe('单位名册.xlsx');
  const rows = await readWorkbookRows(file.buffer);
  expect(rows[0]?.slice(0, 3)).toEqual(['单位全称', '简称', '单位类型']);
  expect(rows).toHaveLength(2);
  expect(rows[1]?.[0]).toBe('宜丰县自然资源局');
});

test('a 名册 of 600 people scrolls to its end, and the last person can be edited there', async ({ page }) => {
  const directory = new DirectoryPage(page);
  await directory.openTab('人员');
  // 599 people surnamed 丁 (2 strokes) and one 戴 (17 strokes): 姓氏笔画 order puts 戴末位 last.
  const lines = Array.from(
    { length: 599 },
    (_, i) => `丁${String(i + 1).padStart(3, '0')},县人大代表,人大代表,`,
  );
  const csv = ['姓名,职务,类别,电话', ...lines, '戴末位,县人大代表,人大代表,', ''].join('\r\n');
  await directory.importFile({ name: '代表名单.csv', buffer: Buffer.from(csv, 'utf8') });
  await directory.dialog('导入人员').getByRole('button', { name: '导入 600 行有效数据' }).click();
  await expect(page.getByText('共 600 人')).toBeVisible();

  // The user scrolls to the end of the page: the last row is there, on screen, and acts as any other.
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 100_000);
  const last = directory.row('戴末位');
  await expect(last).toBeInViewport();
  await expect(directory.table().getByRole('row').last()).toContainText('戴末位');
  await page.getByRole('button', { name: '编辑 戴末位' }).click();
  await directory.dialog('编辑人员').getByLabel('职务').fill('县人大常委会委员');
  await directory.dialog('编辑人员').getByRole('button', { name: '保存' }).click();
  await expect(last).toContainText('县人大常委会委员');
});
