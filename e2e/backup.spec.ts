import { expect, test } from '@playwright/test';
import { DirectoryPage } from './pages/DirectoryPage';

test('a backup restores everything as it was, and a foreign file is refused', async ({ page }) => {
  const app = new DirectoryPage(page);
  await app.loadDemo();

  const openPublishedRound = async () => {
    await app.nav('活动');
    await page.getByRole('link', { name: '优化营商环境' }).click();
    await page.getByRole('tab', { name: '测评' }).click();
    await page
      .getByRole('link', { name: /满意度测评/ })
      .first()
      .click();
    return page
      .getByText(/测评票校验码/)
      .first()
      .textContent();
  };
  const fingerprintBefore = await openPublishedRound();
  expect(fingerprintBefore).toMatch(/[0-9a-f]{64}/);

  await app.nav('设置');
  const backup = await app.download(() => page.getByRole('button', { name: '导出备份' }).click());
  expect(backup.name).toMatch(/^询评备份-\d{4}-\d{2}-\d{2}\.json$/);

  // After the backup: a person is deleted and another added.
  await app.openTab('人员');
  await page.getByRole('button', { name: '删除 钟国平' }).click();
  await expect(app.dialog('不能删除')).toBeVisible(); // the chair of an activity
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '添加人员' }).click();
  await app.dialog('添加人员').getByLabel(/^姓名/).fill('备份后新增');
  await app.dialog('添加人员').getByRole('button', { name: '保存' }).click();
  await expect(app.row('备份后新增')).toHaveCount(1);

  // A file that is not a backup changes nothing.
  await app.nav('设置');
  await app.pickFile(() => page.getByRole('button', { name: '从备份恢复' }).click(), {
    name: 'notes.json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(app.notification('不是询评的备份文件')).toBeVisible();

  await app.pickFile(() => page.getByRole('button', { name: '从备份恢复' }).click(), backup);
  const confirm = app.dialog('从备份恢复');
  const people = confirm
    .getByRole('table', { name: '恢复前后对比' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '人员', exact: true }) });
  await expect(people.getByRole('cell').nth(2)).toHaveText('82 条');
  // The progress dialog: a bar from the first stage to 100 %, naming each stage as it goes.
  await page.evaluate(() => {
    const seen: { percent: number; stage: string }[] = [];
    (window as unknown as { restoreProgress: typeof seen }).restoreProgress = seen;
    new MutationObserver(() => {
      const dialog = [...document.querySelectorAll('[role=dialog]')].find((d) =>
        d.textContent?.includes('正在从备份恢复'),
      );
      const bar = dialog?.querySelector('[role=progressbar][aria-label=恢复进度]');
      if (!bar) return;
      const percent = Number(bar.getAttribute('aria-valuenow'));
      const stage = dialog?.querySelector('[aria-live=polite]')?.textContent ?? '';
      const last = seen.at(-1);
      if (last?.percent !== percent || last.stage !== stage) seen.push({ percent, stage });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await confirm.getByRole('button', { name: '替换并恢复' }).click();
  await expect(app.notification('已从备份恢复')).toBeVisible();
  await expect(app.dialog('正在从备份恢复')).toBeHidden();
  const progress = await page.evaluate(
    () => (window as unknown as { restoreProgress: { percent: number; stage: string }[] }).restoreProgress,
  );
  const percents = progress.map((p) => p.percent);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(progress.at(-1)).toEqual({ percent: 100, stage: '恢复完成' });
  const stages = progress.map((p) => p.stage);
  expect(stages).toContain('保存安全备份（恢复前的数据）');
  expect(stages).toContain('写入数据 21 / 21 张表');

  await app.openTab('人员');
  await app.expectRecords(82);
  await app.search('备份后新增');
  await app.expectRecords(0);
  await app.search('');

  // Published results (exact fractions) come back with the same fingerprint.
  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await page.getByRole('tab', { name: '测评' }).click();
  await page
    .getByRole('link', { name: /满意度测评/ })
    .first()
    .click();
  await expect(page.getByText(/测评票校验码/).first()).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('县医疗保障局');
});
