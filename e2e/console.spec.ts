import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// The meeting, by keyboard only, on a fake clock: an hour of meeting runs in seconds.
test('run three questions from the console, reload mid-answer, projector in sync, minutes', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));

  // Question 1: ask 2:40, answer 5:40 (40 s over), follow-up 1:40, answer 2:30, supplement 3:20 (20 s over).
  await expect(console.current()).toContainText('下一题');
  await console.press('Enter');
  await expect(console.current()).toContainText('第 1 题');
  await console.press('Space');
  await console.expectTimer('03:00', 'normal');
  // Half a second before 2:40 the clock shows 00:21 (20.5 s left).
  await console.runChecking(160, '00:21', 'critical');
  await console.press('ArrowRight');
  await expect(console.phase()).toHaveText('回答');
  await console.runChecking(50, '04:11', 'normal');
  await console.runChecking(290, '+00:39', 'overtime');
  await console.press('z');
  await expect(console.phase()).toHaveText('追问');
  await console.run(100);
  await console.press('ArrowRight');
  await console.run(150);
  await console.press('b');
  await expect(console.phase()).toHaveText('补充回答');
  await console.runChecking(200, '+00:19', 'overtime');
  await console.press('j');
  await expect(console.page.getByRole('button', { name: /第 1 题/ })).toContainText('已完成');

  // Question 2: reload in the middle of the answer; the timer must not move.
  await console.pressQuickly('Enter', 'Space');
  await expect(console.current()).toContainText('第 2 题');
  await console.run(60);
  await console.press('ArrowRight');
  await console.runChecking(120, '03:01');
  const asked = await console.current().getByRole('heading').textContent();
  await page.reload();
  await console.settle();
  await console.expectTimer('03:00');
  await expect(console.phase()).toHaveText('回答');
  await expect(console.current().getByRole('heading')).toHaveText(asked ?? '');

  // The projector in a second window shows the same question and the same time.
  const projector = await page.context().newPage();
  await projector.goto(`/#/projector/${activityId}`);
  await console.settle(projector);
  await console.expectTimer('03:00', 'normal', projector);
  await expect(projector.getByLabel('当前询问')).toHaveText(asked ?? '');
  await expect(projector.getByLabel('阶段')).toHaveText('回答');
  await console.runChecking(30, '02:31', 'normal', [page, projector]);
  await console.press('j');
  await expect(projector.getByLabel('当前询问')).toContainText('下一位');
  await projector.close();
  await console.repause();

  // Question 3: a slip (→ too early) is undone; the ask phase goes on as if nothing happened.
  await console.press('Enter', 'Space');
  await console.run(30);
  await console.press('ArrowRight');
  await expect(console.phase()).toHaveText('回答');
  await console.run(10);
  await console.press('Control+z');
  await expect(console.phase()).toHaveText('提问');
  await console.runChecking(50, '01:31');
  await console.press('ArrowRight');
  await console.run(200);
  await console.press('b');
  await console.run(100);
  await console.press('j');

  // The minutes: 950 s + 210 s + 390 s asked; 40 s + 20 s over, all in question 1.
  // Every question is finished, so these figures no longer depend on the clock: let it run again.
  await page.clock.resume();
  await page.goto(`/#/activities/${activityId}/minutes`);
  await expect(page.getByRole('group', { name: '已询问' })).toContainText('3 题');
  // the header, the three questions and the 合计 row
  const rows = page.getByRole('table', { name: '逐项记录' }).getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('15分50秒');
  await expect(rows.nth(1)).toContainText('1分钟');
  await expect(rows.nth(1)).toContainText('回答×2');
  await expect(rows.nth(2)).toContainText('3分30秒');
  await expect(rows.nth(3)).toContainText('6分30秒');
  await expect(page.getByRole('group', { name: '实际用时' })).toContainText('25分50秒');
  await expect(page.getByRole('group', { name: '超时合计' })).toContainText('1分钟');
  const byUnit = page.getByRole('table', { name: '按单位合计' });
  await expect(byUnit.getByRole('row')).not.toHaveCount(1);
});
