import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

test('a 3-unit round with 3 to flag: the setup warns, and the result flags nobody', async ({ page }) => {
  const votes = new VotesPage(page);
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('工作评议');
  await activities.fill('主题', '三个单位评议');
  await activities.fill('日期', '2026-12-20');
  await activities.choose('被评议单位', ['县财政局', '县商务局', '县公安局']);
  await activities.save();
  await activities.expectDetail('三个单位评议');
  await votes.openVotesTab();
  await votes.newRound();
  await votes.removeGroup('人大代表');
  await votes.removeGroup('服务对象');
  await votes.setGroupWeight('常委会组成人员', 100);
  await expect(page.getByRole('textbox', { name: '标记排名靠后的个数' })).toHaveValue('3');
  await expect(page.getByRole('alert', { name: '请注意' })).toContainText(
    '排名靠后的个数为 3，测评对象只有 3 个',
  );
  await votes.createRound();
  await votes.fillCount('常委会组成人员', '应到人数', 5);
  await votes.fillCount('常委会组成人员', '实到人数', 4);
  await votes.startRound();
  for (const keys of ['123', '113', '122', '111']) await votes.typeBallot(keys);
  await expect(votes.progress()).toHaveText('已录入 4 张 / 发出 4 张');
  await votes.close({ 常委会组成人员: 4 });
  await expect(votes.resultRows()).toHaveCount(3);
  await expect(votes.resultsTable().locator('tbody')).not.toContainText('排名靠后');
  for (let r = 0; r < 3; r += 1) await expect(votes.resultRows().nth(r).locator('td').nth(11)).toHaveText('');
  await expect(page.getByRole('region', { name: '测评结果' })).not.toContainText('排名靠后：');
});
