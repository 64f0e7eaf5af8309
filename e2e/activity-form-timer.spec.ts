import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';

test('the 工作评议 form has no inquiry timer fields; the 专题询问 form has them', async ({ page }) => {
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('工作评议');
  await expect(page.getByRole('textbox', { name: '主题' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '计时时长' })).toHaveCount(0);
  await activities.startNew('专题询问');
  await expect(page.getByRole('heading', { name: '计时时长' })).toBeVisible();
});
