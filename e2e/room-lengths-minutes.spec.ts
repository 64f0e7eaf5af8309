import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (5, 6): timer lengths in minutes and seconds, 0 for no limit, the activity's lengths offered to
// the questions not yet asked; minutes on screen that list what was not asked and add up.
test.use({ viewport: { width: 1366, height: 768 } });

const MEETING_DAY = new Date('2026-12-06T09:00:00+08:00');

async function openQuestions(page: Page, activityId: string): Promise<Locator> {
  await page.goto(`/#/activities/${activityId}/questions`);
  const list = page.getByRole('table', { name: '询问提纲' });
  await expect(list).toBeVisible();
  return list;
}

/** The row of a question in 询问提纲. */
const questionRow = (list: Locator, order: number) =>
  list.getByRole('row', { name: `第 ${order} 题`, exact: true });

/** Jumps the fake clock (nothing on screen is checked meanwhile, so no redraw needs to run). */
async function skip(page: Page, seconds: number): Promise<void> {
  await page.clock.fastForward(seconds * 1000);
}

/** 3分20秒, 40秒, 1小时5分钟 or — back to seconds. */
function seconds(text: string): number {
  if (text.trim() === '—') return 0;
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
  return part('小时') * 3600 + part('分') * 60 + part('秒');
}

test('a 1:30 answer goes overtime after 90 s; a 0 length counts up with no overtime', async ({ page }) => {
  await page.clock.install({ time: MEETING_DAY });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();

  // Question 1: 提问 without limit (0), 回答 1:30; a length that is not one gets a clear message.
  const list = await openQuestions(page, activityId);
  await questionRow(list, 1).getByRole('button', { name: '编辑' }).click();
  const form = console.dialog('编辑第 1 题');
  await form.getByLabel('提问', { exact: true }).fill('0');
  await form.getByLabel('回答', { exact: true }).fill('1:30');
  await form.getByLabel('追问', { exact: true }).fill('两分钟');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(
    form.getByText('追问时长无法识别：请填分钟数（如 3）或 分:秒（如 1:30），0 表示不限时'),
  ).toBeVisible();
  await form.getByLabel('追问', { exact: true }).fill('2');
  await expect(form.getByLabel('回答', { exact: true })).toHaveValue('1:30');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(questionRow(list, 1)).toContainText('提问 不限时 / 回答 1:30 / 追问 2:00');

  await page.goto(`/#/console/${activityId}`);
  await expect(page.getByText('会议控制台', { exact: true })).toBeVisible();
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
  await console.press('Enter', 'Space');
  await expect(page.getByLabel('计划时长')).toHaveText('不限时（正计时）');
  await console.expectTimer('00:00', 'normal');
  // Past the usual 3 minutes and on: it counts up, never warns and never runs over.
  await console.runChecking(200, '03:19', 'normal');
  await console.runChecking(400, '09:59', 'normal');
  await expect(page.getByLabel('计时提示')).toBeHidden();

  await console.press('ArrowRight');
  await expect(console.phase()).toHaveText('回答');
  await expect(page.getByLabel('计划时长')).toHaveText('计划 1:30');
  await console.expectTimer('01:30', 'normal');
  await console.runChecking(90, '00:01', 'critical');
  await console.runChecking(2, '+00:01', 'overtime');
  await expect(page.getByLabel('计时提示')).toHaveText('超时');
});

test('editing the activity’s lengths offers to update the questions not yet asked', async ({ page }) => {
  await page.clock.install({ time: MEETING_DAY });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  // Question 1 is asked: its 提问 runs.
  await console.press('Enter', 'Space');

  await page.goto(`/#/activities/${activityId}/edit`);
  await page.getByLabel('回答', { exact: true }).fill('1:30');
  await page.getByRole('button', { name: '保存修改' }).click();
  const dialog = console.dialog('计时时长已修改');
  await expect(dialog).toContainText('回答：5:00 → 1:30');
  await expect(dialog).toContainText('还有 15 个未询问的问题');
  await expect(dialog.getByRole('button', { name: '仅用于新问题' })).toBeVisible();
  await dialog.getByRole('button', { name: '同时更新未询问的 15 个问题' }).click();
  await expect(console.notification('未询问的问题已按新的时长计时')).toBeVisible();

  const list = await openQuestions(page, activityId);
  await expect(questionRow(list, 1)).toContainText('回答 5:00');
  await expect(questionRow(list, 2)).toContainText('回答 1:30');
  await expect(questionRow(list, 16)).toContainText('回答 1:30');

  // The console: question 1 keeps its 5:00; question 2 answers in 1:30.
  await page.goto(`/#/console/${activityId}`);
  await expect(console.current()).toContainText('第 1 题');
  await console.press('ArrowRight');
  await expect(page.getByLabel('计划时长')).toHaveText('计划 5:00');
  await console.press('j', 'Enter', 'Space', 'ArrowRight');
  await expect(console.current()).toContainText('第 2 题');
  await expect(page.getByLabel('计划时长')).toHaveText('计划 1:30');
  await expect(console.timer()).toHaveText(/^01:[0-3]\d$/);
});

