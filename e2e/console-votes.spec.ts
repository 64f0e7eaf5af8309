import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

test('the console starts a vote on the answer just given', async ({ page }) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  await console.press('Enter', 'Space', 'ArrowRight', 'j');
  await page.keyboard.press('v');
  const menu = console.dialog('满意度测评');
  await menu.getByRole('button', { name: '对第 1 题的回答测评' }).click();
  await expect(page).toHaveURL(new RegExp(`#/activities/${activityId}/votes/`));
  await expect(page.getByRole('heading', { level: 2 })).toContainText('第1题');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('县自然资源局');

  // The round is listed when the menu is opened again from the console.
  await page.goto(`/#/console/${activityId}`);
  await page.keyboard.press('v');
  await expect(console.dialog('满意度测评')).toContainText('第1题');
});

test('a published result shows on the projector only after 在大屏显示', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.loadDemo();
  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  const activityId = /#\/activities\/([^/?]+)/.exec(page.url())?.[1];
  const projector = await page.context().newPage();
  await projector.goto(`/#/projector/${activityId}`);
  await expect(projector.getByLabel('测评结果大屏')).toHaveCount(0);

  await page.getByRole('tab', { name: '测评' }).click();
  await page
    .getByRole('link', { name: /满意度测评/ })
    .first()
    .click();
  await page.getByRole('button', { name: '在大屏显示' }).click();
  const board = projector.getByLabel('测评结果大屏');
  await expect(board).toBeVisible();
  await expect(board).toContainText('县供电公司');
  await page.getByRole('button', { name: '取消大屏显示' }).click();
  await expect(board).toHaveCount(0);
});
