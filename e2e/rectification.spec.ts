import { DataTable } from './pages/DataTable';
import { expect, test, type Page } from '@playwright/test';
import { readWorkbookRows } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { RectificationPage } from './pages/RectificationPage';
import { VotesPage } from './pages/VotesPage';

// From an evaluation's published result to the ledger, on a fake clock: items for the bottom 3, three notices
// numbered in sequence, a satisfied and an unsatisfied vote on two reports, months passing, the third overdue.
const shot = (name: string) => ({ path: `test-results/screens/rect-journey-${name}.png`, fullPage: true });
const UNITS = ['县商务局', '县财政局', '县税务局', '县公安局'];
// 8 ballots over the 4 units (keys: 1 满意, 2 基本满意, 3 不满意): 县商务局 first, the other three ranked below.
const BALLOTS = ['1111', '1112', '1122', '1123', '1123', '1223', '1233', '1333'];

test.use({ viewport: { width: 1366, height: 768 } });

/** A new evaluation of four units with one group, 8 ballots typed, closed and published. */
async function publishedEvaluation(page: Page): Promise<void> {
  const activities = new ActivityPages(page);
  const votes = new VotesPage(page);
  await activities.startNew('工作评议');
  await activities.fill('主题', '优化营商环境（第二批）');
  await activities.fill('日期', '2026-12-01');
  await activities.choose('被评议单位', UNITS);
  await activities.save();
  await activities.expectDetail('优化营商环境（第二批）');
  await votes.openVotesTab();
  await votes.newRound();
  await votes.removeGroup('人大代表');
  await votes.removeGroup('服务对象');
  await votes.setGroupWeight('常委会组成人员', 100);
  await votes.createRound();
  await votes.fillCount('常委会组成人员', '应到人数', 10);
  await votes.fillCount('常委会组成人员', '实到人数', 8);
  await votes.startRound();
  for (const keys of BALLOTS) await votes.typeBallot(keys);
  // Every typed ballot saved before the returned count is typed.
  await expect(votes.progress()).toHaveText('已录入 8 张 / 发出 8 张');
  await votes.close({ 常委会组成人员: 8 });
  await votes.publish();
  await page.getByRole('link', { name: '← 返回测评列表' }).click();
}

/** 开始测评 on the item page, then on the round page: 15 entitled, 13 present, 13 ballots of `key`, published. */
async function voteOnReport(page: Page, key: '1' | '3'): Promise<void> {
  const app = new RectificationPage(page);
  const votes = new VotesPage(page);
  const itemUrl = page.url();
  await app.act('开始测评', '新建测评');
  await expect(votes.stage()).toContainText('整改情况报告满意度测评');
  await votes.fillCount('常委会组成人员', '应到人数', 15);
  await votes.fillCount('常委会组成人员', '实到人数', 13);
  await votes.startRound();
  for (let n = 0; n < 13; n += 1) await votes.typeBallot(key);
  await expect(votes.progress()).toHaveText('已录入 13 张 / 发出 13 张');
  await votes.close({ 常委会组成人员: 13 });
  await votes.publish();
  await page.goto(itemUrl);
  await expect(page.getByRole('region', { name: '整改报告测评' })).toContainText('结果已公布');
}

