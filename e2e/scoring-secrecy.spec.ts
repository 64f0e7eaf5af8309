import { expect, test, type Page } from '@playwright/test';
import { DataTable } from './pages/DataTable';
import { MEMBERS, ScoringPage, type Choice } from './pages/ScoringPage';

// 评分模式 that nobody can watch: while members vote on screen no screen shows a count that moves with one
// ballot, only those signed in vote, leaving takes the PIN, and Back from 已提交 stays on the scoring screen.

const VOTES: [name: string, choices: Choice[]][] = [
  ['喻建平', ['满意', '满意', '基本满意', '满意', '弃权', '不满意']],
  ['晏小华', ['满意', '基本满意', '基本满意', '满意', '满意', '满意']],
  ['刘桂英', ['基本满意', '满意', '不满意', '满意', '满意', '弃权']],
];

/** What the page shows, with the one number allowed to move (已投 n) blanked out. */
async function shownText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  return text.replace(/已投 \d+ 人/g, '已投 # 人');
}

test('a second page watching the round while three members vote never shows a count that moves', async ({
  page,
  context,
}) => {
  const scoring = new ScoringPage(page);
  const votes = await scoring.openInquiryRound();
  const roundUrl = page.url();
  await scoring.enter(['喻建平', '晏小华', '刘桂英', '周晓燕'], '2468');
  const screenUrl = page.url();

  // The secretary's second window on the round page, and a third on the scoring screen.
  const watcher = await context.newPage();
  await watcher.goto(roundUrl);
  const watched = new ScoringPage(watcher);
  await expect(watched.panel().getByLabel('评分模式投票进度')).toHaveText('已投 0 人 / 实到 4 人');
  await expect(watched.panel()).toContainText('投票期间不显示票数');
  await expect(watcher.getByRole('button', { name: /临时结果/ })).toHaveCount(0);
  await expect(watcher.getByRole('region', { name: '测评结果' })).toHaveCount(0);
  await expect(watcher.getByRole('region', { name: '录入' })).toHaveCount(0);
  const screen = await context.newPage();
  await screen.goto(screenUrl);
  await expect(screen.getByLabel('投票进度', { exact: true })).toHaveText('已投 0 人 / 实到 4 人');
  const watcherBefore = await shownText(watcher);
  const screenBefore = await shownText(screen);

  for (const [i, [name, choices]] of VOTES.entries()) {
    await scoring.vote(name, choices);
    await page.getByRole('button', { name: '下一位' }).click();
    const progress = `已投 ${i + 1} 人 / 实到 4 人`;
    await expect(watched.panel().getByLabel('评分模式投票进度')).toHaveText(progress);
    await expect(screen.getByLabel('投票进度', { exact: true })).toHaveText(progress);
    // Nothing else moved: no count of a unit, no name leaving the list at the moment of the ballot.
    expect(await shownText(watcher)).toBe(watcherBefore);
    expect(await shownText(screen)).toBe(screenBefore);
    await expect(watched.signedIn()).toHaveCount(0);
    await expect(screen.getByRole('list', { name: '已签到的测评人' }).getByRole('listitem')).toHaveText([
      '喻建平',
      '晏小华',
      '刘桂英',
      '周晓燕',
    ]);
  }
  for (const unit of ['县自然资源局', '县水利局']) await expect(watcher.getByText(unit)).toHaveCount(0);

  // Leaving does not show the counts yet: they appear when the round is closed.
  await scoring.leave('2468');
  await expect(page.getByText('结束测评前不显示票数')).toBeVisible();
  await expect(page.getByRole('button', { name: /临时结果/ })).toHaveCount(0);
  await expect(votes.progress()).toHaveText('已录入 3 张 / 发出 4 张');
  await votes.close({ 常委会组成人员: 3 });
  const results = new DataTable(votes.resultsTable());
  await expect(results.rows()).toHaveCount(6);
  await expect(await results.cell(results.row('县工业和信息化局'), '满意')).toHaveText('3');
  await expect(await results.cell(results.row('县应急管理局'), '基本满意')).toHaveText('2');
  await expect(watcher.getByRole('table', { name: '测评结果表' })).toBeVisible();
});

