import { expect, test } from '@playwright/test';
import { plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { ActivityPages } from './pages/ActivityPages';

// Issue 12, preparation: the 议程 has a 开始时间; each item shows when it starts, and the Word agenda prints it.
test('the agenda’s start time gives each item its start, on screen and in the Word agenda', async ({
  page,
}) => {
  const app = new ActivityPages(page);
  await app.loadDemo();
  await app.nav('活动');
  await app.listRow('促进绿色矿山建设').getByRole('link').click();
  await page.getByRole('tab', { name: '议程' }).click();
  const table = page.getByRole('table', { name: '议程' });
  const startOf = (row: number) => table.getByRole('row').nth(row).getByRole('cell').nth(1);
  await expect(startOf(1)).toHaveText('—');

  const start = page.getByRole('textbox', { name: '开始时间' });
  await start.fill('九点');
  await start.press('Enter');
  await expect(page.getByText('开始时间请填时:分，如 09:00 或 14:30')).toBeVisible();
  await expect(startOf(1)).toHaveText('—');

  await start.fill('9:00');
  await start.press('Enter');
  await expect(start).toHaveValue('09:00');
  await expect(page.getByText('开始时间请填时:分，如 09:00 或 14:30')).toBeHidden();
  // The usual agenda: 开场 10, 政府汇报 20, 询问 120 minutes.
  await expect(startOf(1)).toHaveText('09:00');
  await expect(startOf(2)).toHaveText('09:10');
  await expect(startOf(3)).toHaveText('09:30');
  await expect(startOf(4)).toHaveText('11:30');

  await page.reload();
  await expect(page.getByRole('textbox', { name: '开始时间' })).toHaveValue('09:00');
  await expect(startOf(3)).toHaveText('09:30');

  const agenda = await app.download(() => page.getByRole('button', { name: '导出议程' }).click());
  const text = plainText((await readDocx(new Uint8Array(agenda.buffer))).document);
  expect(text).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 09:00（/);
  expect(text).toContain('三、09:30\u3000询问（一问一答）');
});
