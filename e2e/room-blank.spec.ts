import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12, new in the room: the console's wall clock and the meeting's elapsed time, and K blanks the
// projector (pure black) and brings it back; the blank is stored, so a reload of either window keeps it.
test('K blanks the projector and brings it back; a reload keeps it black; the console shows the meeting clock', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
  await page.bringToFront();
  const screen = projector.getByLabel('大屏');
  const elapsed = page.getByLabel('会议已进行');
  const banner = page.getByRole('status', { name: '大屏已黑屏' });
  // The console's small copy of what the projector shows.
  const preview = page.locator('[aria-label="大屏预览"]');

  // The wall clock ticks; the elapsed time starts with the first agenda item.
  await expect(page.getByLabel('当前时间')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await expect(elapsed).toHaveText('会议未开始');
  await console.press('g');
  await console.run(65);
  await expect(elapsed).toHaveText('已进行 01:05');

  // A question is on; K blanks the projector: nothing but black, and the console says so.
  await console.press('g', 'Enter', 'Space');
  await expect(screen).toHaveAttribute('data-screen', 'question');
  await expect(preview).toHaveAttribute('data-screen', 'question');
  await expect(preview).toContainText('提问');
  await expect(banner).toBeHidden();
  await console.press('k');
  await expect(screen).toHaveAttribute('data-screen', 'blank');
  await expect(screen).toHaveText('');
  expect(await screen.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await expect(banner).toBeVisible();
  await expect(preview).toHaveAttribute('data-screen', 'blank');
  await expect(page.getByRole('button', { name: '恢复大屏' })).toHaveAttribute('aria-pressed', 'true');

  // Reloading either window keeps the projector black (the clock flows so the pages can start).
  await page.clock.resume();
  await projector.reload();
  await expect(projector.getByLabel('大屏')).toHaveAttribute('data-screen', 'blank');
  await page.reload();
  await expect(banner).toBeVisible();

  // K again: the room sees the question and its running timer again.
  await console.press('k');
  await expect(projector.getByLabel('大屏')).toHaveAttribute('data-screen', 'question');
  await expect(projector.getByRole('timer')).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(preview).toHaveAttribute('data-screen', 'question');
  await expect(page.getByRole('button', { name: '大屏黑屏' })).toHaveAttribute('aria-pressed', 'false');
});
