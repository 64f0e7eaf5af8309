import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class ActivityPages extends AppPage {
  listRow(title: string): Locator {
    return this.page.getByRole('table', { name: '活动列表' }).getByRole('row').filter({ hasText: title });
  }

  async startNew(kind: '专题询问' | '工作评议' | '民生实事项目票决'): Promise<void> {
    await this.open('/activities/new');
    // The segmented control's label (the demo's 民生实事项目票决 shows its kind as a badge elsewhere on the page).
    await this.page.locator('label').getByText(kind, { exact: true }).click();
  }

  async fill(label: string, value: string): Promise<void> {
    // Required fields carry a "*" after the label text.
    await this.page.getByLabel(new RegExp(`^${label}( \\*)?$`)).fill(value);
  }

  /** Picks options in a searchable select or multi-select by typing and clicking. */
  async choose(label: string | RegExp, options: string[]): Promise<void> {
    const input = this.page.getByRole('combobox', { name: label });
    for (const option of options) {
      await input.click();
      await input.fill(option);
      await this.page.getByRole('option', { name: option }).first().click();
    }
    await this.page.keyboard.press('Escape');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /创建活动|保存修改/ }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  async expectDetail(title: string): Promise<void> {
    await expect(this.heading()).toContainText(title);
  }
}
