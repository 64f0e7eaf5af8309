import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (7): G asks before leaving the question item with questions waiting and never silently stops a
// running timer; the activity is 进行中 once the meeting started and 已结束 after 结束会议.
test('G asks before leaving questions or stopping a 表态发言; activity 进行中 then 已结束', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const agenda = page.getByRole('combobox', { name: '当前议程' });
  await console.startAgendaItem('询问');
  await expect(agenda).toHaveValue(/询问/);

  // Questions wait: G asks; Esc keeps the meeting on the question item.
  let before = await console.storedActions();
  await page.keyboard.press('g');
  const ask = console.dialog('离开当前议程');
  await expect(ask).toContainText('个问题没有询问');
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect(await console.storedActions()).toBe(before);
  await expect(agenda).toHaveValue(/询问/);
  await page.keyboard.press('g');
  await console.confirm('离开当前议程', '进入下一项议程');
  await expect(agenda).toHaveValue(/满意度测评/);

  // 表态发言: Y starts it; G asks before stopping its timer.
  await console.press('g');
  await expect(agenda).toHaveValue(/表态发言/);
  await console.startStatement();
  await expect(console.phase()).toHaveText('表态发言');
  before = await console.storedActions();
  await page.keyboard.press('g');
  await expect(ask).toContainText('「表态发言」正在计时');
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect(await console.storedActions()).toBe(before);
  await expect(console.phase()).toHaveText('表态发言');

  // The activity is 进行中 while the meeting runs, 已结束 after 结束会议.
  await page.goto(`/#/activities/${activityId}`);
  await expect(page.getByText('进行中', { exact: true }).first()).toBeVisible();
  await page.goto(`/#/console/${activityId}`);
  await page.getByRole('button', { name: '结束会议' }).click();
  // 结束会议 does not silently stop the running 表态发言 either.
  await expect(console.dialog('结束会议')).toContainText('「表态发言」正在计时');
  await console.confirm('结束会议', '结束会议');
  await expect(page.getByRole('button', { name: '会议已结束' })).toBeVisible();
  await page.goto(`/#/activities/${activityId}`);
  await expect(page.getByText('已结束', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('进行中', { exact: true })).toHaveCount(0);
});
