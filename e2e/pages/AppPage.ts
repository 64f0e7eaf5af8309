import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell: navigation, notifications, confirm dialogs, files. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(route = '/'): Promise<void> {
    await this.page.goto(`/#${route}`);
  }

  /** From an empty database: loads the demo with the home page's button. */
  async loadDemo(): Promise<void> {
    await this.open('/');
    await this.page.getByRole('button', { name: '加载示例数据' }).click();
    await expect(this.notification('示例数据已加载')).toBeVisible();
  }

  async nav(label: '首页' | '活动' | '名册' | '设置'): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label }).click();
  }

  notification(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async confirm(dialogName: string | RegExp, button: string): Promise<void> {
    await this.dialog(dialogName).getByRole('button', { name: button, exact: true }).click();
    await expect(this.dialog(dialogName)).toBeHidden();
  }

  /** Answers the next file picker with the given file. */
  async pickFile(trigger: () => Promise<void>, file: { name: string; buffer: Buffer; mimeType?: string }) {
    const chooser = this.page.waitForEvent('filechooser');
    await trigger();
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: file.mimeType ?? 'application/octet-stream',
      buffer: file.buffer,
    });
  }

  /** Runs the trigger and returns the downloaded file's name and bytes. */
  async download(trigger: () => Promise<void>): Promise<{ name: string; buffer: Buffer }> {
    const download = this.page.waitForEvent('download');
    await trigger();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), buffer: Buffer.concat(chunks) };
  }

  /** Closes every notification on screen (so the next one with the same text is told apart). */
  async dismissNotifications(): Promise<void> {
    // Mantine notifications only (an Alert on the page may hold a button of its own, e.g. 导出备份). One at a
    // time, retried: closing one shifts the others and a closing one may vanish before it is clicked.
    const closers = this.page.locator('.mantine-Notification-root .mantine-Notification-closeButton');
    await expect(async () => {
      if ((await closers.count()) > 0) await closers.first().click({ timeout: 1_000 });
      await expect(closers).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  }
}