test('evaluation result → items → numbered notices → report votes → overdue → ledger', async ({ page }) => {
  // Months of follow-up through many screens: allow more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-12-01T09:00:00+08:00') });
  const app = new RectificationPage(page);
  // The demo issued 宜人常发〔2026〕1–3号 on 2026-11-03, so this batch continues at 4.
  await app.loadDemo();
  await publishedEvaluation(page);

  await app.openTab('整改');
  await app.generateFromRound(3);
  const items = new DataTable(app.itemsTable());
  await expect(items.rows()).toHaveCount(3);
  const units = await items.column('单位');
  expect([...units].sort()).toEqual(UNITS.slice(1).sort());
  await page.getByRole('checkbox', { name: '选择全部' }).check();
  const numbers = await app.issueSelected('整改通知书');
  expect(numbers).toEqual(['宜人常发〔2026〕4号', '宜人常发〔2026〕5号', '宜人常发〔2026〕6号']);
  const issued = new DataTable(page.getByRole('table', { name: '已印发的文件' }));
  expect(await issued.column('单位')).toEqual(units);
  await page.screenshot(shot('issued'));
  const combined = await app.download(() => page.getByRole('button', { name: '合并保存为一个文件' }).click());
  expect(combined.name).toBe('宜人常发〔2026〕4号至6号（共3份）.docx');
  expect(combined.buffer.subarray(0, 2).toString()).toBe('PK');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(items.rows().first()).toContainText('已交办');

  // Plan and report received for the first two; the first report satisfies, the second does not.
  const [satisfied, unsatisfied, third] = units as [string, string, string];
  for (const [unit, key] of [
    [satisfied, '1'],
    [unsatisfied, '3'],
  ] as const) {
    await app.openNav();
    await app.openItem(unit);
    await app.act('收到整改方案', '登记');
    await app.act('收到整改报告', '登记', '报送整改情况报告');
    await voteOnReport(page, key);
    await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: '记录测评结果' }).click();
    const outcome = app.dialog('登记测评结果');
    await expect(outcome).toContainText(key === '1' ? '满意（办结）' : '不满意（退回整改）');
    await page.screenshot(shot(`outcome-${key}`));
    await outcome.getByRole('button', { name: '登记', exact: true }).click();
    await expect(outcome).toBeHidden();
    await expect(app.status()).toContainText(key === '1' ? '办结' : '整改中');
  }
  await expect(page.getByRole('region', { name: '期限' })).toContainText('测评次数1 次');
  await page.screenshot(shot('unsatisfied'));

  // Four months later: the third unit never sent its plan (due 2026-12-16); 106 days overdue on 2027-04-01.
  await page.clock.fastForward(121 * 24 * 3600 * 1000);
  await app.open('/');
  await page.reload();
  const overdue = app.attention('已逾期');
  await expect(overdue).toContainText(third);
  await expect(overdue.getByRole('link', { name: third }).locator('xpath=..')).toContainText(
    '整改方案已逾期 106 天',
  );
  await page.screenshot(shot('home-overdue'));

  // The ledger of the evaluation: all three with their statuses, on screen and in the .xlsx.
  await app.open('/activities');
  await page.getByRole('link', { name: '优化营商环境（第二批）' }).click();
  await app.openTab('整改');
  await page.getByRole('button', { name: '台账' }).click();
  const expected: Record<string, string> = {
    [satisfied]: '办结',
    [unsatisfied]: '整改中',
    [third]: '已交办',
  };
  const ledgerRows = app.ledger().locator('tbody tr');
  await expect(ledgerRows).toHaveCount(3);
  for (const [unit, status] of Object.entries(expected)) {
    await expect(ledgerRows.filter({ hasText: unit }).getByTestId('ledger-status')).toHaveText(
      new RegExp(`^${status}`),
    );
  }
  await page.screenshot(shot('ledger'));
  const sheet = await app.download(() => page.getByRole('button', { name: '导出 Excel' }).click());
  expect(sheet.name).toBe('宜丰县人大常委会优化营商环境（第二批）工作评议整改情况跟踪台账.xlsx');
  const table = await readWorkbookRows(sheet.buffer);
  // a title row, then the header
  expect(table[0]?.[0]).toBe('宜丰县人大常委会优化营商环境（第二批）工作评议整改情况跟踪台账');
  const statusColumn = table[1]?.indexOf('状态') ?? -1;
  expect(statusColumn).toBeGreaterThan(0);
  const byUnit = Object.fromEntries(table.slice(2).map((row) => [row[1], row[statusColumn]]));
  expect(byUnit).toEqual(expected);
});
