import { expect, test, type Page } from '@playwright/test';
import { unitsWorkbookWithOneBadRow } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { DirectoryPage } from './pages/DirectoryPage';

// The home page's first-run checklist (准备步骤): 机关名称与文号前缀 → 名册 → 活动 → 询问提纲 → 议程, each
// ticked from the data and linking to where it is done.
const STEPS = ['机关名称与文号前缀', '名册', '活动', '询问提纲', '议程'];

function checklist(page: Page) {
  return page.getByRole('region', { name: '准备步骤' });
}

function step(page: Page, label: string) {
  return checklist(page).getByRole('listitem', { name: label, exact: true });
}

/** Each step's state, in order: 已完成 / 未完成. */
async function expectStates(page: Page, states: ('已完成' | '未完成')[]) {
  await expect(checklist(page).getByRole('listitem')).toHaveCount(STEPS.length);
  for (const [i, label] of STEPS.entries()) await expect(step(page, label)).toContainText(states[i]!);
}

async function follow(page: Page, label: string, route: RegExp) {
  await page.goto('/#/');
  await step(page, label).getByRole('link', { name: label, exact: true }).click();
  await expect(page).toHaveURL(route);
}

test('on an empty database every step is undone; 设置 ticks the first; the demo completes them all', async ({
  page,
}) => {
  const app = new ActivityPages(page);
  await app.open('/');
  await expect(page.getByText('欢迎使用询评')).toBeVisible();
  await expect(page.getByRole('button', { name: '加载示例数据' })).toBeVisible();
  await expectStates(page, ['未完成', '未完成', '未完成', '未完成', '未完成']);
  await expect(checklist(page)).toContainText('已完成 0/5');
  // The next step offers a button of its own.
  await expect(step(page, '机关名称与文号前缀').getByRole('link', { name: '去完成' })).toBeVisible();

  await follow(page, '名册', /#\/directory\/people$/);
  await follow(page, '活动', /#\/activities\/new$/);
  // No inquiry yet: its steps say to create one first.
  await follow(page, '询问提纲', /#\/activities\/new$/);
  await follow(page, '机关名称与文号前缀', /#\/settings$/);

  await page.getByLabel(/^发文机关标志/).fill('宜丰县人民代表大会常务委员会');
  await page.getByLabel(/^函的发文字号前缀/).fill('宜人常函');
  await page.getByLabel(/^通知的发文字号前缀/).fill('宜人常发');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(app.notification('设置已保存')).toBeVisible();
  await app.nav('首页');
  await expectStates(page, ['已完成', '未完成', '未完成', '未完成', '未完成']);
  await expect(checklist(page)).toContainText('已完成 1/5');
  await expect(step(page, '名册').getByRole('link', { name: '去完成' })).toBeVisible();

  // Settings alone leave the database empty: the welcome still offers the demo, which completes every step.
  await page.getByRole('button', { name: '加载示例数据' }).click();
  await expect(app.notification('示例数据已加载')).toBeVisible();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();
  await expect(page.getByText('当前活动')).toBeVisible();
  await expect(checklist(page)).toBeHidden();
});

test("a new inquiry's steps link to its 询问提纲 and 议程 tabs and are ticked from what it holds", async ({
  page,
}) => {
  const directory = new DirectoryPage(page);
  await directory.open('/directory/units');
  await directory.importFile({ name: '应询单位.xlsx', buffer: await unitsWorkbookWithOneBadRow() });
  await directory.dialog('导入单位').getByRole('button', { name: '导入 4 行有效数据' }).click();
  await expect(directory.notification('已导入 4 个单位')).toBeVisible();

  const activities = new ActivityPages(page);
  await activities.startNew('专题询问');
  await activities.fill('主题', '促进绿色矿山建设');
  await activities.fill('日期', '2026-12-06');
  await activities.choose('应询单位', ['县自然资源局']);
  await activities.save();
  await activities.expectDetail('促进绿色矿山建设');
  const detail = page.url().replace(/\/$/, '');

  await activities.nav('首页');
  // Units but no people: the 名册 is not done.
  await expectStates(page, ['未完成', '未完成', '已完成', '未完成', '未完成']);
  await follow(page, '名册', /#\/directory\/people$/);
  await follow(page, '询问提纲', new RegExp(`${escape(detail)}/questions$`));
  await expect(page.getByRole('tab', { name: '询问提纲', selected: true })).toBeVisible();
  await follow(page, '议程', new RegExp(`${escape(detail)}/agenda$`));
  await expect(page.getByRole('tab', { name: '议程', selected: true })).toBeVisible();
  // Opening the 议程 gives the inquiry the usual agenda: the step is done, the question list still is not.
  await expect(page.getByRole('table', { name: '议程' })).toBeVisible();

  await activities.nav('首页');
  await expectStates(page, ['未完成', '未完成', '已完成', '未完成', '已完成']);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
