import { DataTable } from './pages/DataTable';
import { expect, test, type Page } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

// 评分模式: members vote one after another on the machine. The demo inquiry's per-unit round has six units and
// one group (常委会组成人员); its participants in that group are five members.
const UNITS = ['县自然资源局', '县生态环境局', '县应急管理局', '县工业和信息化局', '县林业局', '县水利局'];
type Choice = '满意' | '基本满意' | '不满意' | '弃权';
const VOTES: [name: string, choices: Choice[]][] = [
  ['喻建平', ['满意', '满意', '基本满意', '满意', '弃权', '不满意']],
  ['晏小华', ['满意', '基本满意', '基本满意', '满意', '满意', '满意']],
  ['刘桂英', ['基本满意', '满意', '不满意', '满意', '满意', '弃权']],
];

async function openInquiryRound(page: Page): Promise<VotesPage> {
  const votes = new VotesPage(page);
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.nav('活动');
  await activities.listRow('促进绿色矿山建设').getByRole('link').click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '促进绿色矿山建设专题询问应询单位满意度测评' }).click();
  await expect(page.getByRole('textbox', { name: '常委会组成人员应到人数' })).toHaveValue('5');
  await votes.fillCount('常委会组成人员', '实到人数', 5);
  await votes.startRound();
  return votes;
}

async function checkIn(page: Page, name: string): Promise<void> {
  await page.getByRole('list', { name: '未投票的测评人' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `我是${name}` })).toBeVisible();
  await page.getByRole('button', { name: '确认，开始投票' }).click();
  await expect(page.getByRole('heading', { name: '测评票（不记名）' })).toBeVisible();
}

async function choose(page: Page, choices: Choice[]): Promise<void> {
  for (const [i, choice] of choices.entries()) {
    await page
      .getByRole('radiogroup', { name: UNITS[i] })
      .getByRole('radio', { name: choice, exact: true })
      .click();
  }
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('dialog', { name: '确认提交' }).getByRole('button', { name: '确定提交' }).click();
}

test('scoring mode: three members vote, a second vote is refused, the round page counts them', async ({
  page,
  context,
}) => {
  const votes = await openInquiryRound(page);
  const panel = page.getByRole('region', { name: '评分模式' });
  await expect(panel.getByLabel('评分模式投票进度')).toHaveText('已投 0 人 / 应投 5 人');
  await panel.getByRole('button', { name: '进入评分模式' }).click();
  await page
    .getByRole('dialog', { name: '进入评分模式' })
    .getByRole('button', { name: '进入评分模式' })
    .click();
  await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  await expect(page).toHaveURL(/#\/scoring\//);
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  const waiting = page.getByRole('list', { name: '未投票的测评人' }).getByRole('listitem');
  await expect(waiting).toHaveText(['喻建平', '晏小华', '刘桂英', '周晓燕', '邓志勇']);

  // A second screen (another window of the app) lets 喻建平 start a ballot before he votes on the first.
  const other = await context.newPage();
  await other.goto(page.url());
  await checkIn(other, '喻建平');
  await choose(other, ['不满意', '不满意', '不满意', '不满意', '不满意', '不满意']);

  // Every subject needs a choice: submitting with one left says which.
  await checkIn(page, '喻建平');
  const [, first] = VOTES[0] ?? ['', []];
  await choose(page, first.slice(0, 5));
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('第 6 项“县水利局”还没有选择；不评价的请选“弃权”');
  await choose(page, first);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '确认提交' })).toContainText(
    '满意 3 个，基本满意 1 个，不满意 1 个，弃权 1 个。',
  );
  await page.getByRole('dialog', { name: '确认提交' }).getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByRole('heading', { name: '已提交，谢谢！' })).toBeVisible();
  await page.getByRole('button', { name: '下一位' }).click();

  for (const [name, choices] of VOTES.slice(1)) {
    await checkIn(page, name);
    await choose(page, choices);
    await submit(page);
    await expect(page.getByRole('heading', { name: '已提交，谢谢！' })).toBeVisible();
    await page.getByRole('button', { name: '下一位' }).click();
  }
  await expect(waiting).toHaveText(['周晓燕', '邓志勇']);
  await expect(page.getByLabel('已投票人数')).toHaveText('已投 3 人');

  // The fourth try: 喻建平 again. On the second screen his ballot is refused when submitted …
  await submit(other);
  await expect(other.getByRole('alert')).toHaveText('喻建平已经投过票，每人只能投一次，本次提交未计入');
  await other.close();
  // … and looking for his name on the check-in screen says he has voted.
  await page.getByRole('textbox', { name: '查找姓名' }).fill('喻建平');
  await expect(page.getByRole('alert')).toContainText('喻建平已经投过票，每人只能投一次。');
  await expect(waiting).toHaveCount(0);

  // The secretary leaves with Ctrl+Shift+Q, confirmed.
  await page.keyboard.press('Control+Shift+Q');
  await page
    .getByRole('dialog', { name: '退出评分模式' })
    .getByRole('button', { name: '退出', exact: true })
    .click();
  await expect(page.getByLabel('评分模式投票进度')).toHaveText('已投 3 人 / 应投 5 人');
  await expect(votes.progress()).toHaveText('已录入 3 张 / 发出 5 张');
  const log = page.getByRole('table', { name: '操作记录' });
  await expect(log).toContainText('进入评分模式');
  await expect(log).toContainText('退出评分模式');
  for (const [name] of VOTES) await expect(log).not.toContainText(name);

  // The provisional result counts the three ballots (denominator 有效: blanks left out).
  await page.getByRole('button', { name: '查看临时结果（未公布）' }).click();
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
  await openInquiryRound(page);
  await page.getByRole('region', { name: '评分模式' }).getByRole('button', { name: '进入评分模式' }).click();
  await page
    .getByRole('dialog', { name: '进入评分模式' })
    .getByRole('button', { name: '进入评分模式' })
    .click();
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`scoring-checkin-${width}x${height}.png`) });
    await checkIn(page, '周晓燕');
    await choose(page, ['满意', '基本满意']);
    await page.screenshot({ path: test.info().outputPath(`scoring-ballot-${width}x${height}.png`) });
    await page.getByRole('button', { name: '返回签到' }).click();
    await page.getByRole('dialog', { name: '返回签到' }).getByRole('button', { name: '清除并返回' }).click();
  }
});
