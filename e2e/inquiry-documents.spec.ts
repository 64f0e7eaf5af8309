import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { ActivityPages } from './pages/ActivityPages';

const INQUIRY_UNITS = [
  '县自然资源局',
  '县生态环境局',
  '县应急管理局',
  '县工业和信息化局',
  '县林业局',
  '县水利局',
];

/** A question list as a secretary types it: a title row, the header, two good rows and one unknown asker. */
async function questionsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('询问提纲');
  sheet.addRow(['促进绿色矿山建设专题询问题目']);
  sheet.addRow(['序号', '询问人', '应询单位', '询问内容', '回答（分钟）']);
  sheet.addRow([1, '喻建平', '县林业局、自然资源局', '矿山复绿后的林木管护由谁负责，经费从哪里来？', 6]);
  sheet.addRow([2, '陈某某', '县水利局', '矿区河道采砂如何监管？', '']);
  sheet.addRow([3, '廖海燕', '县应急管理局', '尾矿库汛期值守人员是否配齐？', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function documentText(buffer: Buffer): Promise<string> {
  return plainText((await readDocx(new Uint8Array(buffer))).document);
}

// The demo inquiry's Word documents come out of the browser build as downloads holding the units and the
// questions; a question list imports from Excel with one bad row shown and left out.
test('export the agenda and the question list, import questions from Excel', async ({ page }) => {
  const app = new ActivityPages(page);
  await app.loadDemo();
  await app.nav('活动');
  await app.listRow('促进绿色矿山建设').getByRole('link').click();
  await app.expectDetail('促进绿色矿山建设');

  await page.getByRole('tab', { name: '议程' }).click();
  await expect(page.getByRole('table', { name: '议程' })).toContainText('询问（一问一答）');
  const agenda = await app.download(() => page.getByRole('button', { name: '导出议程' }).click());
  expect(agenda.name).toBe('促进绿色矿山建设询问会议程.docx');
  const agendaText = await documentText(agenda.buffer);
  expect(agendaText).toContain('宜丰县人大常委会促进绿色矿山建设专题询问会议程');
  expect(agendaText).toContain('三、询问（一问一答）');
  for (const unit of INQUIRY_UNITS) expect(agendaText).toContain(unit);

  await page.getByRole('tab', { name: '询问提纲' }).click();
  const list = page.getByRole('table', { name: '询问提纲' });
  await expect(list.getByRole('row')).toHaveCount(17); // header + 16 questions
  const questions = await app.download(() => page.getByRole('button', { name: '导出题目单' }).click());
  expect(questions.name).toBe('促进绿色矿山建设询问题目单.docx');
  const questionsText = await documentText(questions.buffer);
  INQUIRY_UNITS.forEach((unit, i) => {
    expect(questionsText).toContain(`${'一二三四五六'[i]}、${unit}`);
  });
  expect(questionsText).toContain('全县在产矿山中进入省级绿色矿山名录的仍是少数');
  expect(questionsText).toContain('询问人：喻建平（县人大常委会委员）');

  await app.pickFile(() => page.getByRole('button', { name: '从表格导入' }).click(), {
    name: '询问提纲.xlsx',
    buffer: await questionsWorkbook(),
  });
  const preview = app.dialog('导入问题');
  await expect(preview.getByText('可导入 2 行')).toBeVisible();
  await expect(preview.getByText('有问题 1 行')).toBeVisible();
  const bad = preview.getByRole('row').filter({ hasText: '陈某某' });
  await expect(bad).toContainText('名册中没有“陈某某”');
  await expect(bad.getByRole('cell', { name: '4', exact: true })).toBeVisible(); // title row 1, header row 2
  await preview.getByRole('button', { name: '导入 2 行有效数据' }).click();
  await expect(app.notification('已导入 2 个问题')).toBeVisible();
  await expect(preview).toBeHidden();

  await expect(list.getByRole('row')).toHaveCount(19);
  const added = list.getByRole('row').filter({ hasText: '矿山复绿后的林木管护由谁负责' });
  await expect(added).toContainText('喻建平');
  await expect(added).toContainText('县林业局、县自然资源局');
  await expect(added).toContainText('回答 6');
  await expect(list.getByRole('row').filter({ hasText: '尾矿库汛期值守人员是否配齐' })).toContainText('18');
  await expect(list).not.toContainText('矿区河道采砂如何监管');
});