test('only the members signed in can vote, and the list does not change when one votes', async ({ page }) => {
  const scoring = new ScoringPage(page);
  await scoring.openInquiryRound();
  await scoring.panel().getByRole('button', { name: '进入评分模式' }).click();
  const dialog = scoring.enterDialog();
  await expect(dialog.getByRole('group', { name: '签到名单' }).getByRole('checkbox')).toHaveCount(5);
  await expect(dialog.getByLabel('签到人数')).toHaveText('已签到 0 人 / 名单 5 人');
  await dialog.getByLabel('PIN', { exact: true }).fill('1357');
  await dialog.getByLabel('再次输入 PIN').fill('1357');
  await dialog.getByRole('button', { name: '进入评分模式' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请勾选到会的测评人（签到）');

  // 全选, then the two absent are unticked.
  await dialog.getByRole('checkbox', { name: '全选' }).check();
  await expect(dialog.getByLabel('签到人数')).toHaveText('已签到 5 人 / 名单 5 人');
  for (const name of ['周晓燕', '邓志勇'])
    await dialog.getByRole('checkbox', { name, exact: true }).uncheck();
  await expect(dialog.getByLabel('签到人数')).toHaveText('已签到 3 人 / 名单 5 人');
  await expect(dialog).toContainText('开始测评时填写的实到为 5 人，将改为 3 人');
  await dialog.getByRole('button', { name: '进入评分模式' }).click();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();

  await expect(scoring.signedIn()).toHaveText(['喻建平', '晏小华', '刘桂英']);
  await expect(scoring.screenProgress()).toHaveText('已投 0 人 / 实到 3 人');
  await page.getByRole('textbox', { name: '查找姓名' }).fill('周晓燕');
  await expect(
    page.getByText('签到名单中没有这个姓名。没有签到的不能投票，请与会务人员联系。'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: '查找姓名' }).fill('');

  await scoring.vote('喻建平', ['满意', '满意', '满意', '满意', '满意', '满意']);
  await page.getByRole('button', { name: '下一位' }).click();
  await expect(scoring.signedIn()).toHaveText(['喻建平', '晏小华', '刘桂英']);
  await expect(scoring.screenProgress()).toHaveText('已投 1 人 / 实到 3 人');
  await page.getByRole('list', { name: '已签到的测评人' }).getByRole('button', { name: '喻建平' }).click();
  await expect(page.getByRole('alert')).toContainText('喻建平已经投过票，每人只能投一次。');
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();

  // 实到 and 发出 come from the sign-in.
  await scoring.leave('1357');
  await expect(page.getByText('应到 5 人，实到 3 人，发出 3 张')).toBeVisible();
  await expect(scoring.panel().getByLabel('评分模式投票进度')).toHaveText('已投 1 人 / 实到 3 人');

  // Entering again starts from the sign-in kept; 喻建平, who voted, stays signed in.
  await scoring.panel().getByRole('button', { name: '进入评分模式' }).click();
  await expect(dialog.getByLabel('签到人数')).toHaveText('已签到 3 人 / 名单 5 人');
});

test('leaving scoring mode needs the PIN chosen when it was entered', async ({ page }) => {
  const scoring = new ScoringPage(page);
  await scoring.openInquiryRound();
  const dialog = scoring.enterDialog();
  await scoring.fillEntry('all', '12');
  await expect(dialog).toContainText('退出评分模式时必须输入这个 PIN');
  await dialog.getByRole('button', { name: '进入评分模式' }).click();
  await expect(dialog).toContainText('PIN 应为 4 至 6 位数字');
  await dialog.getByLabel('PIN', { exact: true }).fill('135790');
  await dialog.getByLabel('再次输入 PIN').fill('135791');
  await dialog.getByRole('button', { name: '进入评分模式' }).click();
  await expect(dialog).toContainText('两次输入的 PIN 不一致');
  await dialog.getByLabel('再次输入 PIN').fill('135790');
  await dialog.getByRole('button', { name: '进入评分模式' }).click();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();

  // A wrong PIN is refused, by the button or the hotkey, and the scoring screen stays.
  const exit = await scoring.tryLeave('000000');
  await expect(exit).toContainText('退出评分模式须输入进入时设置的 PIN');
  await expect(exit).toContainText('PIN 不正确，未退出评分模式');
  await exit.getByRole('button', { name: '继续评分' }).click();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  await expect(page).toHaveURL(/#\/scoring\//);
  const again = await scoring.tryLeave('1357', 'hotkey');
  await expect(again).toContainText('PIN 不正确，未退出评分模式');
  await again.getByLabel('PIN', { exact: true }).fill('135790');
  await again.getByRole('button', { name: '退出', exact: true }).click();
  await expect(scoring.panel()).toBeVisible();
  await expect(page).not.toHaveURL(/#\/scoring\//);
  const log = page.getByRole('table', { name: '操作记录' });
  await expect(log).toContainText('进入评分模式：签到 5 人');
  await expect(log).toContainText('退出评分模式');
  await expect(log).not.toContainText('135790');
});

test('Back from 已提交 returns to the scoring start screen, not to the round page', async ({ page }) => {
  const scoring = new ScoringPage(page);
  await scoring.openInquiryRound();
  await scoring.enter('all', '2468');
  await scoring.vote(MEMBERS[0] ?? '', ['满意', '满意', '满意', '满意', '满意', '满意']);
  await page.goBack();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  await expect(page).toHaveURL(/#\/scoring\//);
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '评分模式' })).toHaveCount(0);
  // Back again, or in the middle of a ballot: still the scoring screen, and nothing is cast.
  await scoring.checkIn(MEMBERS[1] ?? '');
  await scoring.choose(['满意', '满意']);
  await page.goBack();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  await expect(scoring.screenProgress()).toHaveText('已投 1 人 / 实到 5 人');
  // A typed address keeps this window on the scoring screen too.
  await page.goto('/#/activities');
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  // The secretary leaves with the PIN; then Back is free again.
  await scoring.leave('2468');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
});
