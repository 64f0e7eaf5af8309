import { DataTable } from './pages/DataTable';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_UNITS_15 } from './fixtures/demoUnits';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

// Twelve units of the demo directory, in the order they are chosen: the order of the activity and the ballot.
const UNITS = DEMO_UNITS_15.slice(0, 12);

// Per unit, of 30 ballots: 满意 (key 1), 基本满意 (2), 不满意 (3), blank (0: 弃权), two ticks (9: 无效).
const TALLIES: [number, number, number, number, number][] = [
  [28, 2, 0, 0, 0],
  [26, 3, 0, 1, 0],
  [25, 4, 1, 0, 0],
  [24, 4, 1, 0, 1],
  [22, 6, 2, 0, 0],
  [20, 8, 1, 1, 0],
  [18, 10, 2, 0, 0],
  [16, 10, 3, 0, 1],
  [15, 12, 3, 0, 0],
  [12, 12, 5, 1, 0],
  [10, 12, 8, 0, 0],
  [8, 12, 8, 1, 1],
];

/** The 30 papers as typed: unit i's column of marks, rotated by 7 × i so no two papers are alike. */
function papers(): string[] {
  const columns = TALLIES.map(([s, b, u, a, v]) =>
    ['1'.repeat(s), '2'.repeat(b), '3'.repeat(u), '0'.repeat(a), '9'.repeat(v)].join(''),
  );
  return Array.from({ length: 30 }, (_, j) => columns.map((col, i) => col[(j + 7 * i) % 30]).join(''));
}

// Expected by hand. Denominator 有效 = 满意 + 基本满意 + 不满意 (blanks and double marks left out).
// 满意率 = (满意 + 基本满意) / 有效; 满意票率 = 满意 / 有效; 得分 = (100 × 满意 + 60 × 基本满意) / 有效.
// 等次 uses 应到 (35): 满意 > 17.5 → 满意; else 满意 + 基本满意 > 17.5 → 基本满意.
const EXPECTED: [
  rank: number,
  unit: string,
  rate: string,
  satisfied: string,
  score: string,
  outcome: string,
][] = [
  [1, '县发展和改革委员会', '100.00%', '93.33%', '97.33', '满意'], // 28/30; (2800 + 120)/30 = 97.333
  [2, '县行政审批局', '100.00%', '89.66%', '95.86', '满意'], // 29/29; 26/29; (2600 + 180)/29 = 95.862
  [3, '县市场监督管理局', '96.67%', '83.33%', '91.33', '满意'], // 29/30; 25/30; (2500 + 240)/30 = 91.333
  [4, '县住房和城乡建设局', '96.55%', '82.76%', '91.03', '满意'], // 28/29; 24/29; (2400 + 240)/29 = 91.034
  [5, '县税务局', '96.55%', '68.97%', '85.52', '满意'], // 28/29; 20/29; (2000 + 480)/29 = 85.517
  [6, '县自然资源局', '93.33%', '73.33%', '85.33', '满意'], // 28/30; 22/30; (2200 + 360)/30 = 85.333
  [7, '县人力资源和社会保障局', '93.33%', '60.00%', '80.00', '满意'], // 28/30; 18/30; (1800 + 600)/30 = 80
  [8, '县公安局', '89.66%', '55.17%', '75.86', '基本满意'], // 26/29; 16/29; (1600 + 600)/29 = 75.862
  [9, '县生态环境局', '90.00%', '50.00%', '74.00', '基本满意'], // 27/30; 15/30; (1500 + 720)/30 = 74
  [10, '县交通运输局', '82.76%', '41.38%', '66.21', '基本满意'], // 24/29; 12/29; (1200 + 720)/29 = 66.207
  [11, '县财政局', '73.33%', '33.33%', '57.33', '基本满意'], // 22/30; 10/30; (1000 + 720)/30 = 57.333
  [12, '县商务局', '71.43%', '28.57%', '54.29', '基本满意'], // 20/28; 8/28; (800 + 720)/28 = 54.286
];

async function newEvaluation(page: Page): Promise<void> {
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('工作评议');
  await activities.fill('主题', '十二个单位营商环境评议');
  await activities.fill('日期', '2026-12-20');
  await activities.choose('被评议单位', UNITS);
  await activities.save();
  await activities.expectDetail('十二个单位营商环境评议');
}

