import { expect, type Locator, type Page } from '@playwright/test';
import { ActivityPages } from './ActivityPages';
import { VotesPage } from './VotesPage';

// 评分模式 of the demo inquiry's per-unit round: six units, one group (常委会组成人员) of five members.
export const UNITS = [
  '县自然资源局',
  '县生态环境局',
  '县应急管理局',
  '县工业和信息化局',
  '县林业局',
  '县水利局',
];
export const MEMBERS = ['喻建平', '晏小华', '刘桂英', '周晓燕', '邓志勇'];
export type Choice = '满意' | '基本满意' | '不满意' | '弃权';

/** The round page's 评分模式 panel, the way in (sign-in and PIN), the scoring screen and the way out. */
export class ScoringPage {
  constructor(readonly page: Page) {}

  /** From an empty database: the demo inquiry's per-unit round, opened with 实到 5. */
  async openInquiryRound(): Promise<VotesPage> {
    const votes = new VotesPage(this.page);
    const activities = new ActivityPages(this.page);
    await activities.loadDemo();
    await activities.nav('活动');
    await activities.listRow('促进绿色矿山建设').getByRole('link').click();
    await votes.openVotesTab();
    await this.page.getByRole('link', { name: '促进绿色矿山建设专题询问应询单位满意度测评' }).click();
    await expect(this.page.getByRole('textbox', { name: '常委会组成人员应到人数' })).toHaveValue('5');
    await votes.fillCount('常委会组成人员', '实到人数', 5);
    await votes.startRound();
    return votes;
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: '评分模式' });
  }

  enterDialog(): Locator {
    return this.page.getByRole('dialog', { name: '进入评分模式' });
  }

  /** Opens the dialog, ticks the people present (or 全选), types the PIN twice. Does not confirm. */
  async fillEntry(present: readonly string[] | 'all', pin: string, again = pin): Promise<void> {
    await this.panel().getByRole('button', { name: '进入评分模式' }).click();
    const dialog = this.enterDialog();
    if (present === 'all') await dialog.getByRole('checkbox', { name: '全选' }).check();
    else {
      const list = dialog.getByRole('group', { name: '签到名单' });
      for (const name of present) await list.getByRole('checkbox', { name, exact: true }).check();
    }
    await dialog.getByLabel('PIN', { exact: true }).fill(pin);
    await dialog.getByLabel('再次输入 PIN').fill(again);
  }

  /** Enters scoring mode with these people signed in and this PIN; lands on the check-in screen. */
  async enter(present: readonly string[] | 'all', pin: string): Promise<void> {
    await this.fillEntry(present, pin);
    await this.enterDialog().getByRole('button', { name: '进入评分模式' }).click();
    await expect(this.page.getByRole('heading', { name: '请找到您的姓名' })).toBeVisible();
  }

  signedIn(): Locator {
    return this.page.getByRole('list', { name: '已签到的测评人' }).getByRole('listitem');
  }

  async checkIn(name: string): Promise<void> {
    await this.page
      .getByRole('list', { name: '已签到的测评人' })
      .getByRole('button', { name, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { name: `我是${name}` })).toBeVisible();
    await this.page.getByRole('button', { name: '确认，开始投票' }).click();
    await expect(this.page.getByRole('heading', { name: '测评票（不记名）' })).toBeVisible();
  }

  async choose(choices: readonly Choice[]): Promise<void> {
    for (const [i, choice] of choices.entries()) {
      await this.page
        .getByRole('radiogroup', { name: UNITS[i] })
        .getByRole('radio', { name: choice, exact: true })
        .click();
    }
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交', exact: true }).click();
    await this.page
      .getByRole('dialog', { name: '确认提交' })
      .getByRole('button', { name: '确定提交' })
      .click();
  }

  /** One member's whole vote, up to 已提交. */
  async vote(name: string, choices: readonly Choice[]): Promise<void> {
    await this.checkIn(name);
    await this.choose(choices);
    await this.submit();
    await expect(this.page.getByRole('heading', { name: '已提交，谢谢！' })).toBeVisible();
  }

  /** 已投 n / 实到 m at the top of the scoring screen. */
  screenProgress(): Locator {
    return this.page.getByLabel('投票进度', { exact: true });
  }

  /** Opens the exit dialog (with the hotkey or the button) and types the PIN; does not check the outcome. */
  async tryLeave(pin: string, how: 'hotkey' | 'button' = 'button'): Promise<Locator> {
    if (how === 'hotkey') await this.page.keyboard.press('Control+Shift+Q');
    else await this.page.getByRole('button', { name: '退出评分模式' }).click();
    const dialog = this.page.getByRole('dialog', { name: '退出评分模式' });
    await dialog.getByLabel('PIN', { exact: true }).fill(pin);
    await dialog.getByRole('button', { name: '退出', exact: true }).click();
    return dialog;
  }

  async leave(pin: string, how: 'hotkey' | 'button' = 'button'): Promise<void> {
    await this.tryLeave(pin, how);
    await expect(this.panel()).toBeVisible();
  }
}
