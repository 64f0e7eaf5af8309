import { expect, test } from '@playwright/test';
import { candidatesWorkbookWithOneBadRow } from './fixtures/workbooks';
import { ActivityPages } from './pages/ActivityPages';
import { ProjectsPage } from './pages/ProjectsPage';

// A tie at the cut-off (issue 14): 3 places, two projects pass clearly and two more pass with equal votes for the
// last place. The result says so, chooses only the two, and 设置再次票决 sets up a vote among the tied two for the
// one place left; its paper ballots have two positions, and its result fills the place.
test('a tie at the cut-off goes to a 再次票决 among the tied for the place left', async ({ page }) => {
  const activities = new ActivityPages(page);
  const projects = new ProjectsPage(page);
  await activities.loadDemo();
  await activities.startNew('民生实事项目票决');
  await activities.fill('主题', '2027年民生实事项目票决（再次票决）');
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
  await projects.fillNumber('应到人数', 6);
  await projects.fillNumber('实到人数', 6);
  await projects.fillNumber('发出票数', 6);
  await page.getByRole('button', { name: '开始票决' }).click();
  await expect(projects.entryBox()).toBeFocused();
  // 老旧小区 5, 农村公路 5, 卫生院 4, 法律服务站 4, 停车位 0: four pass (more than 3 of 6), two tie for place 3.
  for (const keys of ['11100', '11010', '11100', '11010', '10110', '01110']) await projects.typeBallot(keys);
  await projects.fillNumber('收回票数', 6);
  await page.getByRole('button', { name: '结束票决' }).click();
  await expect(projects.notification('票决已结束')).toBeVisible();
  await page.getByRole('button', { name: '公布结果' }).click();
  await expect(projects.notification('票决结果已公布')).toBeVisible();
  await expect(
    page.getByText(/乡镇卫生院能力提升.*便民法律服务站.*得票相同，需对其再次票决，确定剩余的 1 个名额/),
  ).toBeVisible();
  await expect(projects.resultRow('城区老旧小区改造').first()).toContainText('当选');
  await expect(projects.resultRow('农村公路提质改造').first()).toContainText('当选');
  await expect(projects.resultRow('乡镇卫生院能力提升').first()).not.toContainText('当选');

  await page.getByRole('button', { name: '设置再次票决' }).click();
  await expect(projects.notification('已设置再次票决')).toBeVisible();
  await projects.fillNumber('应到人数', 6);
  await projects.fillNumber('实到人数', 6);
  await projects.fillNumber('发出票数', 3);
  await expect(page.getByText('再次票决（第 2 轮）')).toBeVisible();
  await page.getByRole('button', { name: '开始票决' }).click();
  await expect(projects.entryBox()).toBeFocused();
  await expect(projects.entryBox()).toContainText('乡镇卫生院能力提升');
  // Only the two tied are on this ballot: a third position does not exist.
  for (const keys of ['10', '10', '01']) await projects.typeBallot(keys);
  await projects.fillNumber('收回票数', 3);
  await page.getByRole('button', { name: '结束票决' }).click();
  await expect(projects.notification('票决已结束')).toBeVisible();
  await page.getByRole('button', { name: '公布结果' }).click();
  await expect(projects.notification('票决结果已公布')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('runoff.png'), fullPage: true });
  await expect(projects.resultRow('乡镇卫生院能力提升').last()).toContainText('当选');
  await expect(projects.resultRow('便民法律服务站').last()).not.toContainText('当选');
  await expect(page.getByRole('button', { name: '设置再次票决' })).toHaveCount(0);
});