test('the minutes list the questions not asked, a deferred one included, and add up', async ({ page }) => {
  test.setTimeout(120_000); // a whole meeting, agenda item by agenda item
  await page.clock.install({ time: MEETING_DAY });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));

  await console.startAgendaItem('开场');
  await skip(page, 660); // 11 min of 10: 1 min over
  await console.startAgendaItem('政府汇报');
  await skip(page, 1200);
  await console.startAgendaItem('询问');
  // Question 1: 提问 3:20 (20 s over), then 暂缓, and never taken again.
  await console.press('Enter', 'Space');
  await skip(page, 200);
  await console.press('h');
  // Question 2: 提问 1:40, 回答 5:10 (10 s over).
  await console.press('Enter', 'Space');
  await expect(console.current()).toContainText('第 2 题');
  await skip(page, 100);
  await console.press('ArrowRight');
  await skip(page, 310);
  await console.press('j');
  // The confirmation needs the clock to flow for its transitions; 测评 may gain a second or two.
  await page.clock.resume();
  await console.startAgendaItem('满意度测评', { confirm: true });
  await console.repause();
  await skip(page, 1000); // 16:40 of 15 min
  await console.startAgendaItem('表态发言');
  // The speaker dialog needs the clock to flow for its transitions too.
  await page.clock.resume();
  await console.startStatement();
  await console.repause();
  await skip(page, 630); // 10:30 of 10 min (a second more or less: only the sums are checked)
  await console.press('s');
  await page.clock.resume();
  await page.getByRole('button', { name: '结束会议' }).click();
  await console.confirm('结束会议', '结束会议');

  await page.goto(`/#/activities/${activityId}/minutes`);
  // Question 1 was deferred and never taken again: only question 2 was asked.
  await expect(page.getByRole('group', { name: '已询问' })).toContainText('1 题');
  await expect(page.getByRole('group', { name: '会议日期' })).toContainText('2026年12月6日');

  const table = page.getByRole('table', { name: '逐项记录' });
  const body = table.locator('tbody tr');
  await expect(body).toHaveCount(5);
  await expect(body.nth(0)).toContainText('开场');
  await expect(body.nth(1)).toContainText('政府汇报');
  await expect(body.nth(2)).toContainText('5分10秒'); // question 2's answer
  await expect(body.nth(3)).toContainText('满意度测评');
  await expect(body.nth(4)).toContainText('表态发言');
  await expect(table).not.toContainText('提问 3分20秒'); // question 1, deferred and never resumed

  const overtime = await body.locator('td:nth-child(7)').allTextContents();
  const sum = overtime.reduce((total, cell) => total + seconds(cell), 0);
  expect(overtime.map(seconds)).toEqual([60, 0, 10, expect.any(Number), 30]);
  expect(seconds(overtime[3] ?? '')).toBeGreaterThanOrEqual(100);
  expect(seconds(overtime[3] ?? '')).toBeLessThanOrEqual(103);
  const figure = await page.getByRole('group', { name: '超时合计' }).innerText();
  expect(seconds(figure.replace('超时合计', ''))).toBe(sum);
  expect(seconds(await table.locator('tfoot th').last().innerText())).toBe(sum);

  const notAsked = page.getByRole('table', { name: '未询问的问题' });
  await expect(notAsked.locator('tbody tr')).toHaveCount(15);
  await expect(notAsked.getByRole('row').filter({ hasText: '暂缓后未再询问' })).toHaveCount(1);
  await expect(notAsked.locator('tbody tr').first()).toContainText('暂缓后未再询问');
  await expect(notAsked.locator('tbody tr').nth(1)).toContainText('未询问');
});
