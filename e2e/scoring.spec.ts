import { DataTable } from './pages/DataTable';
import { expect, test } from '@playwright/test';
import { ScoringPage, type Choice } from './pages/ScoringPage';

// 评分模式: members vote one after another on the machine. The demo inquiry's per-unit round has six units and
// one group (常委会组成人员); its participants in that group are five members.
const VOTES: [name: string, choices: Choice[]][] = [
  ['喻建平', ['满意', '满意', '基本满意', '满意', '弃权', '不满意']],
  ['晏小华', ['满意', '基本满意', '基本满意', '满意', '满意', '满意']],
  ['刘桂英', ['基本满意', '满意', '不满意', '满意', '满意', '弃权']],
];

test('scoring mode: three members vote, a second vote is refused, the round page counts them', async ({
  page,
  context,
}) => {
  const scoring = new ScoringPage(page);
  const votes = await scoring.openInquiryRound();
  const panel = scoring.panel();
  await expect(panel.getByLabel('评分模式投票进度')).toHaveText('尚未签到');
  await scoring.enter('all', '2468');
  await expect(page).toHaveURL(/#\/scoring\//);
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  const signedIn = scoring.signedIn();
  await expect(signedIn).toHaveText(['喻建平', '晏小华', '刘桂英', '周晓燕', '邓志勇']);

  // A second screen (another window of the app) lets 喻建平 start a ballot before he votes on the first.
  const other = await context.newPage();
  await other.goto(page.url());
  const otherScreen = new ScoringPage(other);
  await otherScreen.checkIn('喻建平');
  await otherScreen.choose(['不满意', '不满意', '不满意', '不满意', '不满意', '不满意']);

  // Every subject needs a choice: submitting with one left says which.
  await scoring.checkIn('喻建平');
  const [, first] = VOTES[0] ?? ['', []];
  await scoring.choose(first.slice(0, 5));
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('第 6 项“县水利局”还没有选择；不评价的请选“弃权”');
  await scoring.choose(first);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '确认提交' })).toContainText(
    '满意 3 个，基本满意 1 个，不满意 1 个，弃权 1 个。',
  );
  await page.getByRole('dialog', { name: '确认提交' }).getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByRole('heading', { name: '已提交，谢谢！' })).toBeVisible();
  await page.getByRole('button', { name: '下一位' }).click();

  for (const [name, choices] of VOTES.slice(1)) {
    await scoring.vote(name, choices);
    await page.getByRole('button', { name: '下一位' }).click();
  }
  // The list does not change when someone votes; only the count does.
  await expect(signedIn).toHaveText(['喻建平', '晏小华', '刘桂英', '周晓燕', '邓志勇']);
  await expect(scoring.screenProgress()).toHaveText('已投 3 人 / 实到 5 人');

  // The fourth try: 喻建平 again. On the second screen his ballot is refused when submitted …
  await otherScreen.submit();
  await expect(other.getByRole('alert')).toHaveText('喻建平已经投过票，每人只能投一次，本次提交未计入');
  await other.close();
  // … and picking his name on the check-in screen says he has voted.
  await page.getByRole('textbox', { name: '查找姓名' }).fill('喻建平');
  await expect(signedIn).toHaveText(['喻建平']);
  await signedIn.getByRole('button', { name: '喻建平' }).click();
  await expect(page.getByRole('alert')).toContainText('喻建平已经投过票，每人只能投一次。');

  // The secretary leaves with Ctrl+Shift+Q and the PIN.
  await scoring.leave('2468', 'hotkey');
  await expect(page.getByLabel('评分模式投票进度')).toHaveText('已投 3 人 / 实到 5 人');
  await expect(votes.progress()).toHaveText('已录入 3 张 / 发出 5 张');
  const log = page.getByRole('table', { name: '操作记录' });
  await expect(log).toContainText('进入评分模式');
  await expect(log).toContainText('退出评分模式');
  for (const [name] of VOTES) await expect(log).not.toContainText(name);

  // No count is shown before the round is closed; then the result counts the three ballots (denominator 有效:
  // blanks left out).
  await expect(page.getByRole('button', { name: '查看临时结果（未公布）' })).toHaveCount(0);
  await votes.close({ 常委会组成人员: 3 });
  await expect(page.getByText('未公布 · 临时结果')).toBeVisible();
  const results = new DataTable(votes.resultsTable());
  const expected: [unit: string, counts: string[], score: string][] = [
    ['县工业和信息化局', ['3', '0', '0', '0', '0'], '100.00'],
    ['县林业局', ['2', '0', '0', '1', '0'], '100.00'],
    ['县生态环境局', ['2', '1', '0', '0', '0'], '86.67'], // equal ranks: by name in code-unit order
    ['县自然资源局', ['2', '1', '0', '0', '0'], '86.67'],
    ['县水利局', ['1', '0', '1', '1', '0'], '50.00'],
    ['县应急管理局', ['0', '2', '1', '0', '0'], '40.00'],
  ];
  await expect(results.rows()).toHaveCount(6);
  expect(await results.column('测评对象')).toEqual(expected.map(([unit]) => unit));
  const columns = ['满意', '基本满意', '不满意', '弃权', '无效'];
  for (const [unit, counts, score] of expected) {
    for (const [i, count] of counts.entries()) {
      await expect(await results.cell(results.row(unit), columns[i]!)).toHaveText(count);
    }
    await expect(await results.cell(results.row(unit), /得分$/)).toHaveText(score);
  }
});

test('scoring screens at 1366×768 and 1920×1080', async ({ page }) => {
  const scoring = new ScoringPage(page);
  await scoring.openInquiryRound();
  await scoring.enter('all', '2468');
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`scoring-checkin-${width}x${height}.png`) });
    await scoring.checkIn('周晓燕');
    await scoring.choose(['满意', '基本满意']);
    await page.screenshot({ path: test.info().outputPath(`scoring-ballot-${width}x${height}.png`) });
    await page.getByRole('button', { name: '返回签到' }).click();
    await page.getByRole('dialog', { name: '返回签到' }).getByRole('button', { name: '清除并返回' }).click();
  }
});
