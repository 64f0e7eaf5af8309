import { DataTable } from './DataTable';
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** The 整改 screens: the list, an activity's 整改 tab, the item page with its dialogs, the home dashboard. */
export class RectificationPage extends AppPage {
  async openNav(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改' }).click();
    await expect(this.page.getByRole('heading', { name: '整改', level: 2 })).toBeVisible();
  }

  itemsTable(): Locator {
    return this.page.getByRole('table', { name: '整改事项' });
  }

  itemRow(unit: string): Locator {
    return this.itemsTable().getByRole('row').filter({ hasText: unit });
  }

  async openItem(unit: string): Promise<void> {
    await this.itemRow(unit).getByRole('link', { name: unit }).click();
    await expect(this.page.getByRole('region', { name: '办理记录' })).toBeVisible();
  }

  async openTab(name: '整改' | '测评' | '概况'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async select(unit: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `选择${unit}` }).check();
  }

  /** 从测评结果生成: picks the round (the latest published by default) and creates the ticked drafts. */
  async generateFromRound(count: number): Promise<void> {
    await this.page.getByRole('button', { name: '从测评结果生成' }).first().click();
    const dialog = this.dialog('从测评结果生成整改事项');
    await expect(dialog.getByRole('table', { name: '拟生成的整改事项' }).locator('tbody tr')).toHaveCount(
      count,
    );
    await dialog.getByRole('button', { name: `生成 ${count} 项整改事项` }).click();
    await expect(dialog).toBeHidden();
  }

  /** Ticks 已核对 in the issue dialog's date check (请核对日期), which must be showing. */
  async confirmIssueDates(dialogName: string | RegExp = /交办并印发文件|印发文件/): Promise<void> {
    const check = this.dialog(dialogName).getByRole('alert', { name: '请核对日期' });
    await check.getByRole('checkbox', { name: '已核对，仍按上述日期印发' }).check();
  }

  /**
   * 交办并印发文件 for the ticked items; returns the numbers issued, in order. `confirmDates`: the date check is
   * expected (e.g. dated before the meeting) and confirmed.
   */
  async issueSelected(
    kind: '整改通知书' | '审议意见交办函' = '整改通知书',
    { confirmDates = false } = {},
  ): Promise<string[]> {
    await this.page.getByRole('button', { name: '交办并印发文件…' }).click();
    const dialog = this.dialog(/交办并印发文件|印发文件/);
    await dialog.getByRole('radio', { name: kind }).check();
    if (confirmDates) await this.confirmIssueDates();
    await dialog.getByRole('button', { name: '下一步：样稿' }).click();
    await this.takeNumbers(kind);
    const result = this.dialog('文件已印发');
    const issued = new DataTable(result.getByRole('table', { name: '已印发的文件' }));
    await expect(issued.rows().first()).toBeVisible();
    return issued.column('发文字号');
  }

  /** In the 样稿 step of the issue dialog: 取号并印发. */
  async takeNumbers(kind: '整改通知书' | '审议意见交办函'): Promise<void> {
    const drafts = this.dialog(/^样稿/);
    await drafts.getByRole('button', { name: new RegExp(`^取号并印发.*${kind}$`) }).click();
  }

  /** Clicks an action button of the item page and confirms its dialog with the date it proposes. */
  async act(button: string, confirm: string, text?: string): Promise<void> {
    await this.page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    if (text) await dialog.getByRole('textbox', { name: /说明|跟踪情况|备注/ }).fill(text);
    await dialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  status(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  attention(column: '已逾期' | '7 日内到期' | '连续不满意'): Locator {
    return this.page.getByRole('region', { name: column });
  }

  ledger(): Locator {
    return this.page.getByRole('table', { name: '整改情况跟踪台账' });
  }
}
