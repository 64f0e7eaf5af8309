// The demo's notices, a letter, a long notice and the ledger, checked in the XML Word reads, and the commands
// that save them through the desktop. With DOCS_CHECK_DIR set the .docx files are written there for
// scripts/render-docx.sh, e.g.
//   DOCS_CHECK_DIR=/tmp/rect-docs npx vitest run src-renderer/src/app/commands/rectificationFiles
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { XunpingDb } from '../../db/database';
import { loadDemo } from '../../db/demo/loadDemo';
import { issueDocuments } from '../../db/repositories/documentNumbers';
import { createItems } from '../../db/repositories/rectification';
import { isDomainError } from '../../domain/errors';
import { emptyDraft } from '../../domain/rectification';
import { attributesOf, paragraphWith, plainText, readDocx } from '../../documents/testing/readDocx';
import { testServices, type TestServices } from '../testing/services';
import {
  combinedDocx,
  exportIssuedDocuments,
  exportLedger,
  issuedDocx,
  ledgerDocx,
  ledgerXlsx,
  type BuiltFile,
} from './rectificationFiles';

/** 2026-11-29 09:00 in Beijing */
const NOW = new Date(Date.UTC(2026, 10, 29, 1, 0, 0));
let services: TestServices;
let db: XunpingDb;

beforeEach(async () => {
  services = testServices(NOW.getTime());
  db = services.db;
  await loadDemo(db, NOW.getTime());
});

function keep(file: BuiltFile, name: string): void {
  const dir = process.env.DOCS_CHECK_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), file.data);
}

async function demoNotices() {
  const docs = await db.issuedDocuments.toArray();
  return docs.sort((a, b) => a.sequence - b.sequence);
}

