import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The inquiry console and the projector, driven by keyboard as the secretary does. */
export class ConsolePage extends AppPage {
  /** Fake time that settle() spent starting a page, taken off the next run so the meeting's times stay exact. */
  private borrowedMs = 0;

  constructor(page: Page) {
    super(page);
  }

  /** Loads the demo and opens the console of the green-mine inquiry; returns the activity id. */
  async openDemoInquiry(): Promise<string> {
    await this.loadDemo();
    await this.nav('活动');
    await this.page.getByRole('link', { name: '促进绿色矿山建设' }).click();
    await this.page.getByRole('button', { name: '进入会议控制台' }).click();
    await expect(this.page.getByText('会议控制台', { exact: true })).toBeVisible();
    const id = /#\/console\/([^/?]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no activity id in ${this.page.url()}`);
    return id;
  }

  timer(page: Page = this.page): Locator {
    return page.getByRole('timer');
  }

  phase(): Locator {
    return this.page.getByLabel('计时阶段');
  }

  current(): Locator {
    return this.page.getByLabel('当前问题');
  }

  /** The highlighted row of 待询问: the question Enter takes. */
  selectedRow(): Locator {
    return this.page.getByLabel('待询问').locator('[aria-current="true"]');
  }

  /** The asker named by a queue row ("第 4 题 <asker> 问 <units>"). */
  async askerOf(row: Locator): Promise<string> {
    const label = (await row.getAttribute('aria-label')) ?? '';
    const asker = /^第 \d+ 题 (.+?) 问 /.exec(label)?.[1];
    if (!asker) throw new Error(`no asker in "${label}"`);
    return asker;
  }

  /**
   * Moves the meeting to an agenda item with the console's 当前议程 list (the title's start is enough);
   * `confirm` answers the 离开当前议程 question (questions still waiting, or a timer running).
   */
  async startAgendaItem(title: string, { confirm = false } = {}): Promise<void> {
    const before = await this.storedActions();
    await this.page.getByRole('combobox', { name: '当前议程' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^\\d+\\. ${title}`) }).click();
    if (confirm) await this.confirm('离开当前议程', '进入下一项议程');
    await expect.poll(() => this.storedActions()).toBeGreaterThan(before);
  }

  /**
   * 表态发言 (Y): the dialog asks who speaks, the agenda item's speaker preselected; `speaker` types another
   * name instead. Enter starts the timer.
   */
  async startStatement(speaker?: string): Promise<void> {
    const before = await this.storedActions();
    await this.page.keyboard.press('y');
    const dialog = this.dialog('表态发言');
    await expect(dialog).toBeVisible();
    const field = dialog.getByRole('textbox', { name: '发言人' });
    await expect(field).toBeFocused();
    if (speaker !== undefined) await field.fill(speaker);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => this.storedActions()).toBeGreaterThan(before);
  }

  /** Opens the projector of the activity in a second page of the same browser. */
  async openProjectorPage(activityId: string): Promise<Page> {
    const projector = await this.page.context().newPage();
    await projector.goto(`/#/projector/${activityId}`);
    await expect(projector.getByLabel('大屏')).toBeVisible();
    return projector;
  }

  /** 临时增加问题 (A): picks the first asker and the first unit, types the text. */
  async fillAddQuestion(text: string): Promise<Locator> {
    await this.page.keyboard.press('a');
    const dialog = this.dialog('临时增加问题');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: '询问人' }).click();
    await this.page.getByRole('option').first().click();
    await dialog.getByRole('combobox', { name: '应询单位' }).click();
    await this.page.getByRole('option').first().click();
    await dialog.getByRole('textbox', { name: '询问内容（可不填）' }).fill(text);
    return dialog;
  }

  /** How many console actions are stored (the console shows it in data-events). */
  async storedActions(): Promise<number> {
    return Number(await this.page.getByLabel('会议控制台').getAttribute('data-events'));
  }

  /**
   * Presses each key and waits until its action is stored, so the fake clock never moves while a write
   * is still on its way (its time would then be taken mid-advance).
   */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      const before = await this.storedActions();
      await this.page.keyboard.press(key);
      await expect.poll(() => this.storedActions()).toBeGreaterThan(before);
    }
  }

  /** Presses the keys back to back, as a quick secretary does, then waits until every action is stored. */
  async pressQuickly(...keys: string[]): Promise<void> {
    const before = await this.storedActions();
    for (const key of keys) await this.page.keyboard.press(key);
    await expect.poll(() => this.storedActions()).toBe(before + keys.length);
  }

  /** Advances the fake clock by `ms` less what settle() borrowed, firing the timers that redraw the clock. */
  private async advance(ms: number): Promise<void> {
    const repaid = Math.min(this.borrowedMs, ms);
    this.borrowedMs -= repaid;
    await this.page.clock.runFor(ms - repaid);
  }

  /** Advances the fake clock, firing the timers that redraw the clock. */
  async run(seconds: number): Promise<void> {
    await this.advance(seconds * 1000);
  }

  /**
   * Lets a freshly loaded page start while the fake clock is paused: its startup waits on timers (the lazily
   * loaded route is revealed by React's 300 ms Suspense timer), so the clock moves in 25 ms steps until the
   * timer is drawn. That time is borrowed from the next run, so the meeting's times stay whole seconds.
   */
  async settle(page: Page = this.page): Promise<void> {
    for (let step = 0; step < 20 && !(await this.timer(page).isVisible()); step += 1) {
      await page.clock.runFor(25);
      this.borrowedMs += 25;
    }
  }

  /**
   * Pauses the fake clock again at the next whole second. Opening another page of the context lets the
   * clock flow, which would shift the following steps by a few milliseconds.
   */
  async repause(): Promise<void> {
    this.borrowedMs = 0;
    const now = await this.page.evaluate(() => Date.now());
    await this.page.clock.pauseAt(Math.ceil((now + 1) / 1000) * 1000);
  }

  /**
   * Runs the clock for `seconds` and checks the display half a second before the end: the screen redraws
   * every 200 ms, so at an exact second it may still show the previous one, but never half a second late.
   * `text` is what shows then (for a countdown, one second more than at the end).
   */
  async runChecking(
    seconds: number,
    text: string,
    level?: string,
    pages: Page[] = [this.page],
  ): Promise<void> {
    await this.advance(seconds * 1000 - 500);
    for (const page of pages) await this.expectTimer(text, level, page);
    await this.page.clock.runFor(500);
  }

  async expectTimer(text: string, level?: string, page: Page = this.page): Promise<void> {
    await expect(this.timer(page)).toHaveText(text);
    if (level) await expect(this.timer(page)).toHaveAttribute('data-level', level);
  }
}
