import { expect, test } from '@playwright/test';
import ExcelJS from '../src-renderer/src/spreadsheets/exceljs';
import { DataTable } from './pages/DataTable';
import { RectificationPage } from './pages/RectificationPage';
import { VotesPage } from './pages/VotesPage';

// 发文登记: every number of the shared registry — the demo's three 整改通知书 and a 测评结果通报 — with its kind,
// 主送机关, title, status (有效 / 作废 with the reason) and a link to its item or round; searched, filtered and
// exported to Excel. And the issue dialog's date check: a document dated before the latest number of its sequence
// and before the meeting it reports on is issued only after the user confirms.
test.use({ viewport: { width: 1366, height: 768 } });

test('发文登记 lists every number, results notices included, and the issue dialog checks the date', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') });
  const app = new RectificationPage(page);
  const votes = new VotesPage(page);

  // Empty state, before anything is numbered.
  await app.open('/rectification/register');
  await expect(page.getByText('还没有使用过发文字号')).toBeVisible();

  await app.loadDemo();
  // The 测评结果通报 takes the next number of the registry the demo's notices use.
  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).first().click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '优化营商环境工作评议满意度测评' }).click();
  await page.getByRole('button', { name: '导出结果通报' }).click();
  const exportDialog = app.dialog('导出测评结果通报');
  await app.download(() => exportDialog.getByRole('button', { name: '生成并保存' }).click());
  await expect(exportDialog).toBeHidden();

  await app.openNav();
  await page.getByRole('link', { name: '发文登记' }).click();
  await expect(page.getByRole('heading', { name: '发文登记', level: 2 })).toBeVisible();
  const register = new DataTable(page.getByRole('table', { name: '发文登记' }));
  await expect(register.rows()).toHaveCount(4);
  expect(await register.column('文种')).toEqual(['整改通知书', '整改通知书', '整改通知书', '测评结果通报']);
  const numbers = await register.column('发文字号');
  expect(numbers[3]).toMatch(/^宜人常发〔2026〕4号$/);
  const notice = register.rows().nth(3);
  await expect(notice).toContainText('各被评议单位');
  await expect(notice).toContainText('关于优化营商环境工作评议满意度测评结果的通报');
  await expect(notice).toContainText('有效');

  // The link of the first number opens its item; voiding it there shows 作废 and the reason in the register.
  const first = register.rows().first();
  const unit = (await first.getByRole('link').textContent()) ?? '';
  await first.getByRole('link').click();
  await expect(page.getByRole('region', { name: '办理记录' })).toBeVisible();
  await page.getByRole('region', { name: '印发的文件' }).getByRole('button', { name: '作废文号' }).click();
  const voidDialog = app.dialog(/作废文号/);
  await voidDialog.getByRole('textbox', { name: '作废原因' }).fill('主送机关写错');
  await voidDialog.getByRole('button', { name: '作废文号' }).click();
  await expect(voidDialog).toBeHidden();
  await page.goBack();
  await expect(register.rows().first()).toContainText('作废');
  await expect(register.rows().first()).toContainText('主送机关写错');
  await expect(register.rows().first()).toContainText(unit);

  // Search and filters; nothing found says what to do.
  await page.getByRole('textbox', { name: '搜索' }).fill('通报');
  await expect(register.rows()).toHaveCount(1);
  await page.getByRole('textbox', { name: '搜索' }).fill('写错');
  await expect(register.rows()).toHaveCount(1);
  await page.getByRole('textbox', { name: '搜索' }).fill('没有这个文号');
  await expect(register.rows()).toHaveCount(0);
  await expect(page.getByText('没有符合条件的文号')).toBeVisible();
  await page.getByRole('textbox', { name: '搜索' }).fill('');
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '2026年' }).click();
  await expect(register.rows()).toHaveCount(4);

  // Excel: a title row, the header, real dates.
  const file = await app.download(() => page.getByRole('button', { name: '导出 Excel' }).click());
  expect(file.name).toBe('宜丰县人大常委会发文登记（2026年）.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(file.buffer).buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet?.getCell('A1').value).toBe('宜丰县人大常委会发文登记（2026年）');
  expect(sheet?.getCell('A2').value).toBe('发文字号');
  expect(sheet?.getCell('B3').type).toBe(ExcelJS.ValueType.Date);
  expect(sheet?.getCell('F3').value).toBe('作废');
  expect(sheet?.pageSetup.orientation).toBe('landscape');

  // The issue dialog: the inquiry meets in a week, so a notice on its problems dated today is dated before the
  // meeting; dated in January it is also earlier than the latest number (the results notice, dated today). It is
  // issued only once the user confirms, and a new warning needs a new confirmation.
  await app.open('/activities');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await app.openTab('整改');
  await page.getByRole('button', { name: '从询问问题生成' }).click();
  await app.dialog('从询问问题生成整改事项').getByRole('button', { name: '生成 6 项整改事项' }).click();
  await app.openNav();
  await app.select('县林业局');
  await page.getByRole('button', { name: '交办并印发文件…' }).click();
  const issue = app.dialog(/交办并印发文件/);
  await issue.getByRole('radio', { name: '整改通知书' }).check();
  const issueButton = issue.getByRole('button', { name: '下一步：样稿' });
  const check = issue.getByRole('alert', { name: '请核对日期' });
  const confirm = check.getByRole('checkbox', { name: '已核对，仍按上述日期印发' });
  await expect(check).toContainText(
    '成文日期2026年11月29日早于所报告的促进绿色矿山建设专题询问（2026年12月6日召开）',
  );
  await expect(check).not.toContainText('上一个文号');
  await expect(issueButton).toBeDisabled();
  await confirm.check();
  await expect(issueButton).toBeEnabled();
  await issue.getByLabel('成文日期（也是交办日期）').fill('2026-01-05');
  await expect(check).toContainText('早于本序列上一个文号宜人常发〔2026〕4号的日期（2026年11月29日）');
  await expect(confirm).not.toBeChecked();
  await expect(issueButton).toBeDisabled();
  await confirm.check();
  await issueButton.click();
  await app.takeNumbers('整改通知书');
  const result = new DataTable(app.dialog('文件已印发').getByRole('table', { name: '已印发的文件' }));
  await expect(result.rows().first()).toBeVisible();
  expect(await result.column('发文字号')).toEqual(['宜人常发〔2026〕5号']);
});
