// The Word ledger as printed: rendered by LibreOffice and measured on the PDF. The title says the scope, no cell is
// cut with …, every date stays on one line, a requirement shared by the next row is printed once (同上), and two
// items take one page. The measuring part is skipped where LibreOffice is missing.
import { describe, expect, it } from 'vitest';
import { ledgerRows, type RectificationItem } from '../../domain/rectification';
import { DEFAULT_FONTS } from '../../domain/settings/settings';
import { itemIn, run } from '../../domain/testing/rectificationFixtures';
import { toBytes } from '../pack';
import { problems } from '../testing/issuedNotices';
import { docxToPdf, missingTools, pdfPages } from '../testing/pdfLayout';
import { plainText, readDocx } from '../testing/readDocx';
import { ledgerDocument } from './ledgerDocument';

const TODAY = '2026-12-20';
const REQUIREMENT =
  '请针对问题逐项制定整改方案，明确责任领导、责任人和完成时限，自交办之日起十五日内报送整改方案，三个月内报告整改落实情况。';
const TITLE = '宜丰县人大常委会整改情况跟踪台账（全部未办结）';

/** An item of 县第n局, handed over on `issued`, its plan received, with a long follow-up. */
function item(n: number, issued: string, problemCount: number): RectificationItem {
  const base: RectificationItem = {
    ...itemIn('pending', `item-${n}`),
    unitId: `unit-${n}`,
    problems: problems(problemCount),
    requirements: REQUIREMENT,
  };
  return run(
    base,
    [
      { type: 'issue', entryId: `${n}-1`, date: issued, planDue: '2026-12-31', reportDue: '2027-02-28' },
      { type: 'planReceived', entryId: `${n}-2`, date: '2026-12-11' },
      {
        type: 'followUp',
        entryId: `${n}-3`,
        kind: 'visit',
        date: '2026-12-18',
        text: '会同县自然资源局实地查看了三个乡镇的整改现场，整改进度总体符合方案要求，但个别点位复垦质量仍需提高，已当场要求限期返工。',
      },
    ],
    TODAY,
  );
}

function rowsOf(items: RectificationItem[]) {
  const unitNames = Object.fromEntries(items.map((it, i) => [it.unitId, `县第${i + 1}局`]));
  const issueNumbers = Object.fromEntries(items.map((it, i) => [it.id, [`宜人常发〔2026〕${i + 11}号`]]));
  return ledgerRows(items, { today: TODAY, unitNames, issueNumbers });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the Word ledger', () => {
  it('says its scope in the title and prints the numbers and the dates received', async () => {
    const rows = rowsOf([item(1, '2026-12-01', 2), item(2, '2026-12-02', 2)]);
    const { document } = await readDocx(
      await toBytes(ledgerDocument({ fonts: DEFAULT_FONTS, title: TITLE, today: TODAY, rows })),
    );
    const text = plainText(document);
    expect(text).toContain(TITLE);
    expect(text).toContain('宜人常发〔2026〕11号');
    expect(text).toContain('2026年12月11日'); // the plan received
    expect(text).not.toContain('…');
    expect(text.split(REQUIREMENT)).toHaveLength(2); // once, then 同上
    expect(text).toContain('同上');
  });

  it.skipIf(missingTools.length > 0)(
    'keeps each date on one line and takes one page for two items',
    { timeout: 180_000 },
    async () => {
      const two = rowsOf([item(1, '2026-12-01', 2), item(2, '2026-12-02', 2)]);
      const pages = pdfPages(
        docxToPdf(
          await toBytes(ledgerDocument({ fonts: DEFAULT_FONTS, title: TITLE, today: TODAY, rows: two })),
        ),
      );
      expect(pages.filter((page) => page.lines.length > 0)).toHaveLength(1);
      const lines = pages.flatMap((page) => page.lines.map((line) => squeeze(line.text)));
      for (const date of ['2026年12月1日', '2026年12月31日', '2027年2月28日', '2026年12月11日']) {
        expect(
          lines.some((line) => line.includes(date)),
          `${date} on one line`,
        ).toBe(true);
      }
      // the number breaks only before its year: 宜人常发 / 〔2026〕11号
      expect(lines.some((line) => line.includes('〔2026〕11号'))).toBe(true);
      expect(lines.join('')).not.toContain('…');
    },
  );
});
