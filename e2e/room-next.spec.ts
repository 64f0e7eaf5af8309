import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (2): one meaning of "next". The highlighted row, the console's 下一题, the projector's 下一位 and
// what Enter takes are the same question, after ↓, 暂缓 (H), 跳过 (T) and 临时增加 (A) alike.
test.use({ viewport: { width: 1366, height: 768 } });

async function expectNext(console: ConsolePage, projector: Page, order: number): Promise<void> {
  const row = console.selectedRow();
  await expect(row).toHaveAttribute('aria-label', new RegExp(`^第 ${order} 题 `));
  await expect(row).toBeInViewport();
  const asker = await console.askerOf(row);
  await expect(console.current()).toContainText(`下一题：${asker} →`);
  await expect(projector.getByLabel('当前询问')).toContainText(`下一位：${asker} →`);
}

test('one next: highlight, 下一题, 下一位 and Enter agree after ↓, H, T and A', async ({ page }) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  await console.startAgendaItem('询问');
  await expectNext(console, projector, 1);

  // ↓↓↓: question 4 is next everywhere, and Enter takes it.
  await console.press('ArrowDown', 'ArrowDown', 'ArrowDown');
  await expectNext(console, projector, 4);
  await console.press('Enter', 'Space');
  await expect(console.current()).toContainText('第 4 题');

  // 暂缓: the next is the first waiting question in queue order (question 1), not the deferred one again.
  await console.press('h');
  await expectNext(console, projector, 1);
  await console.press('Enter');
  await expect(console.current()).toContainText('第 1 题');
  await console.press('Space', 'j');
  await expectNext(console, projector, 2);

  // 跳过 the highlighted question: the next waiting one is highlighted and named.
  await console.press('t');
  await expectNext(console, projector, 3);

  // 临时增加: the new question joins the queue; the announced next does not change.
  const dialog = await console.fillAddQuestion('临时问题');
  await dialog.getByRole('button', { name: '加入待询问' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('待询问').getByText('临时', { exact: true })).toHaveCount(1);
  await expectNext(console, projector, 3);
  await console.press('Enter');
  await expect(console.current()).toContainText('第 3 题');
  await console.press('Space', 'j');

  // Walking down the long queue keeps the highlight in view.
  for (let i = 0; i < 14; i += 1) await console.press('ArrowDown');
  await expect(console.selectedRow()).toBeInViewport();
  const asker = await console.askerOf(console.selectedRow());
  await expect(projector.getByLabel('当前询问')).toContainText(`下一位：${asker} →`);
});
