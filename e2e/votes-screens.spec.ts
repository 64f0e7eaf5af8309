import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

// Screenshots of the ballot-round screens for people to look at (test-results/screens/votes-*.png). Each step
// asserts what a user would check first; nothing is compared with a reference image.
const shot = (name: string) => ({ path: `test-results/screens/votes-${name}.png`, fullPage: true });

test('ballot round screens for review', async ({ page }) => {
  const votes = new VotesPage(page);
  const activities = new ActivityPages(page);
  await activities.loadDemo();

  // The demo evaluation's published round: table, groups, chart, rules and fingerprint.
  await activities.nav('活动');
  await activities.listRow('优化营商环境').getByRole('link').click();
  await votes.openVotesTab();
  await page.screenshot(shot('list'));
  await page.getByRole('link', { name: '优化营商环境工作评议满意度测评' }).click();
  await expect(votes.resultRows()).toHaveCount(16);
  await expect(votes.resultRows().nth(15)).toContainText('排名靠后');
  await page.getByRole('button', { name: /人大代表/ }).click();
  await page.screenshot(shot('results'));
  await page.getByRole('button', { name: '预览大屏' }).click();
  await expect(page.getByLabel('测评结果大屏')).toContainText('县供电公司');
  await page.screenshot(shot('projector-preview'));
  await page.keyboard.press('Escape');

  // A new round's setup with every rule.
  await activities.nav('活动');
  await activities.listRow('优化营商环境').getByRole('link').click();
  await votes.openVotesTab();
  await votes.newRound();
  await expect(page.getByRole('region', { name: '本轮使用的计票规则' })).toContainText('测评组及权重');
  await page.screenshot(shot('setup'));

  // Three groups opened; the first group's votes entered as hand-counted totals.
  await votes.createRound();
  await expect(page.getByRole('textbox', { name: '人大代表应到人数' })).toHaveValue('20');
  for (const [group, present] of [
    ['常委会组成人员', 26],
    ['人大代表', 18],
    ['服务对象', 8],
  ] as const) {
    await votes.fillCount(group, '实到人数', present);
  }
  await votes.startRound();
  await page.getByText('录入汇总数', { exact: true }).click();
  await page.getByRole('textbox', { name: '收回票数', exact: true }).fill('26');
  await page.getByRole('textbox', { name: '县发展和改革委员会满意', exact: true }).fill('20');
  await page.getByRole('textbox', { name: '县发展和改革委员会基本满意', exact: true }).fill('6');
  await page.getByRole('textbox', { name: '县行政审批局满意', exact: true }).fill('22');
  await expect(page.getByText('汇总数还对不上')).toBeVisible();
  await page.screenshot(shot('totals'));

  // The inquiry's round in draft: open it and type a few ballots.
  await activities.nav('活动');
  await activities.listRow('促进绿色矿山建设').getByRole('link').click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '促进绿色矿山建设专题询问应询单位满意度测评' }).click();
  await votes.fillCount('常委会组成人员', '应到人数', 28);
  await votes.fillCount('常委会组成人员', '实到人数', 25);
  await page.screenshot(shot('open'));
  await votes.startRound();
  for (const keys of ['111211', '112110', '121391', '111111']) await votes.typeBallot(keys);
  await page.keyboard.type('1123');
  await expect(votes.progress()).toHaveText('已录入 4 张 / 发出 25 张');
  await page.screenshot(shot('entry'));

  // Totals are refused while the group has ballots; after deleting them, the totals grid.
  await page.getByText('录入汇总数', { exact: true }).click();
  await expect(activities.notification('请先删除这些测评票')).toBeVisible();

  // A score sheet round: numbers per criterion, Enter moves on and saves after the last box.
  await activities.nav('活动');
  await activities.listRow('促进绿色矿山建设').getByRole('link').click();
  await votes.openVotesTab();
  await votes.newRound();
  await page.getByText('评分表（按项目打分）').click();
  await page.getByRole('textbox', { name: '测评名称' }).fill('应询单位评分');
  await votes.createRound();
  await votes.fillCount('常委会组成人员', '应到人数', 28);
  await votes.fillCount('常委会组成人员', '实到人数', 25);
  await page.getByRole('region', { name: '开始测评' }).getByRole('button', { name: '开始测评' }).click();
  await page.getByRole('textbox', { name: '县自然资源局依法履职' }).click();
  for (let unit = 0; unit < 6; unit += 1) {
    for (const points of ['22', '23.5', '20', '24']) {
      await page.keyboard.type(points);
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.getByRole('table', { name: '最近录入的测评票' })).toContainText('89.5 / 89.5');
  // A key that is not part of a score is refused with the valid keys named; a score over the maximum at once.
  const cell = page.getByRole('textbox', { name: '县自然资源局依法履职' });
  await cell.click();
  await page.keyboard.type('2x');
  await expect(cell).toHaveValue('2');
  const sheetMessage = page.getByRole('group', { name: '评分表录入' }).getByRole('alert');
  await expect(sheetMessage).toContainText('“x”不是分数：请按数字键 0–9');
  await page.keyboard.type('8');
  await expect(sheetMessage).toContainText('“依法履职”为 28 分，应在 0 至 25 分之间');
  await page.screenshot(shot('sheet'));
});
