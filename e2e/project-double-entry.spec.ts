import { expect, test } from '@playwright/test';
import { candidatesWorkbookWithOneBadRow } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { ProjectsPage } from './pages/ProjectsPage';

// 双人复核 of a project vote (issue 14, as the ballot rounds have it): three paper ballots typed, closing refused
// while they are not double-entered, a second reading by paper number that differs is listed with the candidate's
// name, resolved by keeping the first reading, and then the round closes; a ballot 更正 by keyboard; the round's
// 操作记录, and 作废本轮 asking why.
test('a project round with 双人复核 closes only when both readings of every paper agree', async ({
  page,
}) => {
  const activities = new ActivityPages(page);
  const projects = new ProjectsPage(page);
  await activities.loadDemo();
  await activities.startNew('民生实事项目票决');
  await activities.fill('主题', '2027年民生实事项目票决（复核）');
  await activities.fill('项目年度', '2027');
  await activities.fill('限选项数', '3');
  await activities.save();
  await projects.tab('候选项目');
  await projects.pickFile(() => page.getByRole('button', { name: '从表格导入' }).first().click(), {
    name: '候选项目.xlsx',
    buffer: await candidatesWorkbookWithOneBadRow(),
  });
  await projects.dialog('导入候选项目').getByRole('button', { name: '导入 5 行有效数据' }).click();
  await expect(projects.notification('已导入 5 个候选项目')).toBeVisible();

  await projects.tab('票决');
  await projects.fillNumber('应到人数', 3);
  await projects.fillNumber('实到人数', 3);
  await projects.fillNumber('发出票数', 3);
  await page.getByRole('button', { name: '开始票决' }).click();
  await page.getByLabel('双人复核').click();
  await expect(page.getByLabel('双人复核')).toBeChecked();
  await expect(projects.notification('已开启双人复核')).toBeVisible();
  await expect(page.getByText('已复核 0 / 0 张')).toBeVisible();
  await projects.entryBox().click();
  await projects.typeBallot('11100');
  await projects.typeBallot('11010');
  // A 更正 opened and cancelled gives the focus back to the entry box: the next paper is typed straight on.
  const second = page.getByRole('table', { name: '已录入的选票' }).getByRole('row', { name: /第 2 张/ });
  await second.getByRole('button', { name: '更正' }).click();
  await expect(page.getByRole('group', { name: '更正选票' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(projects.dialog('更正第 2 张选票')).toBeHidden();
  await expect(projects.entryBox()).toBeFocused();
  await projects.typeBallot('00000');
  await expect(page.getByText('已复核 0 / 3 张')).toBeVisible();

  // 更正 a ballot: its keys as entered with the focus on them; Esc cancels, Backspace, a key and Enter save.
  const third = page.getByRole('table', { name: '已录入的选票' }).getByRole('row', { name: /第 3 张/ });
  await third.getByRole('button', { name: '更正' }).click();
  const correcting = page.getByRole('group', { name: '更正选票' });
  await expect(correcting).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(projects.dialog('更正第 3 张选票')).toBeHidden();
  await third.getByRole('button', { name: '更正' }).click();
  await expect(correcting).toBeFocused();
  await page.keyboard.press('Backspace');
  await projects.typeBallot('1');
  await expect(projects.notification('已更正第 3 张')).toBeVisible();
  await expect(projects.dialog('更正第 3 张选票')).toBeHidden();
  await expect(third).toContainText('00001');

  await projects.fillNumber('收回票数', 3);
  await page.getByRole('button', { name: '结束票决' }).click();
  await expect(projects.notification(/双人复核未完成：已复核 0 \/ 3 张/)).toBeVisible();

  await page.getByText('复核录入', { exact: true }).click();
  await expect(projects.secondEntryBox()).toBeFocused();
  await expect(page.getByLabel('复核第几张（票号）')).toHaveValue('1');
  await projects.typeBallot('11100');
  await expect(projects.secondEntryBox().getByRole('status')).toHaveText('第 1 张复核一致');
  await expect(page.getByLabel('复核第几张（票号）')).toHaveValue('2');
  await projects.typeBallot('11100');
  await expect(projects.secondEntryBox().getByRole('alert')).toContainText(
    '第 2 张两次录入不一致（第一次 / 复核）：第 3 项“乡镇卫生院能力提升”：不同意 / 同意；第 4 项“便民法律服务站”：同意 / 不同意',
  );
  await projects.typeBallot('00001');
  await expect(page.getByText('已复核 2 / 3 张')).toBeVisible();

  const differing = page.getByRole('table', { name: '两次录入不一致的选票' }).getByRole('row');
  await expect(differing).toHaveCount(1);
  await expect(differing).toContainText('第一次 11010；复核 11100');
  await differing.getByRole('button', { name: '保留第一次' }).click();
  await projects.confirm('裁定第 2 张', '保留第一次录入');
  await expect(page.getByText('已复核 3 / 3 张')).toBeVisible();
  await expect(page.getByText('没有不一致的选票。')).toBeVisible();

  await page.getByRole('button', { name: '结束票决' }).click();
  await expect(projects.notification('票决已结束')).toBeVisible();
  await expect(projects.resultRow('城区老旧小区改造')).toContainText('2');
  await expect(projects.resultRow('便民法律服务站')).toContainText('1');

  // The round's 操作记录: the setting, the resolution with both readings, the close.
  const log = page.getByRole('table', { name: /^操作记录：/ });
  await expect(log.getByRole('row', { name: /开始票决/ })).toContainText('应到 3 人，实到 3 人，发出 3 张');
  await expect(log.getByRole('row', { name: /修改设置/ })).toContainText('开启双人复核');
  await expect(log.getByRole('row', { name: /复核裁定/ })).toContainText(
    '保留第一次录入：第一次 11010，复核 11100',
  );
  await expect(log.getByRole('row', { name: /更正选票/ })).toContainText('更正第 3 张：00000 → 00001');
  await expect(log.getByRole('row', { name: /收回并结束/ })).toContainText('收回 3 张');

  // Voting again asks why; the reason is kept in the log.
  await page.getByRole('button', { name: '作废本轮' }).click();
  const reset = projects.dialog('作废本轮票决，重新投票');
  await reset.getByRole('button', { name: '作废并重新投票' }).click();
  await expect(reset.getByText('请说明原因，原因将记入操作记录')).toBeVisible();
  await reset.getByLabel(/原因/).fill('点票时发现一张选票漏录');
  await reset.getByRole('button', { name: '作废并重新投票' }).click();
  await expect(projects.notification('本轮已作废，请重新投票')).toBeVisible();
  await expect(log.getByRole('row', { name: /作废重投/ })).toContainText('点票时发现一张选票漏录');
});
