import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (1): while a dialog is open the console's keys do nothing; Enter (Ctrl+Enter in the text area)
// submits the dialog, Esc closes it.
test('keys behind a dialog: A adds with Enter, no question is taken, Space starts no timer', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  await console.startAgendaItem('询问');
  await expect(console.current()).toContainText('下一题');
  const queued = await page.getByLabel('待询问').getByRole('button').count();

  // Enter on 「加入待询问」: the question joins the queue, the dialog closes, nothing is taken behind it.
  let before = await console.storedActions();
  let dialog = await console.fillAddQuestion('临时问题一');
  await dialog.getByRole('button', { name: '加入待询问' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('待询问').getByRole('button')).toHaveCount(queued + 1);
  await expect.poll(() => console.storedActions()).toBe(before + 1);
  await expect(console.current()).toContainText('下一题');
  await expect(projector.getByLabel('当前询问')).toContainText('下一位');

  // Ctrl+Enter in the text area submits too.
  before = await console.storedActions();
  dialog = await console.fillAddQuestion('临时问题二');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('待询问').getByRole('button')).toHaveCount(queued + 2);
  await expect.poll(() => console.storedActions()).toBe(before + 1);
  await expect(console.current()).toContainText('下一题');

  // A question is on; with the dialog open Space starts no timer; Esc closes the dialog, then Space works.
  await console.press('Enter');
  await expect(console.current()).toContainText('第 1 题');
  before = await console.storedActions();
  await page.keyboard.press('a');
  dialog = console.dialog('临时增加问题');
  await expect(dialog).toBeVisible();
  await dialog.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await console.storedActions()).toBe(before);
  await expect(console.current()).toContainText('按空格开始提问');
  await expect(console.timer()).toHaveCount(0);
  await console.press('Space');
  await expect(console.phase()).toHaveText('提问');
});
