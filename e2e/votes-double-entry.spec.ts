import { expect, test, type Page } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

const UNITS = ['县发展和改革委员会', '县行政审批局', '县市场监督管理局'];

/** A three-unit, three-tier round of the 常委会组成人员 alone (双人复核 when asked), started with 4 ballots issued. */
async function startRound(page: Page, votes: VotesPage, doubleEntry: boolean): Promise<void> {
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('工作评议');
  await activities.fill('主题', '三个单位评议');
  await activities.fill('日期', '2026-12-20');
  await activities.choose('被评议单位', UNITS);
  await activities.save();
  await activities.expectDetail('三个单位评议');
  await votes.openVotesTab();
  await votes.newRound();
  await votes.removeGroup('人大代表');
  await votes.removeGroup('服务对象');
  await votes.setGroupWeight('常委会组成人员', 100);
  if (doubleEntry) await page.getByRole('checkbox', { name: '双人复核' }).check();
  await votes.createRound();
  if (doubleEntry) await expect(page.getByLabel('双人复核')).toHaveText(/双人复核：开启/);
  await votes.fillCount('常委会组成人员', '应到人数', 5);
  await votes.fillCount('常委会组成人员', '实到人数', 4);
  await votes.startRound();
}

test('双人复核: two deliberate mismatches are found with their positions, resolved, and only then may the round close', async ({
  page,
}) => {
  const votes = new VotesPage(page);
  await startRound(page, votes, true);
  const progress = page.getByLabel('复核进度');

  // The first person types three papers.
  await votes.typeBallot('123');
  await votes.typeBallot('111');
  await votes.typeBallot('222');
  await expect(progress).toHaveText('已复核 0 / 3');

  // Closing is refused while no paper has been entered twice.
  await votes.close({ 常委会组成人员: 3 });
  const refusal = page.getByRole('region', { name: '收回并结束' }).getByRole('alert');
  await expect(refusal).toContainText('双人复核未完成：已复核 0 / 3 张，全部一致后才能结束');
  await expect(refusal).toContainText('第 1、2、3 张还没有复核录入');

  // The second person: the 复核录入 tab offers paper 1, then 2, then 3.
  await page.getByRole('tab', { name: '复核录入' }).click();
  const box = page.getByRole('group', { name: '复核录入测评票' });
  await expect(box).toBeFocused();
  await expect(box.getByLabel('录入位置')).toContainText('第 1 张');
  await page.keyboard.type('123');
  await page.keyboard.press('Enter');
  await expect(box.getByRole('status')).toHaveText('第 1 张复核一致');
  await expect(progress).toHaveText('已复核 1 / 3');
  await expect(box.getByLabel('录入位置')).toContainText('第 2 张');
  // Paper 2 read 113 (the first person typed 111); paper 3 read 322 (first: 222).
  await page.keyboard.type('113');
  await page.keyboard.press('Enter');
  await expect(box.getByRole('alert')).toContainText(
    '第 2 张两次录入不一致（第一次 / 复核）：第 3 项“县市场监督管理局”：满意 / 不满意',
  );
  await expect(box.getByLabel('录入位置')).toContainText('第 3 张');
  await page.keyboard.type('322');
  await page.keyboard.press('Enter');
  await expect(box.getByRole('alert')).toContainText('第 1 项“县发展和改革委员会”：基本满意 / 不满意');
  await expect(progress).toHaveText('已复核 1 / 3');

  const differing = page.getByRole('table', { name: '两次录入不一致的测评票' });
  await expect(differing.locator('tr')).toHaveCount(2);
  await expect(differing.locator('tr').nth(0)).toContainText('第 2 张');
  await expect(differing.locator('tr').nth(0)).toContainText('第 3 项“县市场监督管理局”：满意 / 不满意');
  await expect(differing.locator('tr').nth(1)).toContainText('第 3 张');
  await expect(differing.locator('tr').nth(1)).toContainText(
    '第 1 项“县发展和改革委员会”：基本满意 / 不满意',
  );
  await page.screenshot({ path: '/tmp/doubleentry/differences.png', fullPage: true });

  // Still refused, naming both papers and their positions.
  await votes.close({ 常委会组成人员: 3 });
  await expect(refusal).toContainText('已复核 1 / 3 张');
  await expect(refusal).toContainText('第 2 张两次录入不一致（第 3 项“县市场监督管理局”：满意 / 不满意）');
  await expect(refusal).toContainText(
    '第 3 张两次录入不一致（第 1 项“县发展和改革委员会”：基本满意 / 不满意）',
  );

  // Resolved against the papers: paper 2 as first typed, paper 3 as the second person read it.
  await differing.locator('tr').nth(0).getByRole('button', { name: '保留第一次' }).click();
  await expect(votes.dialog('裁定第 2 张')).toContainText('第一次录入：111；复核录入：113');
  await votes.confirm('裁定第 2 张', '保留第一次录入');
  await expect(progress).toHaveText('已复核 2 / 3');
  await differing.locator('tr').nth(0).getByRole('button', { name: '保留复核' }).click();
  await votes.confirm('裁定第 3 张', '保留复核录入');
  await expect(progress).toHaveText('已复核 3 / 3');
  await expect(page.getByLabel('未复核的测评票')).toHaveText('每张测评票都已复核录入。');
  // The focus is back in the box after the confirmation.
  await expect(box).toBeFocused();

  // The kept reading is the ballot.
  await page.getByRole('tab', { name: '录入', exact: true }).click();
  await expect(votes.recentBallots().locator('tr').first()).toHaveText(/第 3 张\s*322/);
  await expect(votes.recentBallots().locator('tr').nth(1)).toHaveText(/第 2 张\s*111/);

  await votes.close({ 常委会组成人员: 3 });
  await expect(votes.stage()).toContainText('已结束');
  const log = page.getByRole('table', { name: '操作记录' });
  await expect(log).toContainText('复核裁定');
  await expect(log).toContainText(
    '第 2 张两次录入不一致（第 3 项“县市场监督管理局”：满意 / 不满意），保留第一次录入：第一次 111，复核 113',
  );
  await expect(log).toContainText('保留复核录入：第一次 222，复核 322');
  await page.screenshot({ path: '/tmp/doubleentry/closed.png', fullPage: true });
});