describe('issued notices and letters', () => {
  it('renders a demo notice in the file layout, and the same document every time', async () => {
    const [first] = await demoNotices();
    if (!first) throw new Error('no demo notice');
    const file = await issuedDocx(services, first);
    keep(file, 'notice.docx');
    expect(file.fileName).toMatch(/^宜人常发〔2026〕1号整改通知书（县.+）\.docx$/);
    const { document } = await readDocx(file.data);
    const mark = paragraphWith(document, '宜丰县人民代表大会常务委员会文件');
    expect(attributesOf(mark, 'w:color')['w:val']).toBe('FF0000');
    const number = paragraphWith(document, '宜人常发〔2026〕1号');
    expect(attributesOf(number, 'w:bottom')['w:color']).toBe('FF0000');
    const text = plainText(document);
    expect(text).toContain('一、存在的问题');
    expect(text).toContain('在“优化营商环境工作评议满意度测评”中排名靠后');
    expect(text).toContain('抄送：宜丰县人民政府。');
    expect(text).toContain('2026年11月1日');
    // 重新导出: the stored text gives the same document.
    const again = await readDocx((await issuedDocx(services, first)).data);
    expect(again.document).toBe(document);
  });

  it('renders a 交办函 in the letter layout, addressed to the government', async () => {
    const overdue = (await db.rectificationItems.toArray()).find((i) => i.status === 'rectifying');
    const [letter] = await issueDocuments(
      db,
      { kind: 'letter', itemIds: [overdue?.id ?? ''], date: '2026-11-29' },
      NOW.getTime(),
    );
    if (!letter) throw new Error('no letter');
    const file = await issuedDocx(services, letter);
    keep(file, 'letter.docx');
    const { document } = await readDocx(file.data);
    const text = plainText(document);
    expect(text).toContain('宜人常函〔2026〕1号');
    expect(text).toContain('宜丰县人民政府：');
    expect(text).toContain('特此函告。');
    expect(text).toMatch(/关于交办县.+优化营商环境工作评议审议意见的函/);
  });

  it('puts a batch in one file, one section per notice with page numbers from 1', async () => {
    const docs = await demoNotices();
    const file = await combinedDocx(services, docs);
    keep(file, 'notices-combined.docx');
    expect(file.fileName).toBe('宜人常发〔2026〕1号至3号（共3份）.docx');
    const { document } = await readDocx(file.data);
    expect(document.match(/<w:sectPr/g)).toHaveLength(3);
    expect(document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    for (const doc of docs) expect(plainText(document)).toContain(doc.number);
  });

  it('fills full pages for a long notice (for the 28 × 22 check)', async () => {
    const units = await db.units.toArray();
    const activity = (await db.activities.toArray()).find((a) => a.kind === 'inquiry');
    const problem =
      '部分矿山企业生态修复方案落实不到位，边开采边治理的要求没有得到有效执行，' +
      '矿区周边植被恢复缓慢，部分废弃矿山仍存在地质灾害隐患，群众反映强烈，相关部门监管合力尚未形成。';
    const [item] = await createItems(db, [
      {
        ...emptyDraft(activity?.id ?? null),
        unitId: units[0]?.id ?? '',
        problems: Array.from({ length: 9 }, () => problem),
        requirements: '建立矿山生态修复台账，实行销号管理，逐矿制定修复计划并按期完成。',
      },
    ]);
    const [doc] = await issueDocuments(
      db,
      { kind: 'notice', itemIds: [item?.id ?? ''], date: '2026-11-29' },
      NOW.getTime(),
    );
    if (!doc) throw new Error('no notice');
    const file = await issuedDocx(services, doc);
    keep(file, 'notice-long.docx');
    expect(plainText((await readDocx(file.data)).document)).toContain('9.部分矿山企业');
  });
});

describe('the ledger', () => {
  it('lists the demo items in Word (landscape, header repeated) and in .xlsx', async () => {
    const evaluation = (await db.activities.toArray()).find((a) => a.kind === 'evaluation');
    const scope = { kind: 'activity' as const, activityId: evaluation?.id ?? '' };
    const word = await ledgerDocx(services, scope, NOW.getTime());
    keep(word, 'ledger.docx');
    expect(word.fileName).toBe('宜丰县人大常委会优化营商环境工作评议整改情况跟踪台账.docx');
    const { document } = await readDocx(word.data);
    expect(attributesOf(document, 'w:pgSz')['w:orient']).toBe('landscape');
    expect(document).toContain('<w:tblHeader/>');
    const text = plainText(document);
    for (const status of ['整改中', '测评中', '办结']) expect(text).toContain(status);
    expect(text).toContain('整改报告已逾期 3 天');
    const sheet = await ledgerXlsx(services, { kind: 'year', year: 2026 }, NOW.getTime());
    expect(sheet.fileName).toBe('宜丰县人大常委会2026年整改情况跟踪台账.xlsx');
    expect(sheet.data.byteLength).toBeGreaterThan(1000);
  });
});

describe('saving through the desktop', () => {
  it('saves one document as issued, or a batch in one Word file, in the order given', async () => {
    const docs = await demoNotices();
    const one = await exportIssuedDocuments(services, { documentIds: [docs[1]?.id ?? ''] });
    expect(one).toMatchObject({
      saved: true,
      fileName: expect.stringMatching(/^宜人常发〔2026〕2号整改通知书/),
    });
    const all = await exportIssuedDocuments(services, { documentIds: docs.map((d) => d.id) });
    expect(all.fileName).toBe('宜人常发〔2026〕1号至3号（共3份）.docx');
    expect(services.desktop.saved.map((file) => file.suggestedName)).toEqual([one.fileName, all.fileName]);
    expect(services.desktop.saved[1]?.filters).toEqual([{ name: 'Word 文档', extensions: ['docx'] }]);
  });

  it('refuses a document that is not there, saving nothing', async () => {
    const [first] = await demoNotices();
    const failure = await exportIssuedDocuments(services, { documentIds: [first?.id ?? '', 'gone'] }).catch(
      (error: unknown) => error,
    );
    expect(isDomainError(failure, 'common.notFound')).toBe(true);
    const empty = await exportIssuedDocuments(services, { documentIds: [] }).catch((error: unknown) => error);
    expect(isDomainError(empty, 'rectification.nothingToExport')).toBe(true);
    expect(services.desktop.saved).toHaveLength(0);
  });

  it('saves the ledger as of the clock’s day, in Word or Excel', async () => {
    services.clock.set('2027-01-05T10:00:00+08:00');
    const scope = { kind: 'year' as const, year: 2026 };
    const word = await exportLedger(services, { scope, format: 'docx' });
    const sheet = await exportLedger(services, { scope, format: 'xlsx' });
    expect(word.fileName).toBe('宜丰县人大常委会2026年整改情况跟踪台账.docx');
    expect(sheet.fileName).toBe('宜丰县人大常委会2026年整改情况跟踪台账.xlsx');
    const [savedWord, savedSheet] = services.desktop.saved;
    expect(savedSheet?.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    const text = plainText((await readDocx(savedWord?.data ?? new Uint8Array())).document);
    expect(text).toContain('统计截至2027年1月5日');
  });
});
