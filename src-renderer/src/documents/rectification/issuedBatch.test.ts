// A batch of notices in one file, as the office prints it double-sided: rendered by LibreOffice and measured on the
// PDF. Each notice starts on a front (odd) page, its 版记 is on the foot of its own last page, and that page holds
// more than 特此通知。, the signature and the 版记. The measuring part is skipped where LibreOffice is missing.
import { describe, expect, it } from 'vitest';
import { toBytes } from '../pack';
import { noticeOf } from '../testing/issuedNotices';
import { docxToPdf, missingTools, pdfPages, type PdfPage } from '../testing/pdfLayout';
import { readDocx } from '../testing/readDocx';
import { combinedIssuedDocument, issuedDocument } from './issuedDocument';

/** 297 − 35 mm: the foot of the text block, in points from the top of the page. */
const TEXT_FOOT = ((297 - 35) / 25.4) * 72;

const squeeze = (text: string) => text.replace(/\s+/g, '');
const has = (page: PdfPage, text: string) => page.lines.some((line) => squeeze(line.text).includes(text));

describe('a combined file of several notices', () => {
  it('starts every notice on an odd page with page numbers from 1', async () => {
    const { document } = await readDocx(
      await toBytes(combinedIssuedDocument([noticeOf(1, 1), noticeOf(2, 3)])),
    );
    const sections = [...document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(section).toContain('<w:type w:val="oddPage"/>');
      expect(section).toContain('<w:pgNumType w:start="1"/>');
    }
  });

  it.skipIf(missingTools.length > 0)(
    'prints each notice from a front page, its 版记 on the foot of its own last page with the text before it',
    { timeout: 180_000 },
    async () => {
      // two and three pages, so that blank pages come between, and one whose ending just misses its second page
      const counts = [1, 6, 14, 11];
      const pdf = docxToPdf(await toBytes(combinedIssuedDocument(counts.map((n, i) => noticeOf(i + 1, n)))));
      const pages = pdfPages(pdf);
      const starts = counts.map((_, i) => pages.findIndex((p) => has(p, `宜人常发〔2026〕${i + 1}号`)));
      expect(starts.every((s) => s >= 0)).toBe(true);
      starts.forEach((start, i) => {
        const next = starts[i + 1] ?? pages.length;
        const own = pages.slice(start, next).filter((p) => p.lines.length > 0);
        const last = own.at(-1);
        if (!last) throw new Error(`notice ${i + 1} has no pages`);
        const where = `notice ${i + 1} (pages ${start + 1}–${last.number})`;
        expect(start % 2, `${where} starts on a front page`).toBe(0);
        // blank pages only after its last page, and its pages numbered from 1
        expect(own.map((p) => p.number)).toEqual(own.map((_, k) => start + 1 + k));
        expect(squeeze(own[0]?.lines.at(-1)?.text ?? ''), where).toBe('—1—');
        // the 版记: on the last page only, its last line on the foot of the text block
        expect(
          own.filter((p) => has(p, '印发')).map((p) => p.number),
          where,
        ).toEqual([last.number]);
        const printed = last.lines.find((line) => squeeze(line.text).endsWith('印发'));
        expect(Math.abs((printed?.bottom ?? 0) - TEXT_FOOT), where).toBeLessThan(3);
        const copyTo = last.lines.findIndex((line) => squeeze(line.text).startsWith('抄送'));
        const date = last.lines.findIndex((line) => squeeze(line.text) === '2026年12月3日');
        const closing = last.lines.findIndex((line) => squeeze(line.text) === '特此通知。');
        expect(date, `${where}: the 成文日期 above the 版记`).toBeGreaterThan(0);
        expect(copyTo, where).toBeGreaterThan(date);
        // the closing formula on that page, and body text before it
        expect(closing, `${where}: 特此通知 with the signature`).toBeGreaterThan(0);
        expect(squeeze(last.lines[0]?.text ?? ''), where).not.toBe('特此通知。');
      });
    },
  );

  it.skipIf(missingTools.length > 0)(
    'a single notice whose ending misses its page takes the last lines of its text along',
    { timeout: 120_000 },
    async () => {
      // seven problems: the signature does not fit the second page; it went to a third page under 特此通知。 alone
      const pages = pdfPages(docxToPdf(await toBytes(issuedDocument(noticeOf(1, 7)))));
      const last = pages.at(-1);
      expect(pages).toHaveLength(3);
      expect(squeeze(last?.lines[0]?.text ?? '')).not.toBe('特此通知。');
      expect(last && has(last, '特此通知。')).toBe(true);
      expect(last && has(last, '请于2026年2月15日前')).toBe(true);
    },
  );
});
