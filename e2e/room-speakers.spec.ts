import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from './pages/ConsolePage';

// Issue #12 (3, 7): the room sees who speaks. An agenda item's speaker (set in the 议程 editor) on the
// projector and the console; during 补充回答 the supervising 副县长, not the 局长; 下一位 only while the
// secretary has it on (N), kept over a reload; Y asks who makes the 表态发言 and the projector names them.

/** Opens the demo inquiry's activity page; returns the console page object. */
async function openDemoActivity(page: Page): Promise<ConsolePage> {
  const console = new ConsolePage(page);
  await console.loadDemo();
  await console.nav('活动');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  return console;
}

async function enterConsole(console: ConsolePage): Promise<string> {
  await console.page.getByRole('button', { name: '进入会议控制台' }).click();
  await expect(console.page.getByText('会议控制台', { exact: true })).toBeVisible();
  const id = /#\/console\/([^/?]+)/.exec(console.page.url())?.[1];
  if (!id) throw new Error(`no activity id in ${console.page.url()}`);
  return id;
}

test('an agenda item’s speaker, set in the 议程 editor, shows on the projector and the console', async ({
  page,
}) => {
  const console = await openDemoActivity(page);
  await page.getByRole('tab', { name: '议程' }).click();
  const table = page.getByRole('table', { name: '议程' });
  await table
    .getByRole('row', { name: /政府汇报/ })
    .getByRole('button', { name: '编辑' })
    .click();
  const dialog = console.dialog('编辑议程');
  await dialog.getByRole('textbox', { name: '发言人' }).fill('县人民政府副县长 李明');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /政府汇报/ })).toContainText('县人民政府副县长 李明');

  const activityId = await enterConsole(console);
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  await console.press('g');
  await expect(projector.getByLabel('发言人')).toHaveCount(0);
  await console.press('g');
  await expect(projector.getByLabel('当前询问')).toContainText('政府汇报');
  await expect(projector.getByLabel('发言人')).toHaveText('县人民政府副县长 李明');
  await expect(page.getByLabel('当前议程项')).toContainText(
    '政府汇报（或观看专题片） — 县人民政府副县长 李明',
  );
});

test('during 补充回答 the projector names the supervising 副县长, not the 局长', async ({ page }) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  const headline = projector.getByLabel('当前询问');
  await console.press('Enter', 'Space', 'ArrowRight');
  await expect(console.phase()).toHaveText('回答');
  const answering = (await headline.textContent()) ?? '';
  const head = / \/ (.+)$/.exec(answering)?.[1];
  expect(head, answering).toBeTruthy();
  await console.press('b');
  await expect(projector.getByLabel('阶段')).toHaveText('补充回答');
  await expect(headline).toContainText('补充回答：县人民政府副县长 孙建华');
  await expect(headline).not.toContainText(head!);
});

test('N hides 下一位 on the projector, a reload keeps it hidden, N shows it again', async ({ page }) => {
  const console = new ConsolePage(page);
  const activityId = await console.openDemoInquiry();
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  const screen = projector.getByLabel('大屏');
  await console.startAgendaItem('询问');
  await expect(screen).toHaveAttribute('data-screen', 'next');
  await expect(screen).toContainText('下一位');

  await console.press('n');
  await expect(page.getByRole('button', { name: '大屏隐藏下一位' })).toBeVisible();
  await expect(screen).toHaveAttribute('data-screen', 'agenda');
  await expect(screen).not.toContainText('下一位');
  await expect(projector.getByLabel('当前询问')).toHaveText('询问（一问一答）');
  // After a question, still hidden between questions.
  await console.press('Enter', 'Space', 'j');
  await expect(screen).toHaveAttribute('data-screen', 'agenda');

  await projector.reload();
  await page.reload();
  await expect(projector.getByLabel('大屏')).toHaveAttribute('data-screen', 'agenda');
  await expect(projector.getByLabel('大屏')).not.toContainText('下一位');
  await expect(page.getByRole('button', { name: '大屏隐藏下一位' })).toBeVisible();
  await expect(page.getByLabel('快捷键')).toContainText('大屏显示 / 隐藏下一位');

  await console.press('n');
  await expect(projector.getByLabel('大屏')).toHaveAttribute('data-screen', 'next');
  await expect(projector.getByLabel('大屏')).toContainText('下一位');
});

test('Y asks who makes the 表态发言: the item’s speaker preselected, or a typed name, shown with the timer', async ({
  page,
}) => {
  const console = await openDemoActivity(page);
  await page.getByRole('tab', { name: '议程' }).click();
  const table = page.getByRole('table', { name: '议程' });
  await table
    .getByRole('row', { name: /表态发言/ })
    .getByRole('button', { name: '编辑' })
    .click();
  const edit = console.dialog('编辑议程');
  await edit.getByRole('textbox', { name: '发言人' }).fill('县人民政府县长 王强');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();

  const activityId = await enterConsole(console);
  const projector = await console.openProjectorPage(activityId);
  await page.bringToFront();
  await console.startAgendaItem('表态发言');
  // The item's speaker is preselected: Enter starts the timer under that name.
  await page.keyboard.press('y');
  await expect(console.dialog('表态发言').getByRole('textbox', { name: '发言人' })).toHaveValue(
    '县人民政府县长 王强',
  );
  await page.keyboard.press('Escape');
  await expect(console.dialog('表态发言')).toBeHidden();
  await console.startStatement();
  await expect(projector.getByLabel('发言人')).toHaveText('县人民政府县长 王强');
  await expect(projector.getByLabel('阶段')).toHaveText('表态发言');
  await expect(projector.getByRole('timer')).toBeVisible();
  await expect(page.getByLabel('表态发言人')).toHaveText('表态发言：县人民政府县长 王强');

  // The next speaker, typed; a stopped 表态发言 says 已结束 with the name still up.
  await console.startStatement('县人民政府副县长 孙建华');
  await expect(projector.getByLabel('发言人')).toHaveText('县人民政府副县长 孙建华');
  await console.press('s');
  await expect(projector.getByLabel('阶段')).toHaveText('表态发言（已结束）');
  await expect(projector.getByLabel('发言人')).toHaveText('县人民政府副县长 孙建华');
});
