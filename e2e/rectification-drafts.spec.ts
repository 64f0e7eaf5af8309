import { expect, test, type Page } from '@playwright/test';
import { plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { RectificationPage } from './pages/RectificationPage';

// Issue 11: a 样稿 before a number, one text per number, 作废并重新发文 in the original kind, 作废 on a voided
// document exported again. On the demo's inquiry (促进绿色矿山建设), one 交办函 to 县林业局.
const SHOTS = process.env.DRAFT_SHOTS; // a folder to write screenshots to, for a person to look at

test.use({ viewport: { width: 1366, height: 900 } });

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function docx(buffer: Buffer) {
  const parts = await readDocx(new Uint8Array(buffer));
  const headers = [...parts.all]
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('');
  return { text: plainText(parts.document), document: parts.document, headers };
}

test('样稿 → edited text → number → same text after changes → 作废并重新发文 → 作废 on every page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') });
  const app = new RectificationPage(page);
  await app.loadDemo();
  await app.open('/activities');
  await page.getByRole('link', { name: '促进绿色矿山建设' }).click();
  await app.openTab('整改');
  await page.getByRole('button', { name: '从询问问题生成' }).click();
  await app.dialog('从询问问题生成整改事项').getByRole('button', { name: '生成 6 项整改事项' }).click();
  await app.select('县林业局');
  await page.getByRole('button', { name: '交办并印发文件…' }).click();
  const setup = app.dialog('交办并印发文件');
  await setup.getByRole('radio', { name: '审议意见交办函' }).check();
  // The demo's inquiry meets next week: a 函 dated today is taken once the date is confirmed.
  await app.confirmIssueDates('交办并印发文件');
  await setup.getByRole('button', { name: '下一步：样稿' }).click();

  // The draft: marked 样稿, no number; the problems are the unit's questions without 请问 … ？
  const draft = app.dialog(/^样稿：审议意见交办函/);
  const preview = draft.getByRole('document', { name: '样稿：县林业局' });
  await expect(preview).toContainText('样稿');
  await expect(preview).toContainText('发文字号在印发时取得');
  await expect(preview).not.toContainText('〔2026〕');
  const problems = draft.getByRole('textbox', { name: '存在的问题' });
  await expect(problems).toHaveValue(/简单撒草复绿/);
  await expect(problems).not.toHaveValue(/请问|？/);
  await problems.fill('矿山生态修复重复绿、轻管护，部分修复区树种单一、成活率低。');
  await expect(preview).toContainText('重复绿、轻管护');
  await shot(page, 'draft');
  const saved = await app.download(() => draft.getByRole('button', { name: '保存样稿（Word）' }).click());
  expect(saved.name).toBe('样稿审议意见交办函（县林业局）.docx');
  const sample = await docx(saved.buffer);
  expect(sample.text).toContain('重复绿、轻管护');
  expect(sample.text).not.toMatch(/〔2026〕\d+号/);
  expect(sample.headers).toContain('string="样稿"');

  // The number: the document holds the edited text.
  await app.takeNumbers('审议意见交办函');
  const result = app.dialog('文件已印发');
  await expect(result).toContainText('宜人常函〔2026〕1号');
  const issued = await docx(
    await app
      .download(() => result.getByRole('button', { name: '保存', exact: true }).click())
      .then((f) => f.buffer),
  );
  expect(issued.text).toContain('重复绿、轻管护');
  expect(issued.text).toContain('宜人常函〔2026〕1号');
  expect(issued.headers).toBe('');
  await page.getByRole('button', { name: '完成' }).click();

  // The government's name (the 主送机关 of a 函) and the 机关 change; the number still prints the same text.
  await app.open('/settings');
  await page.getByLabel(/^发文机关标志/).fill('宜春市宜丰县人民代表大会常务委员会');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(app.notification('设置已保存')).toBeVisible();
  await app.openNav();
  await app.openItem('县林业局');
  const documents = page.getByRole('region', { name: '印发的文件' });
  const again = await app.download(() => documents.getByRole('button', { name: '重新导出' }).click());
  expect((await docx(again.buffer)).document).toBe(issued.document);

  // 作废并重新发文: a reason, then the same kind, from the voided text, edited again.
  await documents.getByRole('button', { name: '作废并重新发文' }).click();
  const voiding = app.dialog(/^作废并重新发文/);
  await voiding.getByRole('textbox', { name: '作废原因' }).fill('问题表述需要修改');
  await voiding.getByRole('button', { name: '作废并继续' }).click();
  const reissue = app.dialog(/^重新发文（替代宜人常函〔2026〕1号）/);
  await expect(reissue).toContainText('重新印发一份审议意见交办函');
  await expect(reissue.getByRole('radio')).toHaveCount(0);
  await app.confirmIssueDates(/^重新发文（替代/);
  await reissue.getByRole('button', { name: '下一步：样稿' }).click();
  const redraft = app.dialog(/^样稿：审议意见交办函/);
  const text = redraft.getByRole('textbox', { name: '存在的问题' });
  await expect(text).toHaveValue('矿山生态修复重复绿、轻管护，部分修复区树种单一、成活率低。');
  await text.fill('矿山生态修复重复绿、轻管护，部分修复区树种单一、成活率低，一两年后又出现裸露。');
  await shot(page, 'reissue-draft');
  await app.takeNumbers('审议意见交办函');
  await expect(app.dialog('文件已印发')).toContainText('宜人常函〔2026〕2号');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(documents).toContainText('替代已作废的宜人常函〔2026〕1号（问题表述需要修改）');
  await shot(page, 'documents');

  // The voided one exported again: 作废 on every page, the text as it was.
  const voided = documents.getByRole('group', { name: '宜人常函〔2026〕1号' });
  const reprint = await docx(
    (await app.download(() => voided.getByRole('button', { name: '重新导出' }).click())).buffer,
  );
  expect(reprint.headers).toContain('string="作废"');
  expect(reprint.text).toBe(issued.text);
});
