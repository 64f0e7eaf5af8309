// 作废 on every page of a voided document exported again, 样稿 on a draft; the text itself is unchanged. The
// rendering part (every page shows the word) is skipped where LibreOffice is missing.
import { describe, expect, it } from 'vitest';
import { toBytes } from '../pack';
import { noticeOf } from '../testing/issuedNotices';
import { lightRedShare } from '../testing/pdfColour';
import { docxToPdf, missingTools, pdfPages } from '../testing/pdfLayout';
import { readDocx } from '../testing/readDocx';
import { issuedDocument } from './issuedDocument';

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function headers(bytes: Uint8Array): Promise<string[]> {
  const { all } = await readDocx(bytes);
  return [...all].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
}

describe('marks across every page', () => {
  it('puts 作废 in every header of a voided notice and of a voided letter (first page too)', async () => {
    for (const kind of ['notice', 'letter'] as const) {
      const bytes = await toBytes(issuedDocument(noticeOf(6, 9, kind), 'voided'));
      const xml = await headers(bytes);
      expect(xml.length, kind).toBeGreaterThanOrEqual(kind === 'letter' ? 3 : 2);
      for (const header of xml) expect(header).toContain('string="作废"');
      const { document } = await readDocx(bytes);
      const refs = [...document.matchAll(/<w:headerReference w:type="(\w+)"/g)].map((m) => m[1]);
      expect(refs.sort(), kind).toEqual(
        kind === 'letter' ? ['default', 'even', 'first'] : ['default', 'even'],
      );
    }
  });

  it('leaves a notice in force without a mark, and prints 样稿 on a draft', async () => {
    expect(await headers(await toBytes(issuedDocument(noticeOf(6, 1))))).toEqual([]);
    const draft = await headers(await toBytes(issuedDocument(noticeOf(6, 1), 'draft')));
    expect(draft.every((xml) => xml.includes('string="样稿"'))).toBe(true);
  });

  it.skipIf(missingTools.length > 0)(
    'shows 作废 on each page when rendered',
    { timeout: 120_000 },
    async () => {
      const pdf = docxToPdf(await toBytes(issuedDocument(noticeOf(6, 9), 'voided')), 'voided');
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      // the text is all there, and each page has the light red word over a good part of it (the 作 and 废 strokes)
      expect(pages.some((page) => page.lines.some((line) => squeeze(line.text).includes('特此通知。')))).toBe(
        true,
      );
      // (compared with the same notice in force, whose first page has the red 标志 and line)
      const shares = lightRedShare(pdf);
      const plain = lightRedShare(docxToPdf(await toBytes(issuedDocument(noticeOf(6, 9))), 'plain'));
      expect(shares).toHaveLength(pages.length);
      expect(plain).toHaveLength(pages.length);
      shares.forEach((share, i) => expect(share - (plain[i] ?? 0), `page ${i + 1}`).toBeGreaterThan(0.03));
    },
  );
});
