import { expect, test } from '@playwright/test';
import ExcelJS from '../src-renderer/src/spreadsheets/exceljs';
import { plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { RectificationPage } from './pages/RectificationPage';

// The reported case: on 2027-04-10 the ledger said 共 0 项 while items handed over in 2026 were still open. The
// ledger's scope is a choice — 全部未办结 (the default), 本年度, or a range of 交办 dates — and the files' titles
// say which; the Excel file has a title row, the 交办文号 and received dates, real dates, and prints landscape.
test.use({ viewport: { width: 1366, height: 768 } });

test('the ledger’s scope is a choice, 全部未办结 by default, and the files say which', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') });
  const app = new RectificationPage(page);
  await app.loadDemo();
  // Months later, in the next year: the demo's items were handed over in 2026.
  await page.clock.setSystemTime(new Date('2027-04-10T09:00:00+08:00'));
  await page.reload();
  // The home page: the demo's report vote has waited months for its result (等待过久); its round page links back.
  const waiting = page.getByRole('region', { name: '等待过久' });
  await expect(waiting).toContainText(/测评中已 \d+ 天，结果尚未公布/);
  const unit = (await waiting.getByRole('link').first().textContent()) ?? '';
  await waiting.getByRole('link').first().click();
  await page
    .getByRole('region', { name: '整改报告测评' })
    .getByRole('link', { name: /整改情况报告满意度测评/ })
    .click();
  await expect(page.getByText('整改事项：')).toBeVisible();
  await page.getByRole('link', { name: unit, exact: true }).click();
  await expect(page.getByRole('region', { name: '办理记录' })).toBeVisible();

  await app.openNav();
  await page.getByRole('button', { name: '台账' }).click();
  const ledger = app.dialog(/整改情况跟踪台账/);
  const rows = app.ledger().locator('tbody tr');

  await expect(ledger.getByRole('radio', { name: '全部未办结' })).toBeChecked();
  await expect(page.getByRole('heading', { name: '整改情况跟踪台账（全部未办结）' })).toBeVisible();
  const open = await rows.count();
  expect(open).toBeGreaterThan(0);
  await expect(ledger.getByText(`共 ${open} 项`)).toBeVisible();
  await expect(rows.first()).toContainText('宜人常发');

  // 本年度 (2027): nothing was handed over this year, and the dialog says what to do.
  await ledger.getByText('本年度（2027年）').click();
  await expect(rows).toHaveCount(0);
  await expect(ledger.getByText('这个范围内没有整改事项')).toBeVisible();

  // A range of 交办 dates: the whole of 2026; a reversed range is refused with a message.
  await ledger.getByText('按交办日期').click();
  await ledger.getByLabel('交办日期自').fill('2026-12-31');
  await ledger.getByLabel('至', { exact: true }).fill('2026-01-01');
  await expect(ledger.getByText('开始日期不能晚于结束日期').first()).toBeVisible();
  await expect(ledger.getByRole('button', { name: '导出 Excel' })).toBeDisabled();
  await ledger.getByLabel('交办日期自').fill('2026-01-01');
  await ledger.getByLabel('至', { exact: true }).fill('2026-12-31');
  await expect(rows).not.toHaveCount(0);
  const inRange = await rows.count();

  const excel = await app.download(() => ledger.getByRole('button', { name: '导出 Excel' }).click());
  const title = '宜丰县人大常委会整改情况跟踪台账（2026年1月1日至2026年12月31日交办）';
  expect(excel.name).toBe(`${title}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(excel.buffer).buffer);
  const [sheet] = workbook.worksheets as [ExcelJS.Worksheet];
  expect(sheet.getCell('A1').value).toBe(title);
  const headers = (sheet.getRow(2).values as unknown[]).slice(1);
  expect(headers).toEqual(expect.arrayContaining(['交办文号', '交办日期', '方案收到日期', '报告收到日期']));
  const issued = sheet.getRow(3).getCell(headers.indexOf('交办日期') + 1);
  expect(issued.type).toBe(ExcelJS.ValueType.Date);
  expect(String(sheet.getRow(3).getCell(headers.indexOf('交办文号') + 1).value)).toMatch(
    /^宜人常发〔2026〕\d+号/,
  );
  expect(sheet.rowCount).toBe(2 + inRange);
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });

  const word = await app.download(() => ledger.getByRole('button', { name: '导出 Word' }).click());
  const text = plainText((await readDocx(new Uint8Array(word.buffer))).document);
  expect(text).toContain(title);
  expect(text).not.toContain('…');
});
