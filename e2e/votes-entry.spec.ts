import { expect, test, type Page } from '@playwright/test';
import { DEMO_UNITS_15 } from './fixtures/demoUnits';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

// Sixteen units of the demo directory, in ballot order.
const UNITS = [...DEMO_UNITS_15, '县应急管理局'];

/** Counts the refusal buzzes: Web Audio oscillators started. */
async function countTones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __tones: number };
    w.__tones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      w.__tones += 1;
      start.call(this, when);
    };
  });
}

const tones = (page: Page) => page.evaluate(() => (window as unknown as { __tones: number }).__tones);

/** A 16-unit, three-tier round of the 常委会组成人员 alone, started with 20 ballots issued. */
async function startSixteenUnitRound(page: Page, votes: VotesPage): Promise<void> {
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.startNew('工作评议');
  await activities.fill('主题', '十六个单位评议');
  await activities.fill('日期', '2026-12-20');
  await activities.choose('被评议单位', UNITS);
  await activities.save();
  await activities.expectDetail('十六个单位评议');
  await votes.openVotesTab();
  await votes.newRound();
  await votes.removeGroup('人大代表');
  await votes.removeGroup('服务对象');
  await votes.setGroupWeight('常委会组成人员', 100);
  await votes.createRound();
  await votes.fillCount('常委会组成人员', '应到人数', 25);
  await votes.fillCount('常委会组成人员', '实到人数', 20);
  await votes.startRound();
}

test('a wrong key in a 16-unit ballot is refused where it was typed, and the stored ballot equals the paper', async ({
  page,
}) => {
  await countTones(page);
  const votes = new VotesPage(page);
  await startSixteenUnitRound(page, votes);

  // The paper reads 11211 12111 31121 1. The typist hits 4 (no such mark in three tiers) before unit 7.
  await expect(votes.entryPosition()).toContainText('第 1 / 16 项　县发展和改革委员会');
  await expect(votes.entryPosition()).toContainText('第 1 张');
  await page.keyboard.type('112111');
  await expect(votes.entryPosition()).toContainText('第 7 / 16 项　县人力资源和社会保障局');
  await expect(votes.entryPosition()).toContainText('11211 1');
  const before = await tones(page);
  await page.keyboard.press('4');
  await expect(votes.entryBox()).toHaveAttribute('data-refused', 'true');
  await expect(votes.entryMessage()).toContainText('“4”不是有效的录入键');
  await expect(votes.entryMessage()).toContainText('第 7 项“县人力资源和社会保障局”请按：1 满意');
  await expect(votes.entryMessage()).toContainText('或 X 整张作废');
  expect(await tones(page)).toBeGreaterThan(before);
  // Nothing moved: still unit 7, still six marks.
  await expect(votes.entryPosition()).toContainText('第 7 / 16 项　县人力资源和社会保障局');
  await expect(votes.entryPosition()).toContainText(/11211 1$/);

  await page.keyboard.type('2111311211');
  await expect(votes.entryPosition()).toContainText('16 项已录完');
  // A key after the last unit is refused, not dropped silently.
  await page.keyboard.press('1');
  await expect(votes.entryMessage()).toContainText('16 项已全部录入');
  await page.keyboard.press('Enter');
  await expect(votes.entryBox().getByRole('status')).toHaveText('已保存第 1 张');
  await expect(votes.entryPosition()).toContainText('第 2 张');
  await expect(votes.recentBallots().locator('tr').first()).toHaveText(/第 1 张\s*11211 12111 31121 1/);
});

test('the entry box shows when it has lost the focus, and takes it back after a dialog', async ({ page }) => {
  const votes = new VotesPage(page);
  await startSixteenUnitRound(page, votes);
  await votes.typeBallot('1111111111111111');
  await expect(votes.entryBox()).toHaveAttribute('data-focused', 'true');
  await expect(votes.entryBox().getByRole('note', { name: '录入已暂停' })).toHaveCount(0);

  // A click elsewhere: the box says the keys no longer go in, and how to resume.
  await page.getByRole('heading', { name: '录入测评票' }).click();
  await expect(votes.entryBox()).toHaveAttribute('data-focused', 'false');
  await expect(votes.entryBox().getByRole('note', { name: '录入已暂停' })).toContainText('点击此处继续录入');
  await votes.entryBox().getByRole('note', { name: '录入已暂停' }).click();
  await expect(votes.entryBox()).toBeFocused();

  // After the delete confirmation (cancelled), the next keys go into the ballot.
  await votes.recentBallots().getByRole('button', { name: '删除' }).first().click();
  await votes.confirm('确认删除测评票', '取消');
  await expect(votes.entryBox()).toBeFocused();
  await page.keyboard.type('2');
  await expect(votes.entryPosition()).toContainText('第 2 / 16 项');
});

test('更正 by keyboard alone: Tab to 更正, Enter opens it on the marks, Esc cancels, Enter saves and is logged', async ({
  page,
}) => {
  const votes = new VotesPage(page);
  await startSixteenUnitRound(page, votes);
  await votes.typeBallot('1111111111111111');
  await votes.typeBallot('2222222222222222');
  await expect(votes.recentBallots().locator('tr').first()).toHaveText(/第 2 张\s*22222 22222 22222 2/);

  // From the entry box, Tab reaches the newest ballot's 更正.
  await expect(votes.entryBox()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(votes.recentBallots().getByRole('button', { name: '更正' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = votes.dialog('更正第 2 张测评票');
  const marks = dialog.getByRole('group', { name: '更正测评票' });
  await expect(marks).toBeFocused();

  // Esc: nothing changes.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(votes.recentBallots().locator('tr').first()).toHaveText(/第 2 张\s*22222 22222 22222 2/);
  await expect(votes.entryBox()).toBeFocused();

  // Enter: saved, and the log has before → after.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(marks).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(votes.recentBallots().locator('tr').first()).toHaveText(/第 2 张\s*22222 22222 22222 3/);
  await expect(page.getByRole('table', { name: '操作记录' })).toContainText(
    '第 2 张：22222 22222 22222 2 → 22222 22222 22222 3',
  );
  // The focus is back in the entry box: the next paper goes in.
  await expect(votes.entryBox()).toBeFocused();
  await expect(votes.entryPosition()).toContainText('第 3 张');
});
