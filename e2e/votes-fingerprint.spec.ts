import { expect, test, type Page } from '@playwright/test';
import { VotesPage } from './pages/VotesPage';

// A published result proves itself: one ballot of the demo's published round edited underneath, straight in
// IndexedDB, and the round page, the projector and every export say that the ballots no longer match.
const MISMATCH = '测评票校验码不符';

/** Changes one mark of one ballot of the round in the app's database, as a tool outside the app would. */
async function editOneBallot(page: Page, roundId: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('xunping');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('ballots', 'readwrite');
          const ballots = tx.objectStore('ballots');
          const read = ballots.index('roundId').getAll(id);
          let changed = '';
          read.onsuccess = () => {
            type Row = { id: string; wholeVoid: boolean; marks: Record<string, string[]> };
            const rows = read.result as Row[];
            const ballot = rows.find((row) => !row.wholeVoid && Object.keys(row.marks).length > 0);
            if (!ballot) return reject(new Error('no ballot with a mark'));
            const [subject, ticks] = Object.entries(ballot.marks)[0] ?? ['', []];
            const tier = ticks[0] === 'unsatisfied' ? 'satisfied' : 'unsatisfied';
            changed = `${ticks.join('')} → ${tier}`;
            ballots.put({ ...ballot, marks: { ...ballot.marks, [subject]: [tier] } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve(changed);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    roundId,
  );
}

test('a ballot edited after publication: red warning on the round and the projector, exports refused', async ({
  page,
}) => {
  // The demo, a reload, a second window and two exports: more than a minute on a loaded machine.
  test.setTimeout(120_000);
  const votes = new VotesPage(page);
  await votes.loadDemo();
  await votes.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '优化营商环境工作评议满意度测评' }).click();
  await expect(votes.resultRows()).toHaveCount(16);
  const [, activityId = '', roundId = ''] = /#\/activities\/([^/]+)\/votes\/([^/?]+)/.exec(page.url()) ?? [];
  expect(roundId).not.toBe('');
  await expect(page.getByText(MISMATCH)).toHaveCount(0);
  await page.getByRole('button', { name: '在大屏显示' }).click();
  await expect(page.getByRole('button', { name: '取消大屏显示' })).toBeVisible();

  expect(await editOneBallot(page, roundId)).toMatch(/→/);
  await page.reload();

  // The round page: a red warning above the result, and the mismatch in the log, once.
  const warning = page.getByRole('alert').filter({ hasText: MISMATCH });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('测评票在公布后被改动');
  const log = page.getByRole('table', { name: '操作记录' });
  await expect(log.getByRole('row').filter({ hasText: '校验码不符' })).toHaveCount(1);
  await page.reload();
  await expect(warning).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: '公布结果' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: '校验码不符' })).toHaveCount(1);

  // The projector shows the warning instead of the result.
  const projector = await page.context().newPage();
  await projector.goto(`/#/projector/${activityId}`);
  await expect(projector.getByText(MISMATCH)).toBeVisible();
  await expect(projector.getByLabel('测评结果大屏')).toHaveCount(0);
  await projector.close();

  // 导出 Excel and 导出结果通报 are refused with the same words, and no 发文字号 is taken.
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await expect(votes.notification('导出失败')).toContainText(MISMATCH);
  await page.getByRole('button', { name: '导出结果通报' }).click();
  const dialog = page.getByRole('dialog', { name: '导出测评结果通报' });
  await dialog.getByRole('button', { name: '生成并保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText(MISMATCH);
  await expect(dialog.getByLabel('发文字号预览')).toContainText('导出时从发文登记中取本年度下一个号');
});
