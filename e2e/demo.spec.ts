import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';

test('the demo loads with one click and each activity opens', async ({ page }) => {
  const app = new ActivityPages(page);
  await app.loadDemo();
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible();

  await app.nav('活动');
  await expect(app.listRow('促进绿色矿山建设')).toContainText('专题询问');
  await expect(app.listRow('优化营商环境')).toContainText('工作评议');

  await app.listRow('促进绿色矿山建设').getByRole('link').click();
  await app.expectDetail('促进绿色矿山建设');
  const inquiryUnits = page.getByRole('table', { name: '应询单位' });
  await expect(inquiryUnits.getByRole('row')).toHaveCount(7); // header + 6 units
  for (const unit of [
    '县自然资源局',
    '县生态环境局',
    '县应急管理局',
    '县工业和信息化局',
    '县林业局',
    '县水利局',
  ]) {
    await expect(inquiryUnits).toContainText(unit);
  }
  await expect(page.getByRole('heading', { name: /询问人（\d+ 人）/ })).toBeVisible();

  await app.nav('活动');
  await app.listRow('优化营商环境').getByRole('link').click();
  await app.expectDetail('优化营商环境');
  await expect(page.getByRole('table', { name: '被评议单位' }).getByRole('row')).toHaveCount(17);
  await expect(page.getByRole('heading', { name: /测评人（\d+ 人）/ })).toBeVisible();
  await expect(page.getByText('服务对象（8 人）')).toBeVisible();

  await app.nav('设置');
  await expect(page.getByLabel('发文机关标志')).toHaveValue('宜丰县人民代表大会常务委员会');

  // The demo only goes into an empty database; the button is gone once there is data.
  await app.nav('首页');
  await expect(page.getByRole('button', { name: '加载示例数据' })).toHaveCount(0);
});
