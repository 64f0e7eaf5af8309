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
