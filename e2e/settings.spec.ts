import { expect, test } from '@playwright/test';
import { ActivityPages } from './pages/ActivityPages';

test('settings are checked, saved, kept after a reload and used by new activities', async ({ page }) => {
  const app = new ActivityPages(page);
  await app.open('/settings');
  await expect(page.getByText('请先填写发文机关')).toBeVisible();
  await page.getByLabel(/^函的发文字号前缀/).fill('宜人常函〔2026〕');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('请填写发文机关名称')).toBeVisible();
  await expect(page.getByText('前缀只写机关代字')).toBeVisible();

  await page.getByLabel(/^发文机关标志/).fill('宜丰县人民代表大会常务委员会');
  await page.getByLabel(/^函的发文字号前缀/).fill('宜人常函');
  await page.getByLabel(/^通知的发文字号前缀/).fill('宜人常发');
  await expect(page.getByText('示例：宜人常函〔')).toBeVisible();
  await page.getByLabel('正文字体').fill('仿宋');
  await page.getByLabel('回答', { exact: true }).fill('1:30');
  await page.getByLabel('整改方案期限（天）').fill('10');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(app.notification('设置已保存')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(/^发文机关标志/)).toHaveValue('宜丰县人民代表大会常务委员会');
  await expect(page.getByLabel('正文字体')).toHaveValue('仿宋');
  await expect(page.getByLabel('回答', { exact: true })).toHaveValue('1:30');
  await expect(page.getByLabel('整改方案期限（天）')).toHaveValue('10');
  await expect(page.getByLabel('整改报告期限（月）')).toHaveValue('3');

  await app.startNew('专题询问');
  await expect(page.getByLabel('回答', { exact: true })).toHaveValue('1:30');
  await expect(page.getByLabel('提问', { exact: true })).toHaveValue('3:00');
});
