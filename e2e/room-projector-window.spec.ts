import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (8): P opens the projector once; pressing it again brings that window forward, neither a second
// window nor a reload of the first.
test('P twice: one projector window, focused again, not reloaded', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.openDemoInquiry();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const projector = await popup;
  await expect(projector.getByLabel('大屏')).toBeVisible();
  await projector.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
  });
  let opened = 0;
  page.context().on('page', () => (opened += 1));
  await page.bringToFront();
  await page.keyboard.press('p');
  await expect.poll(() => projector.evaluate(() => document.hasFocus())).toBe(true);
  expect(opened).toBe(0);
  expect(page.context().pages()).toHaveLength(2);
  expect(await projector.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});
