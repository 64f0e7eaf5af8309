import { expect, test } from '@playwright/test';
import { plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { candidatesWorkbookWithOneBadRow, readWorkbookRows } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { ProjectsPage } from './pages/ProjectsPage';

// 民生实事项目票决 from end to end (issue 14): import the candidates from an .xlsx (one bad row), print the
// ballot, start the vote, type six paper ballots (one marking too many, one empty, a wrong key refused), close,
// publish, export the 票决结果公告 and read it, then the first follow-up note of a chosen project and the ledger.
test('import candidates, vote on paper, publish, print the ballot and the announcement, follow up', async ({
  page,
}) => {
  const activities = new ActivityPages(page);
  const projects = new ProjectsPage(page);
  await activities.loadDemo();

  await activities.startNew('民生实事项目票决');
  await activities.fill('主题', '2027年民生实事项目票决');
  await activities.fill('项目年度', '2027');
  await activities.fill('限选项数', '3');
  await activities.save();
  await activities.expectDetail('2027年民生实事项目票决');
  await expect(page.getByText('2027年项目，限选 3 项')).toBeVisible();

  await projects.tab('候选项目');
  await expect(page.getByText('还没有候选项目')).toBeVisible();
  await projects.pickFile(() => page.getByRole('button', { name: '从表格导入' }).first().click(), {
    name: '候选项目.xlsx',
    buffer: await candidatesWorkbookWithOneBadRow(),
  });
  const preview = projects.dialog('导入候选项目');
  await expect(preview.getByText('可导入 5 行')).toBeVisible();
  await expect(preview.getByText('有问题 1 行')).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: '城区公园建设' })).toContainText(
    '单位名录中没有“县城市管理局”',
  );
  await preview.getByRole('button', { name: '导入 5 行有效数据' }).click();
  await expect(projects.notification('已导入 5 个候选项目')).toBeVisible();
  const rows = projects.candidates().getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(2)).toContainText('农村公路提质改造');
  await expect(rows.nth(5)).toContainText('城区停车位建设');
  await expect(rows.nth(5)).toContainText('850');

  await projects.tab('票决');
  const ballot = await projects.download(() => page.getByRole('button', { name: '打印选票' }).click());
  expect(ballot.name).toBe('宜丰县2027年民生实事项目票决票.docx');
  const ballotText = plainText((await readDocx(new Uint8Array(ballot.buffer))).document);
  expect(ballotText).toContain('限选3项，多选无效');
  expect(ballotText).toContain('城区老旧小区改造');

  await projects.fillNumber('应到人数', 7);
  await projects.fillNumber('实到人数', 6);
  await projects.fillNumber('发出票数', 6);
  await page.getByRole('button', { name: '开始票决' }).click();
  await expect(projects.entryBox()).toBeFocused();
  await projects.expectPaper(1);
  // A wrong key is refused: nothing moves, the valid keys are named.
  await page.keyboard.press('2');
  await expect(projects.entryBox().getByRole('alert')).toContainText('“2”不是有效的录入键');
  await expect(projects.entryBox()).toContainText('第 1 项：城区老旧小区改造');
  await projects.typeBallot('11100');
  await expect(projects.entryBox().getByRole('status')).toHaveText('已保存第 1 张');
  await projects.expectPaper(2);
  await projects.typeBallot('11010');
  await projects.typeBallot('11100');
  await projects.typeBallot('11110');
  await expect(projects.entryBox().getByRole('status')).toHaveText('已保存第 4 张（多选无效）');
  await projects.typeBallot('0    ');
  await expect(projects.entryBox().getByRole('status')).toHaveText('已保存第 5 张（未选任何项目）');
  await projects.expectPaper(6);
  await projects.typeBallot('10100');
  await expect(page.getByText('已录入发出的全部 6 张选票')).toBeVisible();

  await projects.fillNumber('收回票数', 6);
  await page.getByRole('button', { name: '结束票决' }).click();
  await expect(projects.notification('票决已结束')).toBeVisible();
  await expect(projects.resultRow('城区老旧小区改造')).toContainText('当选');
  await page.getByRole('button', { name: '公布结果' }).click();
  await expect(projects.notification('票决结果已公布')).toBeVisible();
  await expect(page.getByText('选出 3 个项目。')).toBeVisible();
  await expect(projects.resultRow('城区老旧小区改造')).toContainText('4');
  await expect(projects.resultRow('农村公路提质改造')).toContainText('当选');
  await expect(projects.resultRow('乡镇卫生院能力提升')).toContainText('当选');
  await expect(projects.resultRow('便民法律服务站')).toContainText('未过半数');
  await expect(page.getByText(/选票指纹（SHA-256）：[0-9a-f]{64}/)).toBeVisible();

  const notice = await projects.download(() =>
    page.getByRole('button', { name: '导出票决结果公告' }).click(),
  );
  expect(notice.name).toMatch(/^宜人常发〔\d{4}〕\d+号关于宜丰县2027年民生实事项目票决结果的公告\.docx$/);
  const noticeText = plainText((await readDocx(new Uint8Array(notice.buffer))).document);
  expect(noticeText).toContain('有效票5张');
  expect(noticeText).toContain('多选1张');
  expect(noticeText).toContain('“城区老旧小区改造”、“农村公路提质改造”、“乡镇卫生院能力提升”共3个项目');
  expect(noticeText).toMatch(/宜人常发〔\d{4}〕\d+号/);

  await projects.tab('项目跟踪');
  await expect(page.getByRole('table', { name: '项目跟踪' }).getByRole('row')).toHaveCount(4);
  const row = projects.followUpRow('农村公路提质改造');
  await expect(row).toContainText('实施中');
  await expect(row).toContainText('暂无');
  await row.getByRole('button', { name: '记录进展' }).click();
  const dialog = projects.dialog(/记录进展/);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请填写进展情况');
  await dialog.getByLabel(/进展情况/).fill('已完成招标，12月开工');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('已完成招标，12月开工');

  // The ledger in Excel: the three chosen projects in ballot order, the note just recorded.
  const ledger = await projects.download(() =>
    page.getByRole('button', { name: '导出台账（Excel）' }).click(),
  );
  const ledgerText = (await readWorkbookRows(ledger.buffer)).map((cells) => cells.join('|')).join('\n');
  expect(ledgerText).toContain('农村公路提质改造');
  expect(ledgerText).toContain('已完成招标，12月开工');
  expect(ledgerText).not.toContain('便民法律服务站');
});
