import { expect, test } from '@playwright/test';
import { RectificationPage } from './pages/RectificationPage';

// Screenshots of the rectification screens for people to look at (test-results/screens/rect-*.png), at the size
// of a meeting-room laptop. Each step asserts what a user would check first; nothing is compared with an image.
const shot = (name: string) => ({ path: `test-results/screens/rect-${name}.png`, fullPage: true });

test.use({ viewport: { width: 1366, height: 768 } });

test('rectification screens for review', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') });
  const app = new RectificationPage(page);
  await app.loadDemo();
  await expect(app.attention('已逾期')).toContainText('整改报告已逾期 3 天');
  await page.screenshot(shot('home'));

  await app.openNav();
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(3);
  await page.screenshot(shot('list'));

  await app.openItem('县供电公司');
  await expect(page.getByLabel('整改报告期限剩余时间')).toHaveText('已逾期 3 天');
  await page.screenshot(shot('item-overdue'));
  await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: '跟踪记录 ▾' }).click();
  await page.getByRole('menuitem', { name: '走访' }).click();
  await page.screenshot(shot('followup-dialog'));
  await page.keyboard.press('Escape');

  await app.openNav();
  await app.openItem('县住房和城乡建设局');
  await expect(page.getByRole('region', { name: '整改报告测评' })).toContainText('设置中');
  await page.screenshot(shot('item-voting'));

  await app.openNav();
  await app.openItem('县自然资源局');
  await expect(app.status()).toContainText('办结');
  await page
    .getByRole('row', { name: /收到整改报告/ })
    .getByRole('button', { name: '更正' })
    .click();
  await page.screenshot(shot('correct-dialog'));
  await page.keyboard.press('Escape');
  await page.screenshot(shot('item-closed'));

  await app.open('/activities');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await app.openTab('整改');
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(3);
  await page.screenshot(shot('tab'));
  await page.getByRole('button', { name: '台账' }).click();
  await expect(app.ledger().locator('tbody tr')).toHaveCount(3);
  await page.screenshot(shot('ledger'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '从测评结果生成' }).click();
  await expect(page.getByText('已有整改事项')).toHaveCount(3);
  await page.screenshot(shot('generate'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '手工添加' }).click();
  await page.screenshot(shot('manual'));
  await page.keyboard.press('Escape');

  // The inquiry: one item per unit asked, from its question list; one 交办函 for one of them.
  await app.open('/activities');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await app.openTab('整改');
  await expect(page.getByText('还没有整改事项')).toBeVisible();
  await page.getByRole('button', { name: '从询问问题生成' }).click();
  const generate = app.dialog('从询问问题生成整改事项');
  await expect(generate.getByRole('table').locator('tbody tr')).toHaveCount(6);
  await generate.getByRole('button', { name: '生成 6 项整改事项' }).click();
  await expect(app.itemsTable().locator('tbody tr')).toHaveCount(6);
  await app.select('县林业局');
  await page.getByRole('button', { name: '交办并印发文件…' }).click();
  await app.dialog('交办并印发文件').getByRole('radio', { name: '审议意见交办函' }).check();
  await page.screenshot(shot('issue-dialog'));
  // The demo's inquiry meets next week: a 函 on it dated today is issued once the date is confirmed.
  await app.confirmIssueDates('交办并印发文件');
  await app.dialog('交办并印发文件').getByRole('button', { name: '下一步：样稿' }).click();
  await page.screenshot(shot('issue-draft'));
  await app.takeNumbers('审议意见交办函');
  await expect(app.dialog('文件已印发')).toContainText('宜人常函〔2026〕1号');
  await page.getByRole('button', { name: '完成' }).click();
  await app.openItem('县林业局');
  await expect(page.getByRole('region', { name: '印发的文件' })).toContainText('审议意见交办函');
  await page.screenshot(shot('item-inquiry'));
});
