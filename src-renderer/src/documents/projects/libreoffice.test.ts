// The project vote's Word files in LibreOffice: converted to PDF and read back with their positions. The ballot
// of twelve candidates is one page with no page number; the announcement carries its number, every candidate
// and the signature; the ledger repeats its header row on each page. Skipped, with the reason, where LibreOffice
// is not installed.
import { describe, expect, it } from 'vitest';
import { projectLedgerRows } from '../../domain/projects/ledger';
import { toBytes } from '../pack';
import { docxToPdf, missingTools, pdfPages } from '../testing/pdfLayout';
import {
  announcementInput,
  ballotInput,
  CANDIDATES,
  CONTEXT,
  ledgerEntries,
  unitName,
} from '../testing/projectsContext';
import { projectAnnouncementDocument } from './announcementDocument';
import { projectBallotDocument } from './ballotDocument';
import { projectLedgerDocument, projectLedgerTitle } from './ledgerDocument';

if (missingTools.length > 0) {
  console.warn(`project documents' LibreOffice check skipped: ${missingTools.join(', ')} not installed`);
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(missingTools.length > 0)('project vote documents in LibreOffice', () => {
  it(
    'prints the ballot of 12 candidates on one page, every candidate on it, no page number',
    {
      timeout: 180_000,
    },
    async () => {
      const pages = pdfPages(docxToPdf(await toBytes(projectBallotDocument(ballotInput())), 'ballot'));
      expect(pages).toHaveLength(1);
      const text = squeeze(pages[0]!.lines.map((line) => line.text).join(''));
      for (const c of CANDIDATES) expect(text).toContain(squeeze(c.name));
      expect(text).toContain('限选10项，多选无效');
      expect(text).not.toMatch(/—1—/);
      // The last row ends inside the 225 mm text block (37 mm + 225 mm from the top of the page).
      const lastRow = pages[0]!.lines.find((line) => line.text.includes('全民健身设施建设'));
      expect(lastRow?.bottom ?? Infinity).toBeLessThan(((37 + 225) / 25.4) * 72);
    },
  );

  it(
    'prints the announcement with its number, every candidate, the signature and the 版记',
    {
      timeout: 180_000,
    },
    async () => {
      const doc = projectAnnouncementDocument(CONTEXT, announcementInput(), {
        prefix: '宜人常发',
        sequence: 3,
        date: '2027-01-09',
        colophon: { printer: '宜丰县人大常委会办公室', printDate: '2027年1月9日' },
      });
      const pages = pdfPages(docxToPdf(await toBytes(doc), 'announcement'));
      const text = squeeze(pages.flatMap((page) => page.lines.map((line) => line.text)).join(''));
      expect(text).toContain('宜人常发〔2027〕3号');
      for (const c of CANDIDATES) expect(text).toContain(squeeze(c.name));
      const last = pages.at(-1)!.lines.map((line) => squeeze(line.text));
      expect(last.some((line) => line.includes('2027年1月9日印发'))).toBe(true);
      expect(last.some((line) => line === '2027年1月9日')).toBe(true); // the 成文日期 on the last page
    },
  );

  it('repeats the ledger header row on every page', { timeout: 180_000 }, async () => {
    const rows = projectLedgerRows(ledgerEntries(), unitName);
    const title = projectLedgerTitle(CONTEXT.orgName, '2027年民生实事项目');
    const doc = projectLedgerDocument({ fonts: CONTEXT.fonts, title, today: '2027-10-08', rows });
    const pages = pdfPages(docxToPdf(await toBytes(doc), 'ledger'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.lines.some((line) => squeeze(line.text).includes('最新进展'))).toBe(true);
    }
  });
});