test('an evaluation of 12 units: 30 paper ballots by keyboard, close, publish, checked by hand', async ({
  page,
}) => {
  const votes = new VotesPage(page);
  await newEvaluation(page);
  await votes.openVotesTab();
  await expect(page.getByText('还没有测评')).toBeVisible();
  await votes.newRound();
  await expect(page.getByRole('table', { name: '测评对象' }).getByRole('textbox')).toHaveCount(12);
  await votes.removeGroup('人大代表');
  await votes.removeGroup('服务对象');
  await votes.setGroupWeight('常委会组成人员', 100);
  await expect(page.getByRole('combobox', { name: '满意率和得分的分母', exact: true })).toHaveValue(
    '有效（票数）',
  );
  await expect(page.getByRole('region', { name: '本轮使用的计票规则' })).toContainText(
    '得分 = Σ 档次分值 × 票数 ÷ 有效票数',
  );
  await votes.createRound();

  await votes.fillCount('常委会组成人员', '应到人数', 35);
  await votes.fillCount('常委会组成人员', '实到人数', 30);
  await expect(page.getByRole('textbox', { name: '常委会组成人员发出票数' })).toHaveValue('30');
  await votes.startRound();

  const typed = papers();
  for (const keys of typed) await votes.typeBallot(keys);
  await expect(votes.progress()).toHaveText('已录入 30 张 / 发出 30 张');
  await expect(page.getByRole('table', { name: '最近录入的测评票' })).toContainText('第 30 张');

  await votes.close({ 常委会组成人员: 30 });
  await expect(page.getByText('未公布 · 临时结果')).toBeVisible();
  await votes.publish();

  const check = async () => {
    const results = new DataTable(votes.resultsTable());
    await expect(results.rows()).toHaveCount(12);
    // Top to bottom in rank order, each figure under its heading.
    expect(await results.column('测评对象')).toEqual(EXPECTED.map(([, unit]) => unit));
    for (const [rank, unit, rate, satisfied, score, outcome] of EXPECTED) {
      const row = results.row(unit);
      await expect(await results.cell(row, '名次')).toHaveText(String(rank));
      await expect(await results.cell(row, /满意率$/)).toHaveText(rate);
      await expect(await results.cell(row, /满意票率$/)).toHaveText(satisfied);
      await expect(await results.cell(row, /得分$/)).toHaveText(score);
      await expect(await results.cell(row, '等次')).toHaveText(outcome);
      await expect(await results.cell(row, '排名靠后')).toHaveText(rank > 9 ? '排名靠后' : '');
    }
    // The last unit's counts: 8 满意, 12 基本满意, 8 不满意, 1 弃权, 1 无效.
    const last = results.row(EXPECTED[11]![1]);
    for (const [column, count] of [
      ['满意', '8'],
      ['基本满意', '12'],
      ['不满意', '8'],
      ['弃权', '1'],
      ['无效', '1'],
    ]) {
      await expect(await results.cell(last, column!)).toHaveText(count!);
    }
    await expect(page.getByLabel('校验码')).toContainText(/[0-9a-f]{64}/);
  };
  await check();
  await page.reload();
  await check();
  await expect(page.getByRole('button', { name: '在大屏显示' })).toBeVisible();
});

test('bad input: an unkeyed subject, no quorum, and more returned than issued', async ({ page }) => {
  const votes = new VotesPage(page);
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.nav('活动');
  await activities.listRow('促进绿色矿山建设').getByRole('link').click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '促进绿色矿山建设专题询问应询单位满意度测评' }).click();

  await votes.fillCount('常委会组成人员', '应到人数', 10);
  await votes.fillCount('常委会组成人员', '实到人数', 5);
  await expect(page.getByRole('region', { name: '开始测评' }).getByRole('alert')).toContainText(
    '实到 5 人，未超过应到 10 人的半数，不能进行测评',
  );
  await expect(
    page.getByRole('region', { name: '开始测评' }).getByRole('button', { name: '开始测评' }),
  ).toBeDisabled();
  await votes.fillCount('常委会组成人员', '实到人数', 8);
  await votes.startRound();

  await votes.typeBallot('11');
  await expect(votes.entryMessage()).toHaveText(
    '第 3 项“县应急管理局”还没有录入；未画记号的请按 0（弃权），多选的请按 9（无效）',
  );
  await votes.typeBallot('1090');
  await expect(votes.progress()).toHaveText('已录入 1 张 / 发出 8 张');

  await votes.close({ 常委会组成人员: 9 });
  const alert = page.getByRole('region', { name: '收回并结束' }).getByRole('alert');
  await expect(alert).toContainText('收回 9 张，多于发出的 8 张，本轮测评无效，应重新测评');
  await alert.getByRole('button', { name: '重置本轮，重新测评' }).click();
  await votes.confirm('本轮测评无效', '重置本轮，重新测评');
  await expect(page.getByRole('region', { name: '开始测评' })).toBeVisible();
  await expect(page.getByRole('table', { name: '操作记录' })).toContainText('收回 9 张，多于发出的 8 张');
});
