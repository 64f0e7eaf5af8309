import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** The 测评 tab, the round setup, the round page with its entry, closing and results. */
export class VotesPage extends AppPage {
  async openVotesTab(): Promise<void> {
    await this.page.getByRole('tab', { name: '测评' }).click();
  }

  async newRound(): Promise<void> {
    await this.page.getByRole('button', { name: '新建测评' }).first().click();
    await expect(this.page.getByRole('heading', { name: '新建测评' })).toBeVisible();
  }

  async removeGroup(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除测评组${name}` }).click();
  }

  async setGroupWeight(name: string, percent: number): Promise<void> {
    await this.page.getByRole('textbox', { name: `${name}权重` }).fill(String(percent));
  }

  async chooseSelect(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async createRound(): Promise<void> {
    await this.page.getByRole('button', { name: '创建测评' }).click();
    await expect(this.page.getByRole('region', { name: '开始测评' })).toBeVisible();
  }

  async fillCount(group: string, what: '应到人数' | '实到人数' | '发出票数', value: number): Promise<void> {
    await this.page.getByRole('textbox', { name: `${group}${what}` }).fill(String(value));
  }

  async startRound(): Promise<void> {
    await this.page
      .getByRole('region', { name: '开始测评' })
      .getByRole('button', { name: '开始测评' })
      .click();
    await expect(this.entryBox()).toBeFocused();
  }

  entryBox(): Locator {
    return this.page.getByRole('group', { name: '测评票录入' });
  }

  /** Types one paper ballot: one key per subject, then Enter. */
  async typeBallot(keys: string): Promise<void> {
    await this.page.keyboard.type(keys);
    await this.page.keyboard.press('Enter');
  }

  /** The large line of the entry box: paper number, current unit, marks so far. */
  entryPosition(): Locator {
    return this.entryBox().getByLabel('录入位置');
  }

  recentBallots(): Locator {
    return this.page.getByRole('table', { name: '最近录入的测评票' });
  }

  progress(): Locator {
    return this.page.getByLabel('录入进度');
  }

  entryMessage(): Locator {
    return this.entryBox().getByRole('alert');
  }

  async close(returned: Record<string, number>): Promise<void> {
    for (const [group, value] of Object.entries(returned)) {
      await this.page.getByRole('textbox', { name: `${group}收回票数` }).fill(String(value));
    }
    await this.page
      .getByRole('region', { name: '收回并结束' })
      .getByRole('button', { name: '收回并结束' })
      .click();
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: '公布结果' }).click();
    await this.confirm('公布测评结果', '公布');
    await expect(this.page.getByText(/^已公布 · /)).toBeVisible();
  }

  resultsTable(): Locator {
    return this.page.getByRole('table', { name: '测评结果表' });
  }

  /** Result rows, header excluded, in table (rank) order. */
  resultRows(): Locator {
    return this.resultsTable().locator('tbody tr');
  }

  stage(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }
}
