import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** A 民生实事项目票决 activity: its 候选项目, 票决 and 项目跟踪 tabs. */
export class ProjectsPage extends AppPage {
  async tab(name: '候选项目' | '票决' | '项目跟踪' | '概况'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  candidates(): Locator {
    return this.page.getByRole('table', { name: '候选项目' });
  }

  entryBox(): Locator {
    return this.page.getByRole('group', { name: '选票录入' });
  }

  /** 双人复核: the second reading's entry box. */
  secondEntryBox(): Locator {
    return this.page.getByRole('group', { name: '复核录入选票' });
  }

  /** Types one paper ballot's keys and saves it with Enter. */
  async typeBallot(keys: string): Promise<void> {
    await this.page.keyboard.type(keys);
    await this.page.keyboard.press('Enter');
  }

  async fillNumber(label: string, value: number): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(String(value));
  }

  resultRow(name: string): Locator {
    return this.page.getByRole('table', { name: /结果$/ }).getByRole('row').filter({ hasText: name });
  }

  followUpRow(name: string): Locator {
    return this.page.getByRole('table', { name: '项目跟踪' }).getByRole('row', { name });
  }

  async expectPaper(n: number): Promise<void> {
    await expect(this.page.getByTestId('paper-no')).toHaveText(`第 ${n} 张`);
  }
}
