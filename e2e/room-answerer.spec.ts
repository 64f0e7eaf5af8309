import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12, new in the room: the 答询人提示屏, a screen facing the answer desk with only the phase and its
// time, huge, the level written and the whole ground in the level's colour. Opened from the console.
test('答询人提示屏: 等待开始, then the 提问 countdown, and 剩余1分钟 on a yellow ground at 60 s left', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: '答询人提示屏' }).click();
  const answerer = await popup;
  expect(answerer.url()).toContain(`#/answerer/${activityId}`);
  const screen = answerer.getByLabel('答询人提示屏');
  await expect(screen).toBeVisible();
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
  await page.bringToFront();
  const ground = () => screen.evaluate((el) => getComputedStyle(el).backgroundColor);

  // No timer yet: 等待开始, in grey, no clock.
  await expect(screen).toHaveText('等待开始');
  await expect(screen).toHaveAttribute('data-level', 'idle');
  await expect(answerer.getByRole('timer')).toBeHidden();

  // The question is taken and its 提问 starts: the phase and the demo's 3 minutes, counting down.
  await console.press('Enter', 'Space');
  await expect(answerer.getByLabel('阶段')).toHaveText('提问');
  await console.expectTimer('03:00', 'normal', answerer);
  await expect(screen).toHaveAttribute('data-level', 'normal');
  await console.runChecking(10, '02:51', 'normal', [answerer]);
  await console.expectTimer('02:50', 'normal', answerer);

  // At 60 s left: 剩余1分钟 written large, and the whole screen turns yellow.
  await console.runChecking(110, '01:01', 'normal', [answerer]);
  await console.expectTimer('01:00', 'warning', answerer);
  await expect(answerer.getByLabel('计时提示')).toHaveText('剩余1分钟');
  await expect(screen).toHaveAttribute('data-level', 'warning');
  expect(await ground()).toBe('rgb(255, 212, 59)');
});