test('the keys typed after any dialog or message of the round page go into the ballot', async ({ page }) => {
  const votes = new VotesPage(page);
  await startRound(page, votes, false);
  await page.keyboard.type('1');
  await expect(votes.entryPosition()).toContainText('第 2 / 3 项');

  // 重置 (a dialog asking why), cancelled with Esc.
  await page.getByRole('button', { name: '重置', exact: true }).click();
  await expect(votes.dialog('重置为设置中')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(votes.dialog('重置为设置中')).toBeHidden();
  await page.keyboard.type('2');
  await expect(votes.entryPosition()).toContainText('第 3 / 3 项');
  await expect(votes.entryPosition()).toContainText('12');

  // 进入评分模式, cancelled with its button.
  await page.getByRole('button', { name: '进入评分模式' }).click();
  await page.keyboard.press('Escape');
  await expect(votes.dialog('进入评分模式')).toBeHidden();
  await page.keyboard.type('3');
  await expect(votes.entryPosition()).toContainText('123');
  await page.keyboard.press('Enter');
  await expect(votes.entryBox().getByRole('status')).toHaveText('已保存第 1 张');

  // 收回并结束 refused (one ballot of four missing): the reason stays on the page, the keys go on into the box.
  await votes.close({ 常委会组成人员: 2 });
  await expect(page.getByRole('region', { name: '收回并结束' }).getByRole('alert')).toContainText(
    '还有 1 张未录入',
  );
  await page.keyboard.type('31');
  await expect(votes.entryPosition()).toContainText('第 2 张');
  await expect(votes.entryPosition()).toContainText('31');
});
