import { expect, test } from '@playwright/test';
// The zip reader the documents' unit tests use (DecompressionStream, no zip library): it runs in Node as well.
import { paragraphWith, plainText, readDocx } from '../src-renderer/src/documents/testing/readDocx';
import { DEMO_UNITS_15 } from './fixtures/demoUnits';
import { ActivityPages } from './pages/ActivityPages';
import { VotesPage } from './pages/VotesPage';

// The demo evaluation's published round: 16 units in the activity's order, three rater groups.
const UNITS = [...DEMO_UNITS_15, '县工业园区管委会'];

/** The cell texts of every row of the first table whose text contains `marker`. */
function tableRows(xml: string, marker: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes(marker));
  return [...(table ?? '').matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => plainText(cell[0])),
  );
}

test('the published evaluation round gives its ballot form and its results notice as Word files', async ({
  page,
}) => {
  const votes = new VotesPage(page);
  const activities = new ActivityPages(page);
  await activities.loadDemo();
  await activities.nav('活动');
  await activities.listRow('优化营商环境').getByRole('link').click();
  await votes.openVotesTab();
  await page.getByRole('link', { name: '优化营商环境工作评议满意度测评' }).click();
  await expect(votes.resultRows()).toHaveCount(16);
  const fingerprint = ((await page.getByLabel('校验码').textContent()) ?? '').match(/[0-9a-f]{64}/)?.[0];
  expect(fingerprint).toBeTruthy();
  const bottom = await votes
    .resultRows()
    .filter({ hasText: '排名靠后' })
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''));
  expect(bottom).toHaveLength(3);

  // 满意度测评表: one form per rater group, the units in entry order, a box column per tier, the instructions.
  const form = await votes.download(() => page.getByRole('button', { name: '打印测评表' }).click());
  expect(form.name).toBe('优化营商环境工作评议满意度测评表.docx');
  const formXml = (await readDocx(new Uint8Array(form.buffer))).document;
  expect(plainText(paragraphWith(formXml, '满意度测评表'))).toBe(
    '宜丰县人大常委会优化营商环境工作评议满意度测评表',
  );
  for (const group of ['常委会组成人员', '人大代表', '服务对象']) {
    expect(plainText(formXml)).toContain(`测评人类别：${group}`);
  }
  const rows = tableRows(formXml, '被评议单位');
  expect(rows[0]).toEqual(['序号', '被评议单位', '满意', '基本满意', '不满意']);
  expect(rows.slice(1).map((row) => row[1])).toEqual(UNITS);
  expect(plainText(paragraphWith(formXml, '填表说明'))).toContain(
    '未划“✓”的，视为弃权；划两个及以上“✓”的，该单位的测评无效',
  );

  // 测评结果通报: numbered from the registry shared with the demo's rectification notices (宜人常发…1-3号
  // already taken this year), the table, the bottom units, the rules.
  await page.getByRole('button', { name: '导出结果通报' }).click();
  const dialog = page.getByRole('dialog', { name: '导出测评结果通报' });
  const preview = dialog.getByLabel('发文字号预览');
  await expect(preview).toContainText('导出时从发文登记中取本年度下一个号');
  const number = /宜人常发〔\d{4}〕\d+号/.exec((await preview.textContent()) ?? '')?.[0] ?? '';
  expect(number).not.toBe('');
  await expect(dialog.getByRole('textbox', { name: '主送机关' })).toHaveValue('各被评议单位');
  const notice = await votes.download(() => dialog.getByRole('button', { name: '生成并保存' }).click());
  await expect(dialog).toBeHidden();
  expect(notice.name).toBe('关于优化营商环境工作评议满意度测评结果的通报.docx');
  const xml = (await readDocx(new Uint8Array(notice.buffer))).document;
  const text = plainText(xml);
  expect(plainText(paragraphWith(xml, '宜人常发'))).toBe(number);

  // Exported again, the notice keeps its number.
  await page.getByRole('button', { name: '导出结果通报' }).click();
  await expect(preview).toContainText(`${number}（本通报已编号，再次导出使用同一文号）`);
  // one text per number: the 主送机关 it was numbered with, not to be changed
  await expect(dialog.getByRole('textbox', { name: '主送机关' })).toHaveValue('各被评议单位');
  await expect(dialog.getByRole('textbox', { name: '主送机关' })).toHaveAttribute('readonly', '');
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(text).toContain('关于优化营商环境工作评议满意度测评结果的通报');
  expect(text).toContain('各被评议单位：');
  expect(text).toContain('常委会组成人员应到28人，实到25人，发出测评票25张，收回25张');
  const results = tableRows(xml, '名次');
  expect(results[0]).toEqual(['名次', '单位', '综合满意率', '综合得分', '等次', '备注']);
  expect(results.filter((row) => row[5] === '排名靠后').map((row) => row[1])).toEqual(bottom);
  for (const name of bottom) expect(plainText(paragraphWith(xml, '排名靠后。'))).toContain(name);
  // The rules and the fingerprint (printed in groups of eight digits) are the 附件.
  expect(text).toContain('附件：计票规则及测评票校验码');
  expect(text.replace(/ /g, '')).toContain(`测评票校验码（SHA-256）：${fingerprint}`);
  expect(text).toContain('宜丰县人民代表大会常务委员会文件');
});
