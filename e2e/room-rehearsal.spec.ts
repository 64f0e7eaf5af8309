import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12, new in the room: 演练. The secretary practises on a throw-away copy of the meeting: a question
// taken, its timer run, the question finished, the projector opened; 结束演练 discards all of it. The real
// console then starts clean, the minutes are empty and the inquiry is still 筹备中.
test('演练: rehearse a question, end the rehearsal, and the meeting has not started', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
  const console = new ConsolePage(page);
  await console.loadDemo();
  await console.nav('活动');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await expect(page.getByText('筹备中')).toBeVisible();

  // 演练 opens the console on the copy, said in a banner that stays.
  await page.getByRole('button', { name: '演练', exact: true }).click();
  await expect(page).toHaveURL(/#\/rehearsal\/console\/[^/]+$/);
  const activityId = /#\/rehearsal\/console\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  const consoleBox = page.getByLabel('会议控制台');
  await expect(consoleBox).toHaveAttribute('data-mode', 'rehearsal');
  await expect(page.getByRole('status', { name: '演练中' })).toHaveText(
    '演练中：在副本上练习，不进入正式会议和会议记录',
  );
  await expect(page.getByRole('button', { name: '满意度测评' })).toHaveCount(0);
  const firstAsker = await console.askerOf(console.selectedRow());

  // Take the question, run its 提问, finish it.
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
  await console.press('Enter', 'Space');
  await console.expectTimer('03:00', 'normal');
  await console.runChecking(20, '02:41', 'normal');
  await console.press('j');
  await expect(console.selectedRow()).not.toContainText(firstAsker);
  expect(await console.storedActions()).toBe(3);

  // The rehearsal's projector: its own window, on the copy, marked 演练 discreetly.
  await page.clock.resume();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const projector = await popup;
  expect(projector.url()).toContain(`#/rehearsal/projector/${activityId}`);
  await expect(projector.getByLabel('大屏')).toBeVisible();
  await expect(projector.getByLabel('演练标记')).toHaveText('演练');
  await page.bringToFront();
  const answererPopup = page.waitForEvent('popup');
  await page.getByRole('button', { name: '答询人提示屏' }).click();
  const answerer = await answererPopup;
  expect(answerer.url()).toContain(`#/rehearsal/answerer/${activityId}`);
  await expect(answerer.getByLabel('演练标记')).toHaveText('演练');
  await page.bringToFront();

  // 结束演练 asks, then discards: back on the inquiry's page; the rehearsal's projector closes itself.
  await page.getByRole('button', { name: '结束演练' }).click();
  await console.confirm('结束演练', '结束并丢弃');
  await expect(page).toHaveURL(new RegExp(`#/activities/${activityId}$`));
  await expect.poll(() => projector.isClosed()).toBe(true);
  await expect.poll(() => answerer.isClosed()).toBe(true);
  await expect(page.getByText('筹备中')).toBeVisible();

  // The real console: nothing stored, the first question still next, no 演练 anywhere.
  await page.getByRole('button', { name: '进入会议控制台' }).click();
  await expect(consoleBox).toHaveAttribute('data-mode', 'meeting');
  expect(await console.storedActions()).toBe(0);
  await expect(console.selectedRow()).toContainText(firstAsker);
  await expect(page.getByRole('status', { name: '演练中' })).toHaveCount(0);
  await expect(page.getByText('会议未开始')).toBeVisible();

  // The minutes: nothing asked; the inquiry is still 筹备中.
  await page.goto(`/#/activities/${activityId}/minutes`);
  await expect(page.getByText('会议还没有开始')).toBeVisible();
  await expect(page.getByText('筹备中')).toBeVisible();

  // A rehearsal's console with no rehearsal behind it says so.
  await page.goto(`/#/rehearsal/console/${activityId}`);
  await expect(page.getByRole('heading', { name: '没有进行中的演练' })).toBeVisible();
});
