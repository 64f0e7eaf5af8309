import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (3, 4): the projector follows the agenda, and the warning levels are told apart by colour and in
// words, on the projector and on the console. On a fake clock.
test('projector follows the agenda: standby, items with their timers, 下一位 only for questions, levels, closing', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-06T09:00:00+08:00') });
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.clock.pauseAt(new Date('2026-12-06T09:30:00+08:00'));
  await page.bringToFront();
  const screen = projector.getByLabel('大屏');
  const headline = projector.getByLabel('当前询问');
  const note = (p: Page) => p.getByLabel('计时提示');
  const colour = () => projector.getByRole('timer').evaluate((el) => getComputedStyle(el).color);

  // Before the meeting: a standby screen, nobody named as next.
  await expect(screen).toHaveAttribute('data-screen', 'standby');
  await expect(headline).toHaveText('会议即将开始');

  // 开场, then 政府汇报: by name with the planned length and their own countdown.
  await console.press('g');
  await expect(headline).toContainText('开场');
  await expect(screen).toContainText('计划 10 分钟');
  await console.press('g');
  await expect(headline).toContainText('政府汇报');
  await expect(screen).toContainText('计划 20 分钟');
  await expect(screen).not.toContainText('下一位');
  await console.expectTimer('20:00', 'normal', projector);

  // The levels: 60 s and 30 s in different colours, each also written; overtime red and written.
  await console.runChecking(19 * 60, '01:01', 'normal', [projector]);
  await console.expectTimer('01:00', 'warning', projector);
  await expect(note(projector)).toHaveText('剩余1分钟');
  expect(await colour()).toBe('rgb(255, 212, 59)'); // yellow
  await console.run(30);
  await console.expectTimer('00:30', 'critical', projector);
  await expect(note(projector)).toHaveText('剩余30秒');
  expect(await colour()).toBe('rgb(255, 138, 31)'); // orange
  await console.run(31);
  await console.expectTimer('+00:01', 'overtime', projector);
  await expect(note(projector)).toHaveText('超时');
  expect(await colour()).toBe('rgb(255, 59, 59)'); // red
  // The question item: 下一位 between questions; a question's level shows on the console too.
  await console.press('g');
  await expect(headline).toContainText('下一位');
  await console.press('Enter', 'Space');
  await console.run(120);
  await expect(note(page)).toHaveText('剩余1分钟');
  await expect(note(projector)).toHaveText('剩余1分钟');
  await console.run(30);
  await expect(note(page)).toHaveText('剩余30秒');
  // A stopped timer says so.
  await console.press('s');
  await expect(projector.getByLabel('阶段')).toHaveText('提问（已结束）');
  await console.press('j');
  await expect(headline).toContainText('下一位');

  // 满意度测评: its name, no 下一位. (Confirmations need the clock to flow for their transitions.)
  await page.clock.resume();
  await console.startAgendaItem('满意度测评', { confirm: true });
  await expect(headline).toHaveText('满意度测评');
  await expect(screen).not.toContainText('下一位');

  // 表态发言 with its timer, then the end: a closing screen.
  await console.startAgendaItem('表态发言');
  await console.startStatement();
  await expect(headline).toHaveText('表态发言');
  await expect(projector.getByLabel('阶段')).toHaveText('表态发言');
  await console.press('s');
  await page.getByRole('button', { name: '结束会议' }).click();
  await console.confirm('结束会议', '结束会议');
  await expect(screen).toHaveAttribute('data-screen', 'closed');
  await expect(headline).toContainText('会议结束');
});
