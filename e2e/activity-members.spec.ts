import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';

// 「加入全部常委会组成人员」 in the activity form (issue 12, preparation).
test('adding all 常委会组成人员 leaves out the chair, and the inquiry saves', async ({ page }) => {
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('专题询问');
  await activities.fill('主题', '推进农村人居环境整治');
  await activities.fill('日期', '2026-12-20');
  await activities.choose('主持人', ['黄振华']);
  await page.getByRole('button', { name: '加入全部常委会组成人员' }).click();

  // The demo's 名册 has 28 常委会组成人员; the chair presides and does not ask.
  await expect(page.getByText('询问人（已选 27 人）')).toBeVisible();
  await expect(page.getByText('已加入 27 人；主持人黄振华不作为询问人，未加入')).toBeVisible();
  await activities.save();

  await activities.expectDetail('推进农村人居环境整治');
});

test('adding all 常委会组成人员 with an empty 名册 says what to do', async ({ page }) => {
  const activities = new ActivityPages(page);
  await activities.startNew('专题询问');
  await page.getByRole('button', { name: '加入全部常委会组成人员' }).click();

  await expect(page.getByText('名册中还没有常委会组成人员，请先到名册添加或导入')).toBeVisible();
  await expect(page.getByRole('link', { name: '去名册' })).toHaveAttribute('href', /directory\/people/);
  await expect(page.getByText('询问人（已选 0 人）')).toBeVisible();
});
