import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Screenshots of the console and the projector at the room's usual sizes, for a person to look at
// (test-results/screens). On a fake clock, a question in its last 30 s.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`console and projector screens at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
    const console = new ConsolePage(page);
    const activityId = await console.openDemoInquiry();
    const projector = await console.openProjectorPage(activityId);
    await projector.setViewportSize(size);
    await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
    await page.bringToFront();
    const name = (what: string) => `test-results/screens/${what}-${size.width}x${size.height}.png`;
    await console.press('g', 'g');
    await console.run(65);
    await projector.screenshot({ path: name('projector-agenda') });
    await console.startAgendaItem('询问');
    await projector.screenshot({ path: name('projector-next') });
    await console.press('Enter', 'Space');
    await console.run(155);
    await expect(projector.getByLabel('计时提示')).toHaveText('剩余30秒');
    await page.screenshot({ path: name('console-critical') });
    await projector.screenshot({ path: name('projector-critical') });
    await console.run(40);
    await expect(page.getByLabel('计时提示')).toHaveText('超时');
    await page.screenshot({ path: name('console-overtime') });
  });
}
