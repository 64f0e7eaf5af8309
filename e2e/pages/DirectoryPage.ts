import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class DirectoryPage extends AppPage {
  async openTab(tab: '人员' | '单位'): Promise<void> {
    await this.open(tab === '人员' ? '/directory/people' : '/directory/units');
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /人员列表|单位列表/ });
  }

  row(text: string): Locator {
    return this.table().getByRole('row').filter({ hasText: text });
  }

  /** The list holds `n` records: only the rows near the screen are in the page, the table says how many. */
  async expectRecords(n: number): Promise<void> {
    await expect(this.table()).toHaveAttribute('aria-rowcount', String(n + 1));
  }

  /** Types `text` into 搜索, as a user looking for a record far down the list would; '' shows them all again. */
  async search(text: string): Promise<void> {
    await this.page.getByLabel('搜索').fill(text);
  }

  async importFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.pickFile(() => this.page.getByRole('button', { name: '从表格导入' }).first().click(), file);
  }

  previewTable(): Locator {
    return this.page.getByRole('table', { name: '导入预览' });
  }

  previewRow(rowNumber: number): Locator {
    return this.previewTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }
}
